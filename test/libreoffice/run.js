#!/usr/bin/env node
'use strict';
// `npm run test:libreoffice`: the round trip through a real spreadsheet program. Without soffice it skips
// LOUDLY, and in CI (CI=true) a skip is a failure: CI must have run scripts/install-libreoffice.sh.
const { spawnSync } = require('child_process');
const path = require('path');

const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
if (probe.error || probe.status !== 0) {
  const why = probe.error ? probe.error.message : `soffice --version exited ${probe.status}`;
  const bar = '!'.repeat(78);
  process.stderr.write(
    `${bar}\n!! LibreOffice round-trip test NOT RUN: soffice not found (${why}).\n` +
      `!! Install it with: bash scripts/install-libreoffice.sh\n` +
      `!! লিবরেঅফিস (soffice) নেই: পরীক্ষাটি চালানো হয়নি।\n${bar}\n`,
  );
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
process.stdout.write(`using ${probe.stdout.trim()}\n`);
const jest = require.resolve('jest/bin/jest');
const r = spawnSync(
  process.execPath,
  [jest, '--ci', '--rootDir', path.join(__dirname, '..', '..'), '--testMatch', '**/test/libreoffice/**/*.lo.ts', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(r.status === null ? 1 : r.status);
