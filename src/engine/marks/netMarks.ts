import { roundMarks } from './roundMarks';

/**
 * An annex's total converted to its Section 3 weight: total ÷ max × weight (29.5 of 50, weight 10 → 5.9).
 * Null when it cannot be formed (max not positive, or any input not a finite number).
 */
export function netMarks(total: number, max: number, weight: number): number | null {
  if (!Number.isFinite(total) || !Number.isFinite(max) || !Number.isFinite(weight) || max <= 0) return null;
  const net = (total / max) * weight;
  return Number.isFinite(net) ? roundMarks(net) : null; // a denormal max overflows to Infinity
}
