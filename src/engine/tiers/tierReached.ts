import type { Bilingual, TierRule } from '../report/types';
import type { Reading } from '../values/types';
import { dateTierPercent } from './dateTierPercent';
import { achievementFigure, readTiers } from './readTiers';
import { TIER_NAMES } from './tierNames';
import { tierPercent } from './tierPercent';

/**
 * The tier an achievement reaches and what it earns. `label` names the tier actually met (অসাধারণ …
 * চলতি মানের নিম্নে), whatever the rule; `percent` (0..1) follows the rule (interpolation by default,
 * steps for dates). Below every tier, or nothing comparable (no tiers, a blank or unreadable
 * achievement, dates against numbers) → { percent: 0, label: null }.
 */
export function tierReached(achievement: Reading, tiers: Reading[], rule: TierRule = 'interpolate'): { percent: number; label: Bilingual | null } {
  const t = readTiers(tiers);
  if (t.mode !== 'number' && t.mode !== 'date') return { percent: 0, label: null };
  const a = achievementFigure(achievement, t.mode);
  if (a === null) return { percent: 0, label: null };
  const step = t.mode === 'date' ? dateTierPercent(a, t.values) : tierPercent(a, t.values, 'step');
  const percent = t.mode === 'date' ? step : tierPercent(a, t.values, rule);
  return { percent, label: labelFor(step) };
}

/** The tier whose step percent this is (1 → অসাধারণ … 0.6 → চলতি মানের নিম্নে), null for 0. */
export function labelFor(stepPercent: number): Bilingual | null {
  if (!(stepPercent > 0)) return null;
  const i = Math.round((1 - stepPercent) * 10);
  return TIER_NAMES[i] ?? null;
}
