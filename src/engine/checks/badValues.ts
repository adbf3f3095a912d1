import { badValueMessage, type FieldName } from '../messages/findingMessages';
import type { Finding, Severity } from '../report/types';
import { rawText } from './figures';
import { makeFinding } from './makeFinding';
import type { CellRead } from './readAt';

/** bad-value for each unreadable cell: never a zero, always a finding at the cell itself. */
export function badValues(sheet: string, cells: { cell: CellRead | null; field: FieldName; severity: Severity }[]): Finding[] {
  const out: Finding[] = [];
  for (const { cell, field, severity } of cells) {
    if (cell === null || cell.reading.kind !== 'bad') continue;
    const raw = cell.reading.raw || rawText(cell.value);
    out.push(makeFinding(sheet, cell.row, cell.col, 'bad-value', severity, badValueMessage(field, raw, cell.reading.reason)));
  }
  return out;
}
