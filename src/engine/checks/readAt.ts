import { formatAt, valueAt } from '../grid/access';
import type { CellValue, SheetGrid } from '../grid/types';
import type { Reading, UnitKind } from '../values/types';
import { readCell } from '../values/readCell';

/** One cell read for scoring, remembering where it is (findings and fills point at it). */
export interface CellRead {
  /** 0-based sheet row and column. */
  row: number;
  col: number;
  value: CellValue;
  reading: Reading;
}

/** The cell at (row, col) read with the row's unit; null when the table has no such column. */
export function readAt(sheet: SheetGrid, row: number, col: number | undefined, unit: UnitKind | null): CellRead | null {
  if (col === undefined) return null;
  const value = valueAt(sheet, row, col);
  return { row, col, value, reading: readCell(value, formatAt(sheet, row, col), unit) };
}
