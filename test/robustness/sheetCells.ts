import ExcelJS from 'exceljs';

/**
 * Every non-empty cell of a workbook as "sheet!A1" → a canonical string of its type and value (formulas by
 * their text, numbers by their exact IEEE value), so two files can be compared cell by cell, byte for byte.
 */
export async function sheetCells(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return; // slaves mirror the master's value
        const v = cell.value;
        if (v === null || v === undefined) return;
        out.set(`${ws.name}!${cell.address}`, canonical(v));
      });
    });
  }
  return out;
}

function canonical(v: ExcelJS.CellValue): string {
  if (typeof v === 'number') return `n:${v.toString()}`;
  if (typeof v === 'string') return `s:${v}`;
  if (typeof v === 'boolean') return `b:${v}`;
  if (v instanceof Date) return `d:${v.toISOString()}`;
  return `o:${JSON.stringify(v)}`;
}
