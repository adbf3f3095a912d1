import type { CellValue, SheetGrid } from './types';

/** The value at a 0-based sheet coordinate, null outside the used range. */
export function valueAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.originRow];
  if (!r) return null;
  const v = r[col - sheet.originCol];
  return v === undefined ? null : v;
}

export function formatAt(sheet: SheetGrid, row: number, col: number): string | null {
  const r = sheet.formats?.[row - sheet.originRow];
  const f = r?.[col - sheet.originCol];
  return f ?? null;
}

export function formulaAt(sheet: SheetGrid, row: number, col: number): string | null {
  const r = sheet.formulas?.[row - sheet.originRow];
  const f = r?.[col - sheet.originCol];
  return f ?? null;
}

/** Last used 0-based sheet row and column (inclusive); -1 when the sheet is empty. */
export function sheetBounds(sheet: SheetGrid): { lastRow: number; lastCol: number } {
  let width = 0;
  for (const r of sheet.values) if (r.length > width) width = r.length;
  if (sheet.values.length === 0 || width === 0) return { lastRow: -1, lastCol: -1 };
  return { lastRow: sheet.originRow + sheet.values.length - 1, lastCol: sheet.originCol + width - 1 };
}
