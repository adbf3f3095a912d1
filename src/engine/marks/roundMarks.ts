/**
 * Marks to four decimals, without float noise: 29.5 ÷ 50 × 10 = 5.8999999999999995 → 5.9,
 * 0.875 × 5 = 4.375 stays 4.375. Rounding goes through 12 significant digits first so that a value
 * like 1.00005 stored as 1.0000499999 still rounds up. Non-finite input is returned unchanged.
 */
export function roundMarks(x: number): number {
  if (!Number.isFinite(x)) return x;
  const scaled = Number((x * 10000).toPrecision(12));
  const r = Math.round(Math.abs(scaled)) / 10000;
  return r === 0 ? 0 : scaled < 0 ? -r : r;
}
