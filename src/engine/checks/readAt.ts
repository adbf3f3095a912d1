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
  return { row, col, value, reading: typeof value === 'string' ? readText(value, unit) : readCell(value, formatAt(sheet, row, col), unit) };
}

/**
 * Text readings memoised by (unit, text): a text cell's reading depends on nothing else (number formats
 * only matter for numbers), and APA sheets repeat the same few texts ("-", "১", "১০০%", tiers) thousands
 * of times. Readings are never mutated. Bounded so a workbook of unique texts cannot grow it without end.
 */
const TEXT_CACHE = new Map<UnitKind | null, Map<string, Reading>>();
const TEXT_CACHE_LIMIT = 20000;
let cached = 0;

function readText(value: string, unit: UnitKind | null): Reading {
  if (value.length > 64) return readCell(value, null, unit);
  // One map per unit keyed by the cell's own string: no key string to build (and hash) per cell.
  let byText = TEXT_CACHE.get(unit);
  if (byText === undefined) {
    byText = new Map();
    TEXT_CACHE.set(unit, byText);
  }
  let r = byText.get(value);
  if (r === undefined) {
    if (cached >= TEXT_CACHE_LIMIT) {
      for (const m of TEXT_CACHE.values()) m.clear();
      cached = 0;
    }
    r = readCell(value, null, unit);
    byText.set(value, r);
    cached++;
  }
  return r;
}
