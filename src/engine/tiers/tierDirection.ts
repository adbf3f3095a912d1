import { FALLING, FLAT, RISING, UNORDERED } from './fiveTiers';

export type TierDirection = 'falling' | 'rising' | 'flat' | 'unordered';

/**
 * Which way the tiers run, blank (null) tiers skipped: 'falling' (800/720/640…: higher is better),
 * 'rising' (days, dates: lower is better), 'flat' (fewer than two distinct values), 'unordered'
 * (e.g. 800/640/720: a tier-order finding). Equal neighbours do not break the order.
 */
export function tierDirection(tiers: (number | null)[]): TierDirection {
  let prev: number | null = null;
  let down = false;
  let up = false;
  for (const t of tiers) {
    if (t === null || t === undefined || Number.isNaN(t)) continue;
    if (prev !== null) {
      if (t < prev) down = true;
      else if (t > prev) up = true;
    }
    prev = t;
  }
  if (down && up) return 'unordered';
  return down ? 'falling' : up ? 'rising' : 'flat';
}

/** The numeric code fiveTiers uses for a direction. */
export function directionCode(d: TierDirection): number {
  return d === 'falling' ? FALLING : d === 'rising' ? RISING : d === 'flat' ? FLAT : UNORDERED;
}
