import { isCellError } from '../engine/grid/types';
import type { CellValue } from '../engine/grid/types';
import { readCell } from '../engine/values/readCell';
import type { Reading } from '../engine/values/types';

/**
 * A custom-function argument read like a cell. Excel passes a %-formatted cell as its fraction (80% →
 * 0.8) and no number format, so here text percentages follow Excel's own convention too: "৮০%" → 0.8
 * (as =VALUE("80%") does). Empty cells arrive as null, undefined or "" depending on the host.
 */
export function readArg(value: unknown): Reading {
  if (value === undefined || value === null || value === '') return BLANK;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || isCellError(value as CellValue)) {
    const r = readCell(value as CellValue);
    return r.kind === 'number' && r.percent ? { kind: 'number', value: r.value / 100, percent: true } : r;
  }
  return readCell(value as CellValue); // JS Dates and oddities: readCell decides (never throws)
}

const BLANK: Reading = { kind: 'blank' };

/** The cells of a 1×N or N×1 range, in order; null when the range is neither a row nor a column. */
export function lineCells(range: unknown[][]): unknown[] | null {
  if (!Array.isArray(range) || range.length === 0) return null;
  if (range.length === 1 && Array.isArray(range[0])) return range[0];
  if (range.every((r) => Array.isArray(r) && r.length === 1)) return range.map((r) => r[0]);
  return null;
}
