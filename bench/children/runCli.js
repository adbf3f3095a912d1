'use strict';
// Runs the built CLI exactly as bin/apa-check.js does, with peak-memory reporting. Usage: node runCli.js ARGS…
const path = require('path');
require('./report')();
const entry = path.join(__dirname, '..', '..', 'build', 'cli', 'main.js');
require(entry).main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`apa-check: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 2; },
);
