import path from 'path';
import { runMeasured, type ChildRun } from '../lib/child';
import { median } from '../lib/stats';
import { districtFolder } from './batch';

/**
 * Before/after for the batch, interleaved so both see the same neighbours: `npx tsx bench/sections/batchCompare.ts
 * BEFORE_ROOT [repeats]`, BEFORE_ROOT a checkout of the earlier commit with its build/cli built (e.g. `git archive
 * 053d6ab | tar -x -C /tmp/apa-before`, node_modules linked, `npx tsc -p tsconfig.cli.json`). Not part of
 * `npm run bench` (which measures the current tree only).
 */
async function main(): Promise<void> {
  const before = process.argv[2];
  const repeats = Number(process.argv[3] ?? 7);
  const dir = path.join(require('os').tmpdir(), `apa-batch-compare-${process.pid}`);
  const files = districtFolder(dir);
  const child = (root: string) => path.join(root, 'bench', 'children', 'runCli.js');
  const flags = ['--max-semi-space-size=32'];
  const runs: Record<string, ChildRun[]> = { before: [], now: [], 'now, two threads': [] };
  for (let i = 0; i < repeats; i++) {
    runs.before.push(await runMeasured(child(before), files, 300_000, flags));
    runs.now.push(await runMeasured(child(path.join(__dirname, '..', '..')), files, 300_000, flags));
    runs['now, two threads'].push(await runMeasured(child(path.join(__dirname, '..', '..')), files, 300_000, flags, { APA_CHECK_THREADS: '2' }));
  }
  process.stdout.write(`load average ${require('os').loadavg().map((l: number) => l.toFixed(1)).join(' / ')}\n`);
  for (const [k, r] of Object.entries(runs)) {
    process.stdout.write(`${k}: wall median ${median(r.map((x) => x.ms)).toFixed(0)} ms, min ${Math.min(...r.map((x) => x.ms)).toFixed(0)} ms, CPU ${median(r.map((x) => x.cpuMs)).toFixed(0)} ms, exit ${[...new Set(r.map((x) => x.code))].join('/')}\n`);
  }
  require('fs').rmSync(dir, { recursive: true, force: true });
}

void main();
