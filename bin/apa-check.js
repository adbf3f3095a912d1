#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli by `npm run build:cli` (run automatically on install).
'use strict';
const path = require('path');
const fs = require('fs');

// No V8 flags and no re-launch: with the streaming xlsx reader a larger young generation
// (--max-semi-space-size=32, used before) no longer saves time and costs ~45 MB of peak memory on a 100-sheet file
// (measured: npm run bench; 1.6 s either way, 222 MB vs 177 MB).
const entry = path.join(__dirname, '..', 'build', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('apa-check is not built yet: run `npm run build:cli` first / প্রথমে `npm run build:cli` চালান\n');
  process.exit(2);
}
require(entry).main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`apa-check: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 2; },
);
