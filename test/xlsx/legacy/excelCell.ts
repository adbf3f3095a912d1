import type { Cell } from 'exceljs';
import type { CellValue } from '../../../src/engine/grid/types';

/** exceljs ValueType numbers (stable since exceljs 1.x); spelled out so this module needs no runtime import. */
const enum T {
  Null = 0,
  Merge = 1,
  Number = 2,
  String = 3,
  Date = 4,
  Hyperlink = 5,
  Formula = 6,
  SharedString = 7,
  RichText = 8,
  Boolean = 9,
  Error = 10,
}

const MS_PER_DAY = 86400000;
/** Days from 1899-12-30 (Excel's 1900-system day 0, leap-year bug included) to 1970-01-01. */
const EPOCH_SERIAL = 25569;

/** exceljs turns date-formatted numbers into JS Dates; the engine wants the 1900-system serial back. */
export function serialFromJsDate(d: Date): number {
  const serial = d.getTime() / MS_PER_DAY + EPOCH_SERIAL;
  // exceljs rounded to whole milliseconds; undo the float noise so 45658 stays 45658.
  return Math.round(serial * 1e8) / 1e8;
}

/** A plain (non-formula) exceljs value as the engine's CellValue. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'number':
    case 'string':
    case 'boolean':
      return v;
    case 'object': {
      if (v instanceof Date) return serialFromJsDate(v);
      const o = v as { richText?: { text: string }[]; text?: unknown; error?: unknown; result?: unknown };
      if (Array.isArray(o.richText)) {
        let s = '';
        for (const run of o.richText) s += run.text;
        return s;
      }
      if (typeof o.error === 'string') return { error: o.error };
      if ('text' in o) return plainValue(o.text); // hyperlink
      if ('result' in o) return plainValue(o.result);
      return null;
    }
    default:
      return null;
  }
}

/**
 * The value Excel shows for a cell: formulas give their cached result (null when never calculated), merged
 * non-master cells give null (Excel stores nothing there; the merge list says what covers them).
 */
export function cellValue(cell: Cell): CellValue {
  switch (cell.type as number) {
    case T.Null:
    case T.Merge:
      return null;
    case T.Formula:
      return plainValue(cell.result);
    default:
      return plainValue(cell.value);
  }
}

/** "=SUM(A1:A4)" for formula cells (shared formulas translated to this cell), else null. */
export function cellFormula(cell: Cell): string | null {
  if ((cell.type as number) !== T.Formula) return null;
  const f = cell.formula;
  return f ? '=' + f : null;
}
