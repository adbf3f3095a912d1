'use strict';
// The floor a file tool cannot beat: exceljs merely loading the workbook (no analysis, no output).
require('./report')();
const ExcelJS = require('exceljs');
const file = process.argv[2];
new ExcelJS.Workbook().xlsx.readFile(file).then(
  (wb) => { process.stdout.write(`${wb.worksheets.length} sheets\n`); },
  (err) => { process.stderr.write(String(err && err.stack ? err.stack : err) + '\n'); process.exitCode = 2; },
);
