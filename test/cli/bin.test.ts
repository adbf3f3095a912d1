import { execFileSync, spawnSync } from 'child_process';
import path from 'path';

/** The one test that proves the installed command works: build the CLI as `npm install` does, then run the bin. */
const ROOT = path.join(__dirname, '..', '..');

test('node bin/apa-check.js runs the built CLI: JSON report of the errors sample, exit 1', () => {
  execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'pipe' });
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'apa-check.js'), 'samples/ict-chandpur-2024-25-errors.xlsx', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  const report = JSON.parse(r.stdout) as { file: string; tables: { kind: string }[]; findings: { rule: string }[] };
  expect(report.file).toBe('samples/ict-chandpur-2024-25-errors.xlsx');
  expect(report.tables.map((t) => t.kind)).toContain('performance-plan');
  expect(report.findings.map((f) => f.rule)).toContain('total-mismatch');
}, 120_000);
