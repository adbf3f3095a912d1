'use strict';
// Shared by the bench's child processes: at exit, write peak memory and CPU to the file named by BENCH_REPORT,
// so the parent can compare the CLI and the exceljs floor on the same terms (same wrapper, same node start-up).
const fs = require('fs');

module.exports = function reportAtExit() {
  const out = process.env.BENCH_REPORT;
  if (!out) return;
  process.on('exit', (code) => {
    const u = process.resourceUsage();
    fs.writeFileSync(out, JSON.stringify({ code, maxRssKb: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000 }));
  });
};
