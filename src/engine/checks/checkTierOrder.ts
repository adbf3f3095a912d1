import { cellAddress } from '../grid/a1';
import { tierOrderMessage } from '../messages/findingMessages';
import type { Finding } from '../report/types';
import { tierDirection } from '../tiers/tierDirection';
import { figureOf } from '../values/figureOf';
import { makeFinding } from './makeFinding';
import type { CellRead } from './readAt';
import { SEVERITY } from './severities';

/** tier-order: the five tiers neither fall nor rise (blank and "-" tiers are skipped, as scoring skips them). */
export function checkTierOrder(sheet: string, tiers: (CellRead | null)[]): Finding | null {
  const values = tiers.map((t) => (t === null ? null : figureOf(t.reading)));
  if (values.filter((v) => v !== null).length < 2) return null;
  if (tierDirection(values) !== 'unordered') return null;
  const first = tiers.find((t) => t !== null && figureOf(t.reading) !== null)!;
  let last = first;
  for (const t of tiers) if (t !== null) last = t;
  const isDate = tiers.some((t) => t !== null && t.reading.kind === 'date');
  const range = cellAddress(first.row, first.col) + ':' + cellAddress(last.row, last.col);
  return makeFinding(sheet, first.row, first.col, 'tier-order', SEVERITY['tier-order'], tierOrderMessage(values, isDate, range));
}
