import { RISING, percent5 } from './fiveTiers';

/**
 * Date tiers are steps: the best tier whose date is on or after the achievement date earns its
 * percent; later than every tier → 0. Serials are whole days (times of day are dropped).
 */
export function dateTierPercent(achievementSerial: number, tiers: (number | null)[]): number {
  if (!Number.isFinite(achievementSerial)) return 0;
  const day = Math.floor(achievementSerial);
  const t = [0, 1, 2, 3, 4].map((i) => {
    const v = tiers[i];
    return v === null || v === undefined || !Number.isFinite(v) ? NaN : Math.floor(v);
  });
  return percent5(day, t[0], t[1], t[2], t[3], t[4], true, RISING);
}
