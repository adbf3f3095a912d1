#!/usr/bin/env node
// `npm run test:e2e`: rebuild dist/ when any source is newer than it, then run the browser tests
// (test/e2e/*.e2e.ts, node's test runner via tsx) one file at a time, and print a pass/fail summary.
// E2E_ONLY=name runs the matching files; E2E_NO_BUILD=1 skips the build; E2E_REBUILD=1 forces it.
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '../..');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}: run scripts/install-chromium.sh (needs apt-get) first.`);
  process.exit(1);
}

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const e of readdirSync(path)) {
    if (e === 'node_modules' || e.startsWith('.')) continue;
    m = Math.max(m, newest(join(path, e)));
  }
  return m;
}

const outputs = ['dist/taskpane.html', 'dist/checker.html', 'dist/taskpane.js', 'dist/checker.js'].map((p) => join(root, p));
const built = Math.min(...outputs.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'assets')), newest(join(root, 'webpack.config.js')), newest(join(root, 'manifest.xml')));
if (!process.env.E2E_NO_BUILD && (built < sources || process.env.E2E_REBUILD)) {
  console.log('dist/ is stale: npm run build');
  const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status || 1);
}

const files = readdirSync(join(root, 'test/e2e'))
  .filter((f) => f.endsWith('.e2e.ts'))
  .filter((f) => !process.env.E2E_ONLY || f.includes(process.env.E2E_ONLY))
  .sort()
  .map((f) => join('test/e2e', f));
const started = Date.now();
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  cwd: root,
  stdio: 'inherit',
});
const secs = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\ne2e: ${r.status === 0 ? 'PASS' : 'FAIL'} (${files.length} files, ${secs} s)`);
process.exit(r.status === null ? 1 : r.status);
