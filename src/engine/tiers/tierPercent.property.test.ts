import fc from 'fast-check';
import { anyNumber } from '../../../test/robustness/arbitraries';
import type { TierRule } from '../report/types';
import { tierPercent } from './tierPercent';
import { dateTierPercent } from './dateTierPercent';
import { tierDirection } from './tierDirection';

// The five tiers (100/90/80/70/60%) give a percentage that must stay within 0..1 and never fall when the
// achievement gets better, in either direction, with either rule, with blank tiers, and for date steps.

const rules = fc.constantFrom<TierRule>('interpolate', 'step');
const distinct5 = fc.uniqueArray(fc.integer({ min: 1, max: 100_000 }), { minLength: 5, maxLength: 5 });
/** Higher is better: 800/720/640/560/480. */
export const fallingTiers = distinct5.map((xs) => xs.sort((a, b) => b - a));
/** Lower is better (days): 7/8/9/10/12. */
export const risingTiers = distinct5.map((xs) => xs.sort((a, b) => a - b));
/**
 * Some of the lower tiers blank, as offices leave চলতি মানের নিম্নে empty. The two best stay given: a single
 * tier has no direction of its own (the caller decides, e.g. days are rising), so it is not a tier-order case.
 */
const withBlanks = (tiers: fc.Arbitrary<number[]>) =>
  fc.tuple(tiers, fc.array(fc.boolean(), { minLength: 3, maxLength: 3 })).map(([t, blank]) => t.map((x, i) => (i > 1 && blank[i - 2] ? null : x)));

const ach = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('tierPercent', () => {
  test('never throws on any numbers; a percentage within 0..1', () => {
    fc.assert(
      fc.property(anyNumber, fc.array(fc.option(anyNumber, { nil: null }), { maxLength: 6 }), rules, (a, tiers, rule) => {
        const p = tierPercent(a, tiers, rule);
        return Number.isFinite(p) && p >= 0 && p <= 1;
      }),
      { numRuns: 2000 },
    );
  });

  test('falling tiers: a higher achievement never earns less', () => {
    fc.assert(
      fc.property(withBlanks(fallingTiers), ach, ach, (tiers, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return tierPercent(lo, tiers, 'interpolate') <= tierPercent(hi, tiers, 'interpolate') && tierPercent(lo, tiers, 'step') <= tierPercent(hi, tiers, 'step');
      }),
      { numRuns: 1500 },
    );
  });

  test('rising tiers (days): a lower achievement never earns less', () => {
    fc.assert(
      fc.property(withBlanks(risingTiers), ach, ach, rules, (tiers, a, b, rule) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return tierPercent(lo, tiers, rule) >= tierPercent(hi, tiers, rule);
      }),
      { numRuns: 1500 },
    );
  });

  test('exactly on a given tier earns that tier, with either rule; beyond the best earns 100%', () => {
    fc.assert(
      fc.property(fc.oneof(fallingTiers, risingTiers), rules, fc.integer({ min: 0, max: 4 }), (tiers, rule, k) => {
        const better = tiers[0] > tiers[4] ? tiers[0] + 1 : tiers[0] - 1;
        return Math.abs(tierPercent(tiers[k], tiers, rule) - (1 - 0.1 * k)) < 1e-9 && tierPercent(better, tiers, rule) === 1;
      }),
      { numRuns: 1000 },
    );
  });

  test('step never gives more than interpolation', () => {
    fc.assert(
      fc.property(fc.oneof(withBlanks(fallingTiers), withBlanks(risingTiers)), ach, (tiers, a) => tierPercent(a, tiers, 'step') <= tierPercent(a, tiers, 'interpolate') + 1e-12),
      { numRuns: 1500 },
    );
  });

  test('worked example: 800/720/640/560/480, achieved 700 → 87.5%', () => {
    expect(tierPercent(700, [800, 720, 640, 560, 480], 'interpolate')).toBeCloseTo(0.875, 9);
    expect(tierPercent(700, [800, 720, 640, 560, 480], 'step')).toBeCloseTo(0.8, 9);
  });
});

describe('tierDirection', () => {
  test('never throws; sorted tiers are falling or rising', () => {
    fc.assert(
      fc.property(fc.array(fc.option(anyNumber, { nil: null }), { maxLength: 6 }), (t) => ['falling', 'rising', 'flat', 'unordered'].includes(tierDirection(t))),
      { numRuns: 1000 },
    );
    fc.assert(fc.property(fallingTiers, (t) => tierDirection(t) === 'falling'), { numRuns: 200 });
    fc.assert(fc.property(risingTiers, (t) => tierDirection(t) === 'rising'), { numRuns: 200 });
  });
});

describe('dateTierPercent (steps)', () => {
  /** Tier dates: the 100% tier is the earliest. */
  const dateTiers = fc.uniqueArray(fc.integer({ min: 40_000, max: 50_000 }), { minLength: 5, maxLength: 5 }).map((xs) => xs.sort((a, b) => a - b));
  const day = fc.integer({ min: 39_000, max: 51_000 });

  test('within 0..1, and an earlier date never earns less', () => {
    fc.assert(
      fc.property(dateTiers, day, day, (tiers, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const pe = dateTierPercent(early, tiers);
        const pl = dateTierPercent(late, tiers);
        return pe >= 0 && pe <= 1 && pl >= 0 && pl <= 1 && pe >= pl;
      }),
      { numRuns: 1500 },
    );
  });

  test('on a tier\'s date earns that tier; after the last tier earns 0', () => {
    fc.assert(
      fc.property(dateTiers, fc.integer({ min: 0, max: 4 }), (tiers, k) => Math.abs(dateTierPercent(tiers[k], tiers) - (1 - 0.1 * k)) < 1e-9 && dateTierPercent(tiers[4] + 1, tiers) === 0),
      { numRuns: 500 },
    );
  });

  test('never throws on any numbers', () => {
    fc.assert(
      fc.property(anyNumber, fc.array(fc.option(anyNumber, { nil: null }), { maxLength: 6 }), (a, t) => {
        const p = dateTierPercent(a, t);
        return Number.isFinite(p) && p >= 0 && p <= 1;
      }),
      { numRuns: 1000 },
    );
  });
});
