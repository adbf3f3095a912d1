import type { IndicatorCells } from '../analyze/readIndicatorRow';
import { cellAddress } from '../grid/a1';
import { fractionAsPercentMessage, type FieldName } from '../messages/findingMessages';
import type { Finding } from '../report/types';
import type { Reading } from '../values/types';
import { makeFinding } from './makeFinding';
import type { CellRead } from './readAt';

const QUARTER_FIELDS: FieldName[] = ['q1', 'q2', 'q3', 'q4'];

/**
 * A % row whose achievements arrive as fractions: `=done/total` left in General format, or the % format lost
 * on a copy, shows 0.6875 where 68.75% is meant. When the row's tiers or target are unmistakably on the
 * percent scale (some above 1, none a fraction) and an achievement (quarter, half-year, annual figure) is a
 * plain number strictly between 0 and 1, it is read as that percentage — never silently: each such cell gets
 * a bad-value warning saying what was read and what to write. Once a row holds such a fraction, a plain 1 in
 * its achievements is 100% too (the row's own scale). A lone 1, a value written with %, or a row whose tiers
 * are fractions themselves keep their reading. Returns `cells` itself when nothing changes (the usual case).
 */
export function readFractionsAsPercent(cells: IndicatorCells, sheet: string, findings: Finding[]): IndicatorCells {
  if (cells.unit !== 'percent' && cells.unit !== null) return cells;
  let any = false;
  for (let i = 0; i < cells.quarters.length; i++) if (isFraction(cells.quarters[i])) any = true;
  if (!any && !isFraction(cells.halfYear) && !isFraction(cells.annual)) return cells;
  if (!percentScale(cells)) return cells;

  const quarters = cells.quarters.map((q, i) => rescale(q, QUARTER_FIELDS[i], sheet, findings));
  return {
    ...cells,
    quarters,
    halfYear: rescale(cells.halfYear, 'halfYear', sheet, findings),
    annual: rescale(cells.annual, 'annual', sheet, findings),
  };
}

function plainNumber(c: CellRead | null): number | null {
  if (c === null) return null;
  const r = c.reading;
  return r.kind === 'number' && !r.percent ? r.value : null;
}

function isFraction(c: CellRead | null): boolean {
  const v = plainNumber(c);
  return v !== null && v > 0 && v < 1;
}

/**
 * The tiers and target are percentages: some value above 1 and none strictly between 0 and 1. A row without
 * a unit counts only when they are written as percentages ("১০০%"), not as bare numbers.
 */
function percentScale(cells: IndicatorCells): boolean {
  let above = false;
  const check = (c: CellRead | null): boolean => {
    if (c === null || c.reading.kind !== 'number') return true;
    const r = c.reading;
    if (cells.unit === null && !r.percent) return false;
    if (r.value > 0 && r.value < 1) return false;
    if (r.value > 1) above = true;
    return true;
  };
  for (let i = 0; i < cells.tiers.length; i++) if (!check(cells.tiers[i])) return false;
  if (!check(cells.target)) return false;
  return above;
}

function rescale(c: CellRead | null, field: FieldName, sheet: string, findings: Finding[]): CellRead | null {
  const v = plainNumber(c);
  if (c === null || v === null || !(v > 0 && v <= 1)) return c;
  // 0.7 × 100 is 70.00000000000001 in binary: round away the noise, not the figure (as for % formats).
  const pct = Math.round(v * 100 * 1e9) / 1e9;
  const reading: Reading = { kind: 'number', value: pct, percent: true };
  findings.push(makeFinding(sheet, c.row, c.col, 'bad-value', 'warning', fractionAsPercentMessage(field, cellAddress(c.row, c.col), v, pct)));
  return { row: c.row, col: c.col, value: c.value, reading };
}
