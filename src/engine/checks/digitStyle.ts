import { valueAt } from '../grid/access';
import { columnsAt } from '../layouts/tableParts';
import type { RecognizedTable } from '../layouts/types';
import { hasBengaliDigits } from '../numerals/digits';

const NUMERIC_ROLES = [
  'weight', 'tier100', 'tier90', 'tier80', 'tier70', 'tier60', 'target',
  'q1', 'q2', 'q3', 'q4', 'halfYear', 'annual', 'claimed',
] as const;
const ASCII_DIGIT = /[0-9]/;

/**
 * Whether the table writes its figures in Bengali digits (text like "১২.৫"): fills then write
 * Bengali-digit text; tables of real Excel numbers get numbers. Decided by majority over the body's
 * numeric columns; a tie (or no figures at all) goes to Bengali when any figure is Bengali.
 */
export function usesBengaliDigits(table: RecognizedTable): boolean {
  let bn = 0;
  let ascii = 0;
  let columns: RecognizedTable['columns'] | null = null;
  let cols: number[] = [];
  for (const tr of table.rows) {
    if (tr.type !== 'indicator') continue;
    const at = columnsAt(table, tr.row);
    if (at !== columns) {
      columns = at;
      cols = [];
      for (const r of NUMERIC_ROLES) {
        const c = at[r];
        if (c !== undefined) cols.push(c);
      }
    }
    const rows = tr.pairRow !== undefined ? [tr.row, tr.pairRow] : [tr.row];
    for (const row of rows) {
      for (const col of cols) {
        const v = valueAt(table.sheet, row, col);
        if (typeof v === 'number') ascii++;
        else if (typeof v === 'string') {
          if (hasBengaliDigits(v)) bn++;
          else if (ASCII_DIGIT.test(v)) ascii++;
        }
      }
    }
  }
  return bn > 0 && bn >= ascii;
}
