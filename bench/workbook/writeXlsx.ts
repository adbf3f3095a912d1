import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/engine/grid/types';
import { isCellError } from '../../src/engine/grid/types';
import type { GeneratedSheet } from './section3';

/**
 * Writes generated sheets to an .xlsx with exceljs' streaming writer (constant memory, so the 100-sheet bench
 * file and the million-row robustness file are cheap to make). Dates are serial numbers with a date format,
 * exactly as Excel stores them.
 */
export async function writeSheetsXlsx(file: string, sheets: GeneratedSheet[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    // Merges first: the streaming writer cannot touch a row once it is committed.
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    s.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((v, c) => {
        if (v === null) return;
        const cell = row.getCell(c + 1);
        cell.value = toExcel(v);
        const fmt = s.formats[r]?.[c];
        if (fmt) cell.numFmt = fmt;
      });
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
}

export function toExcel(v: CellValue): ExcelJS.CellValue {
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v as ExcelJS.CellValue;
}
