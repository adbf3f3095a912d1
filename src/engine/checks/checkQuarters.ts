import { cellAddress } from '../grid/a1';
import { annualFigure } from '../methods/annualFigure';
import { halfYearMismatchMessage, quarterTargetsMismatchMessage, totalMismatchMessage } from '../messages/findingMessages';
import type { Finding } from '../report/types';
import type { MethodKind, Reading } from '../values/types';
import { figureOf } from '../values/figureOf';
import { isReported, sameFigure } from './figures';
import { makeFinding } from './makeFinding';
import type { CellRead } from './readAt';
import { SEVERITY } from './severities';

const BLANK: Reading = { kind: 'blank' };

/** The readings of the quarter cells a table has (missing columns read as blank, i.e. not reported). */
export function quarterReadings(quarters: (CellRead | null)[]): Reading[] {
  return quarters.map((q) => (q === null ? BLANK : q.reading));
}

/**
 * How far a stated figure may be from the quarters' figure. Averages are often written rounded to a
 * whole number (86.67 → 87), so they get half a unit; sums and running totals get the marks tolerance.
 */
function tolerance(method: MethodKind): number {
  return method === 'average' ? 0.5 : 0.01;
}

/** total-mismatch: the stated annual figure is not what the quarters make. */
export function checkAnnualFigure(sheet: string, annual: CellRead | null, derived: Reading, method: MethodKind): Finding | null {
  if (annual === null || !isReported(annual.reading) || !isReported(derived)) return null;
  if (sameFigure(annual.reading, derived, tolerance(method)) !== false) return null;
  const isDate = annual.reading.kind === 'date';
  const msg = totalMismatchMessage(figureOf(annual.reading)!, figureOf(derived)!, method, isDate, cellAddress(annual.row, annual.col), isPercent(derived));
  return makeFinding(sheet, annual.row, annual.col, 'total-mismatch', SEVERITY['total-mismatch'], msg);
}

/** half-year-mismatch: the half-year figure is not what Q1 and Q2 make. */
export function checkHalfYear(sheet: string, halfYear: CellRead | null, quarters: (CellRead | null)[], method: MethodKind): Finding | null {
  if (halfYear === null || !isReported(halfYear.reading) || quarters[0] === null || quarters[1] === null) return null;
  const derived = annualFigure(quarterReadings(quarters.slice(0, 2)), method);
  if (!isReported(derived)) return null;
  if (sameFigure(halfYear.reading, derived, tolerance(method)) !== false) return null;
  const isDate = halfYear.reading.kind === 'date';
  const msg = halfYearMismatchMessage(figureOf(halfYear.reading)!, figureOf(derived)!, method, isDate, cellAddress(halfYear.row, halfYear.col), isPercent(derived));
  return makeFinding(sheet, halfYear.row, halfYear.col, 'half-year-mismatch', SEVERITY['half-year-mismatch'], msg);
}

/** quarter-targets-mismatch (integrity plans): the quarterly targets do not make the annual target. */
export function checkQuarterTargets(sheet: string, target: CellRead | null, quarterTargets: (CellRead | null)[], method: MethodKind): Finding | null {
  if (target === null || !isReported(target.reading) || quarterTargets.length === 0) return null;
  const derived = annualFigure(quarterReadings(quarterTargets), method);
  if (!isReported(derived)) return null;
  if (sameFigure(target.reading, derived, tolerance(method)) !== false) return null;
  const isDate = target.reading.kind === 'date';
  const msg = quarterTargetsMismatchMessage(figureOf(target.reading)!, figureOf(derived)!, isDate, cellAddress(target.row, target.col));
  return makeFinding(sheet, target.row, target.col, 'quarter-targets-mismatch', SEVERITY['quarter-targets-mismatch'], msg);
}

/** A figure the quarters made from percentages: the fix is written with its % sign. */
function isPercent(r: Reading): boolean {
  return r.kind === 'number' && r.percent;
}
