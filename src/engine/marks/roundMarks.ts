/**
 * Marks to four decimals, without float noise: 29.5 ÷ 50 × 10 = 5.8999999999999995 → 5.9,
 * 0.875 × 5 = 4.375 stays 4.375, and 1.00005 (stored as 1.0000499999…) still rounds up. The 1e-12
 * nudge is far below any figure a table writes and far above binary noise. Pure arithmetic, no
 * strings: APA.SCORE calls this a million times a second. Non-finite input is returned unchanged.
 */
export function roundMarks(x: number): number {
  if (!(x - x === 0)) return x; // NaN and ±Infinity
  const scaled = Math.abs(x) * 10000;
  if (!Number.isFinite(scaled)) return x; // beyond 1.8e304: nothing to round
  // The nudge is relative for marks-sized figures but capped, so huge figures (5e7 and up) are not pushed up a step.
  const r = Math.round(scaled + Math.min(scaled * 1e-12, 1e-3)) / 10000;
  return r === 0 ? 0 : x < 0 ? -r : r;
}
