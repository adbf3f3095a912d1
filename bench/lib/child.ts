import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { nowMs } from './stats';

export interface ChildRun {
  /** Wall time of the whole child, node start-up included (what a clerk waits for). */
  ms: number;
  maxRssKb: number;
  code: number | null;
  stderr: string;
  stdoutBytes: number;
  /** The child's user + system CPU time (NaN when it died before reporting). */
  cpuMs: number;
}

/** Runs `node [nodeFlags…] script args…` with BENCH_REPORT set and returns wall time and the child's own peak RSS. */
export function runMeasured(script: string, args: string[], timeoutMs = 180_000, nodeFlags: string[] = [], env: Record<string, string> = {}): Promise<ChildRun> {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'apa-bench-')), 'report.json');
  return new Promise((resolve, reject) => {
    const t0 = nowMs();
    const child = spawn(process.execPath, [...nodeFlags, script, ...args], {
      env: { ...process.env, ...env, BENCH_REPORT: report },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdoutBytes = 0;
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdoutBytes += b.length));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = nowMs() - t0;
      let maxRssKb = NaN;
      let cpuMs = NaN;
      try {
        const r = JSON.parse(fs.readFileSync(report, 'utf8')) as { maxRssKb: number; userMs: number; systemMs: number };
        maxRssKb = r.maxRssKb;
        cpuMs = r.userMs + r.systemMs;
      } catch {
        /* child died before exit handlers ran: leave NaN, the caller reports it */
      }
      fs.rmSync(path.dirname(report), { recursive: true, force: true });
      resolve({ ms, maxRssKb, code, stderr, stdoutBytes, cpuMs });
    });
  });
}
