/**
 * The tier arithmetic on five plain numbers (NaN = blank tier), with no arrays or objects, so that the
 * APA.SCORE custom function can run it a million times a second without allocating. The array-based
 * API (tierPercent, tierDirection, dateTierPercent) delegates here.
 */

export const FALLING = 1; //   higher is better (counts, percentages)
export const RISING = -1; //   lower is better (days, dates)
export const FLAT = 0; //      fewer than two distinct values: the order says nothing
export const UNORDERED = 2; // neither: a clerk's slip (tier-order finding)

/** Direction of the given (non-NaN) tiers. Equal neighbours are allowed ("৪/৪/৩/২/১" is falling). */
export function direction5(t0: number, t1: number, t2: number, t3: number, t4: number): number {
  // Unrolled on purpose (hot path): flags bit 1 = some step down, bit 2 = some step up.
  let prev = t0;
  let flags = 0;
  if (t1 === t1) {
    if (prev === prev) flags |= t1 < prev ? 1 : t1 > prev ? 2 : 0;
    prev = t1;
  }
  if (t2 === t2) {
    if (prev === prev) flags |= t2 < prev ? 1 : t2 > prev ? 2 : 0;
    prev = t2;
  }
  if (t3 === t3) {
    if (prev === prev) flags |= t3 < prev ? 1 : t3 > prev ? 2 : 0;
    prev = t3;
  }
  if (t4 === t4 && prev === prev) flags |= t4 < prev ? 1 : t4 > prev ? 2 : 0;
  return flags === 3 ? UNORDERED : flags === 1 ? FALLING : flags === 2 ? RISING : FLAT;
}

/**
 * The fraction (0..1) earned by `a` against five tiers read in `dir` (FALLING or RISING; callers resolve
 * FLAT and UNORDERED first). Best-first, the first tier the achievement meets decides: the best given
 * tier → its percent; a later tier → its percent (step) or the linear interpolation between it and the
 * given tier above (interpolate); no tier met → 0. An achievement exactly on a tier gets that tier's
 * percent under both rules; equal tiers give the better percent.
 */
export function percent5(a: number, t0: number, t1: number, t2: number, t3: number, t4: number, step: boolean, dir: number): number {
  const rising = dir === RISING;
  let prevT = NaN;
  let prevP = NaN;
  if (t0 === t0) {
    if (rising ? a <= t0 : a >= t0) return 1;
    prevT = t0;
    prevP = 1;
  }
  if (t1 === t1) {
    if (rising ? a <= t1 : a >= t1) return reach(a, t1, 0.9, prevT, prevP, step);
    prevT = t1;
    prevP = 0.9;
  }
  if (t2 === t2) {
    if (rising ? a <= t2 : a >= t2) return reach(a, t2, 0.8, prevT, prevP, step);
    prevT = t2;
    prevP = 0.8;
  }
  if (t3 === t3) {
    if (rising ? a <= t3 : a >= t3) return reach(a, t3, 0.7, prevT, prevP, step);
    prevT = t3;
    prevP = 0.7;
  }
  if (t4 === t4 && (rising ? a <= t4 : a >= t4)) return reach(a, t4, 0.6, prevT, prevP, step);
  return 0;
}

/** Tier t (worth p) is met and the better given tier prevT (worth prevP) is not. */
function reach(a: number, t: number, p: number, prevT: number, prevP: number, step: boolean): number {
  // prevT was not met, so a lies strictly between prevT and t: no division by zero.
  if (step || prevT !== prevT) return p;
  const share = (a - t) / (prevT - t);
  // Tiers near ±1.8e308 overflow the span to ±Infinity (share NaN or 0/∞): stay on the tier met.
  return share >= 0 && share <= 1 ? p + share * (prevP - p) : p;
}
