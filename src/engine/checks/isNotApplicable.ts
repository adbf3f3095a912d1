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
  let dashes = 0;
  const all: (CellRead | null)[] = [
    ...cells.tiers,
    cells.target,
    ...cells.quarters,
    ...cells.quarterTargets,
    cells.halfYear,
    cells.annual,
    cells.claimed,
  ];
  for (const c of all) {
    if (c === null) continue;
    if (isReported(c.reading) || c.reading.kind === 'bad') return false;
    if (c.reading.kind === 'na') dashes++;
  }
  return dashes > 0;
}
