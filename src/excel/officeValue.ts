import type { CellValue } from '../engine/grid/types';

/**
 * Excel's error literals. Range.values returns an error cell as this text; typing one of them into a cell
 * also makes an error value in Excel, so a text cell holding exactly one is as unreadable as the error itself.
 */
const ERROR_LITERALS = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!',
]);

/** One value of Range.values → the engine's CellValue ("" is an empty cell; error literals become CellError). */
export function fromOfficeValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return ERROR_LITERALS.has(v) ? { error: v } : v;
  // Rich values (entities, images) have no place in an APA table: keep them visible as text, never as 0.
  return String(v);
}
