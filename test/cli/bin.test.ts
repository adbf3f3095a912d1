import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

/**
 * The installed command: build the CLI as `npm install` does, then run bin/apa-check.js as a process. Here the
 * worker threads run (they need the compiled build/cli/worker.js), and stderr can be a real terminal.
 */
const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'apa-check.js');
const SAMPLES = ['samples/uitrce-birganj-2024-25.xlsx', 'samples/ict-chandpur-2024-25-errors.xlsx'];
let dir: string;
let batch: string[];

beforeAll(() => {
  execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'pipe' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-bin-'));
  // Nine upazilas, in an order the threads do not finish in (the errors sample is slower to report).
  batch = Array.from({ length: 9 }, (_, i) => {
    const f = path.join(dir, `উপজেলা-${i + 1}.xlsx`);
    fs.copyFileSync(path.join(ROOT, SAMPLES[i % 3 === 0 ? 1 : 0]), f);
    return f;
  });
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

test('node bin/apa-check.js runs the built CLI: JSON report of the errors sample, exit 1', () => {
  const r = run([SAMPLES[1], '--json']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  const report = JSON.parse(r.stdout) as { file: string; tables: { kind: string }[]; findings: { rule: string }[] };
  expect(report.file).toBe('samples/ict-chandpur-2024-25-errors.xlsx');
  expect(report.tables.map((t) => t.kind)).toContain('performance-plan');
  expect(report.findings.map((f) => f.rule)).toContain('total-mismatch');
});

test('a batch on worker threads prints exactly what one thread prints, in input order', () => {
  const threads = run([...batch, '--json'], { APA_CHECK_THREADS: '3' });
  const one = run([...batch, '--json'], { APA_CHECK_THREADS: '1' });
  expect(threads.stderr).toBe('');
  expect(threads.status).toBe(1);
  expect(threads.stdout).toBe(one.stdout);
  expect((JSON.parse(threads.stdout) as { file: string }[]).map((r) => r.file)).toEqual(batch);
  const text = run([...batch], { APA_CHECK_THREADS: '3' });
  expect(text.stdout).toBe(run([...batch], { APA_CHECK_THREADS: '1' }).stdout);
  expect(text.stdout.match(/^ফাইল: .*$/gm)).toEqual(batch.map((f) => `ফাইল: ${f}`));
}, 60_000);

test('--fill from worker threads writes every copy', () => {
  const out = path.join(dir, 'পূরণ');
  const r = run([dir, '--fill', out, '--summary', '--lang', 'en'], { APA_CHECK_THREADS: '3' });
  expect(r.stderr).toBe('');
  for (const f of batch) expect(fs.existsSync(path.join(out, path.basename(f)))).toBe(true);
  expect(r.stdout.split('\n')[0]).toContain('Filled');
}, 60_000);

describe('progress under a real pseudo-terminal (script -qc)', () => {
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  test('stderr a terminal: the progress line is drawn there; stdout redirected stays pure JSON', () => {
    expect(hasScript).toBe(true); // util-linux script(1) is part of the test environment
    const out = path.join(dir, 'out.json');
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${batch.map((f) => JSON.stringify(f)).join(' ')} --json > ${JSON.stringify(out)}`;
    const r = spawnSync('script', ['-qc', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    // What script relays is the terminal: the progress on stderr.
    expect(r.stdout).toContain('৯/৯ উপজেলা-');
    expect(r.stdout).toMatch(/\r\u001b\[2K[০-৯]\/৯ উপজেলা-/);
    const json = fs.readFileSync(out, 'utf8');
    expect(json).not.toMatch(/[\r\u001b]/);
    expect((JSON.parse(json) as unknown[]).length).toBe(9);
  }, 60_000);
  test('stderr not a terminal (a pipe): no progress at all', () => {
    const r = run([...batch, '--json']);
    expect(r.stderr).toBe('');
  }, 60_000);
});
