import type { TierRule } from '../report/types';
import { FALLING, RISING, percent5 } from './fiveTiers';
import { tierDirection } from './tierDirection';

/**
 * The fraction (0..1) an achievement earns against the five tiers (tiers[0..4] = 100%, 90%, 80%, 70%,
 * 60%; null = blank tier, skipped). The direction comes from the tier order. At or beyond the best given
 * tier → its percent; between two given tiers → linear interpolation ('interpolate', default) or the
 * lower tier's percent ('step'); worse than the last given tier → 0.
 * Flat tiers (one value, or all equal) cannot say which way is better: `flat` decides (default 'falling',
 * higher is better; scoring passes 'rising' for days). Unordered tiers are read by their first and last
 * given values (scoring refuses them before calling this).
 */
export function tierPercent(
  achievement: number,
  tiers: (number | null)[],
  rule: TierRule = 'interpolate',
  flat: 'falling' | 'rising' = 'falling',
): number {
  if (!Number.isFinite(achievement)) return 0;
  const t = [0, 1, 2, 3, 4].map((i) => {
    const v = tiers[i];
    return v === null || v === undefined || !Number.isFinite(v) ? NaN : v;
  });
  let dir: number;
  const d = tierDirection(t.map((v) => (Number.isNaN(v) ? null : v)));
  if (d === 'falling') dir = FALLING;
  else if (d === 'rising') dir = RISING;
  else if (d === 'flat') dir = flat === 'rising' ? RISING : FALLING;
  else {
    const given = t.filter((v) => !Number.isNaN(v));
    dir = given[given.length - 1] > given[0] ? RISING : FALLING;
  }
  return percent5(achievement, t[0], t[1], t[2], t[3], t[4], rule === 'step', dir);
}
