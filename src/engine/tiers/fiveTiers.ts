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
  let prev = NaN;
  let down = false;
  let up = false;
  for (let i = 0; i < 5; i++) {
    const t = i === 0 ? t0 : i === 1 ? t1 : i === 2 ? t2 : i === 3 ? t3 : t4;
    if (t !== t) continue; // NaN: blank tier
    if (prev === prev) {
      if (t < prev) down = true;
      else if (t > prev) up = true;
    }
    prev = t;
  }
  if (down && up) return UNORDERED;
  return down ? FALLING : up ? RISING : FLAT;
}

/**
 * The fraction (0..1) earned by `a` against five tiers read in `dir` (FALLING or RISING; callers resolve
 * FLAT and UNORDERED first). Best-first, the first tier the achievement meets decides: the best given
 * tier → its percent; a later tier → its percent (step) or the linear interpolation between it and the
 * given tier above (interpolate); no tier met → 0. An achievement exactly on a tier gets that tier's
 * percent under both rules; equal tiers give the better percent.
 */
export function percent5(a: number, t0: number, t1: number, t2: number, t3: number, t4: number, step: boolean, dir: number): number {
  let prevT = NaN;
  let prevP = NaN;
  for (let i = 0; i < 5; i++) {
    const t = i === 0 ? t0 : i === 1 ? t1 : i === 2 ? t2 : i === 3 ? t3 : t4;
    if (t !== t) continue;
    const p = i === 0 ? 1 : i === 1 ? 0.9 : i === 2 ? 0.8 : i === 3 ? 0.7 : 0.6;
    const met = dir === RISING ? a <= t : a >= t;
    if (met) {
      if (step || prevT !== prevT) return p;
      // prevT was not met, so a lies strictly between prevT and t: no division by zero.
      return p + ((a - t) / (prevT - t)) * (prevP - p);
    }
    prevT = t;
    prevP = p;
  }
  return 0;
}
