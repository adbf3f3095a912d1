import { cellAddress } from '../grid/a1';
import { cellValueMessage, type FieldName } from '../messages/findingMessages';
import type { Finding, Severity } from '../report/types';
import type { UnitKind } from '../values/types';
import { rawText } from './figures';
import { makeFinding } from './makeFinding';
import type { CellRead } from './readAt';

/**
 * bad-value for a cell that cannot be read, or whose value contradicts the row's unit, or whose dates
 * include one that is no day: never a zero, always a finding at the cell itself, saying what to write
 * there (for the row's `unit`). Pushes onto `out`.
 */
export function pushBadValue(out: Finding[], sheet: string, cell: CellRead | null, field: FieldName, severity: Severity, unit: UnitKind | null = null): void {
  if (cell === null) return;
  const r = cell.reading;
  if (r.kind !== 'bad' && !(r.kind === 'count-date' && r.impossible)) return;
  const raw = r.kind === 'bad' ? r.raw || rawText(cell.value) : '';
  const msg = cellValueMessage(field, cellAddress(cell.row, cell.col), r, raw, unit);
  if (msg !== null) out.push(makeFinding(sheet, cell.row, cell.col, 'bad-value', severity, msg));
}

/** bad-value for each unreadable cell of a list. */
export function badValues(sheet: string, cells: { cell: CellRead | null; field: FieldName; severity: Severity; unit?: UnitKind | null }[]): Finding[] {
  const out: Finding[] = [];
  for (const { cell, field, severity, unit } of cells) pushBadValue(out, sheet, cell, field, severity, unit ?? null);
  return out;
}
