import { badValueMessage, type FieldName } from '../messages/findingMessages';
import type { Finding, Severity } from '../report/types';
import { rawText } from './figures';
import { makeFinding } from './makeFinding';
import type { CellRead } from './readAt';

/** bad-value for an unreadable cell: never a zero, always a finding at the cell itself. Pushes onto `out`. */
export function pushBadValue(out: Finding[], sheet: string, cell: CellRead | null, field: FieldName, severity: Severity): void {
  if (cell === null || cell.reading.kind !== 'bad') return;
  const raw = cell.reading.raw || rawText(cell.value);
  out.push(makeFinding(sheet, cell.row, cell.col, 'bad-value', severity, badValueMessage(field, raw, cell.reading.reason)));
}

/** bad-value for each unreadable cell of a list. */
export function badValues(sheet: string, cells: { cell: CellRead | null; field: FieldName; severity: Severity }[]): Finding[] {
  const out: Finding[] = [];
  for (const { cell, field, severity } of cells) pushBadValue(out, sheet, cell, field, severity);
  return out;
}
