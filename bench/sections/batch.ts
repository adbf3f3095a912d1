import fs from 'fs';
import os from 'os';
import path from 'path';
import { runMeasured, type ChildRun } from '../lib/child';
import { fmtKb, fmtMs, median } from '../lib/stats';

/**
 * The district officer's batch: forty upazila workbooks (copies of the two samples, each a full APA with Section 3
 * and the annexes, under forty names in a folder) checked in one `apa-check` run, the forty paths on the command
 * line (as the CLI before folders took them). Measured with the default thread count (one checking thread per two
 * cores: one on this 2-core machine), forced to one and to two threads, alternately, with the launcher's V8 flag.
 */
export interface BatchResult {
  label: string;
  files: number;
  ms: number;
  rssKb: number;
  cpuMs: number;
  exitCodes: (number | null)[];
  stdoutBytes: number;
}

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'bench', 'children', 'runCli.js');
const SAMPLES = ['uitrce-birganj-2024-25.xlsx', 'ict-chandpur-2024-25-errors.xlsx'].map((f) => path.join(ROOT, 'samples', f));
const CLI_FLAGS = (/'(--max-semi-space-size=\d+)'/.exec(fs.readFileSync(path.join(ROOT, 'bin', 'apa-check.js'), 'utf8')) ?? []).slice(1, 2);

export const BATCH_FILES = 40;

/** Writes the forty workbooks into dir/district and returns their paths (input order). */
export function districtFolder(dir: string, n = BATCH_FILES): string[] {
  const folder = path.join(dir, 'district');
  fs.mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const f = path.join(folder, `upazila-${String(i + 1).padStart(2, '0')}.xlsx`);
    fs.copyFileSync(SAMPLES[i % SAMPLES.length], f);
    files.push(f);
  }
  return files;
}

interface Mode {
  label: string;
  args: (files: string[]) => string[];
  env: Record<string, string>;
}

const MODES: Mode[] = [
  { label: 'readable report, default threads', args: (f) => f, env: {} },
  { label: 'readable report, one thread (APA_CHECK_THREADS=1)', args: (f) => f, env: { APA_CHECK_THREADS: '1' } },
  { label: 'readable report, two threads (APA_CHECK_THREADS=2)', args: (f) => f, env: { APA_CHECK_THREADS: '2' } },
  { label: '--json, default threads', args: (f) => [...f, '--json'], env: {} },
  { label: '--json, two threads (APA_CHECK_THREADS=2)', args: (f) => [...f, '--json'], env: { APA_CHECK_THREADS: '2' } },
  { label: '--summary, default threads', args: (f) => [...f, '--summary'], env: {} },
];

export async function benchBatch(dir: string, repeats: number): Promise<BatchResult[]> {
  const files = districtFolder(dir);
  const runs = new Map<Mode, ChildRun[]>(MODES.map((m) => [m, []]));
  for (let i = 0; i < repeats; i++) {
    // Alternate the modes so a busy neighbour on the shared cores slows all alike.
    for (const m of MODES) runs.get(m)!.push(await runMeasured(CLI, m.args(files), 300_000, CLI_FLAGS, m.env));
  }
  return MODES.map((m) => {
    const r = runs.get(m)!;
    return {
      label: m.label,
      files: files.length,
      ms: median(r.map((x) => x.ms)),
      rssKb: median(r.map((x) => x.maxRssKb)),
      cpuMs: median(r.map((x) => x.cpuMs)),
      exitCodes: r.map((x) => x.code),
      stdoutBytes: median(r.map((x) => x.stdoutBytes)),
    };
  });
}

export function batchTableRows(results: BatchResult[]): string[][] {
  return results.map((r) => [
    r.label,
    String(r.files),
    fmtMs(r.ms),
    Number.isFinite(r.cpuMs) ? fmtMs(r.cpuMs) : '–',
    fmtKb(r.rssKb),
    `${(r.stdoutBytes / 1024).toFixed(0)} KB`,
    `exit ${[...new Set(r.exitCodes)].join('/')}`,
  ]);
}

/** The machine's load while the batch ran: this bench shares its cores, and a busy neighbour takes the second one. */
export const loadAverage = (): string => os.loadavg().map((l) => l.toFixed(1)).join(' / ');
