import type { MethodKind, Reading, UnitKind } from '../values/types';
import { annualFigure } from './annualFigure';

/**
 * Percentages are rates: four quarters of 90% are a year of 90%, never 360%. A row whose method says সমষ্টি
 * (sum: seed 001 writes it on every row, and % rows copied from count rows keep it) over percentages — a %
 * row, or quarters all written as percentages — is read with `percentSumFigure`, not by adding.
 */
export function isPercentSum(method: MethodKind, unit: UnitKind | null, quarters: Reading[]): boolean {
  if (method !== 'sum') return false;
  if (unit === 'percent') return true;
  let any = false;
  for (let i = 0; i < quarters.length; i++) {
    const q = quarters[i];
    if (q.kind === 'number') {
      if (!q.percent) return false;
      any = true;
    } else if (q.kind === 'date' || q.kind === 'count-date') {
      return false;
    }
  }
  return any;
}

/**
 * The figure of percentage quarters under a stated sum: their average (apa-rules' rule for percentages),
 * unless the stated figure is one of the two other things a sum of percentages can mean, and then it is
 * that figure:
 * - the quarters added, when that is at most 100%: shares of the year's work (25% + 25% + 25% + 25%);
 * - the latest quarter, when the quarters never fall: running percentages (30%, 55%, 80%, 100%).
 * Without a stated figure (or one matching neither) the average stands, and a stated figure off it is
 * judged against it.
 */
export function percentSumFigure(quarters: Reading[], stated: Reading | null): Reading {
  const average = annualFigure(quarters, 'average');
  if (average.kind !== 'number' || stated === null || stated.kind !== 'number') return average;
  const s = stated.value;
  if (Math.abs(s - average.value) <= AVERAGE_TOLERANCE) return average;
  const sum = annualFigure(quarters, 'sum');
  if (sum.kind === 'number' && sum.value <= 100 + EPS && Math.abs(s - sum.value) <= TOLERANCE) return sum;
  if (neverFalls(quarters)) {
    const latest = annualFigure(quarters, 'cumulative');
    if (latest.kind === 'number' && Math.abs(s - latest.value) <= TOLERANCE) return latest;
  }
  return average;
}

/** The total-mismatch tolerances (checkQuarters): averages 0.5, other figures 0.01. */
const AVERAGE_TOLERANCE = 0.5 + 1e-9;
const TOLERANCE = 0.01 + 1e-9;
const EPS = 1e-9;

function neverFalls(quarters: Reading[]): boolean {
  let last = -Infinity;
  for (let i = 0; i < quarters.length; i++) {
    const q = quarters[i];
    if (q.kind !== 'number') continue;
    if (q.value < last) return false;
    last = q.value;
  }
  return true;
}
