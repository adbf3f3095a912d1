import type { IndicatorCells } from '../analyze/readIndicatorRow';
import { isReported } from './figures';
import type { CellRead } from './readAt';

/**
 * A row that does not apply is not scored and not in the maximum. It does not apply when
 * - its weight is "-" or blank (nothing to score against: real annexes leave the weight of the
 *   alternative activity blank, e.g. grievance [২.২] when [২.১] applies), or
 * - it is "-" throughout: no target, tier, progress or claimed cell holds a value (or an unreadable
 *   value) and at least one of them says "-".
 */
export function isNotApplicable(cells: IndicatorCells): boolean {
  if (cells.weight !== null && (cells.weight.reading.kind === 'na' || cells.weight.reading.kind === 'blank')) return true;
  const tally = { dashes: 0, value: false };
  countDashes(cells.tiers, tally);
  countDashes(cells.quarters, tally);
  countDashes(cells.quarterTargets, tally);
  countDash(cells.target, tally);
  countDash(cells.halfYear, tally);
  countDash(cells.annual, tally);
  countDash(cells.claimed, tally);
  return !tally.value && tally.dashes > 0;
}

function countDashes(list: (CellRead | null)[], tally: { dashes: number; value: boolean }): void {
  for (let i = 0; i < list.length; i++) countDash(list[i], tally);
}

function countDash(c: CellRead | null, tally: { dashes: number; value: boolean }): void {
  if (c === null) return;
  if (isReported(c.reading) || c.reading.kind === 'bad') tally.value = true;
  else if (c.reading.kind === 'na') tally.dashes++;
}
