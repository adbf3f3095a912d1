import fc from 'fast-check';
import { anyNumber } from '../../../test/robustness/arbitraries';
import { numberText } from '../messages/figureText';
import type { TableKind, TierRule } from '../report/types';
import { TIER_NAMES, TIER_PERCENTS } from '../tiers/tierNames';
import { tierReached } from '../tiers/tierReached';
import type { Reading, UnitKind } from '../values/types';
import { explainScore } from './explainMarks';
import { scoreIndicator, type ScoreInput } from './scoreIndicator';

// The why line is only worth showing if it is the working of the marks the row shows: for any inputs, the
// figure it ends with is scoreIndicator's marks, its percentage times the weight gives those marks, and the
// tier it names is the tier the achievement reaches.

const num = (value: number, percent = false): Reading => ({ kind: 'number', value, percent });
const date = (serial: number): Reading => ({ kind: 'date', serial });
const rules = fc.constantFrom<TierRule>('interpolate', 'step');
const weight = fc.integer({ min: 0, max: 10_000 }).map((k) => k / 100);
const unit = fc.constantFrom<UnitKind | null>(null, 'count', 'percent', 'date', 'days', 'marks', 'count-date', 'lakh', 'unknown');
const annex = fc.constantFrom<TableKind | null>(null, 'integrity-plan', 'e-governance-plan', 'rti-plan');

/**
 * Readings as readCell produces them from what clerks write (figures to 4 decimals, real day serials), plus
 * blanks, dashes and bad cells. Denormals are left to the never-throws property: on them float rounding
 * alone can lift an interpolation to the next tier's percent.
 */
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => Math.round(v * 10000) / 10000 || 0);
const reading: fc.Arbitrary<Reading> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Reading>({ kind: 'blank' }) },
  { weight: 1, arbitrary: fc.constant<Reading>({ kind: 'na' }) },
  { weight: 4, arbitrary: fc.tuple(finite, fc.boolean()).map(([v, p]) => num(v, p)) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 80_000 }).map(date) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 50 }), fc.array(fc.integer({ min: 40_000, max: 50_000 }), { maxLength: 3 }))
      .map(([count, dates]): Reading => ({ kind: 'count-date', count, dates })),
  },
  { weight: 1, arbitrary: fc.constant<Reading>({ kind: 'bad', raw: '#N/A', reason: { bn: 'ত্রুটি', en: 'error' } }) },
);

/** Ordered tiers (falling, rising, with blanks) so most runs reach the tier arithmetic rather than a tier-order problem. */
const orderedTiers: fc.Arbitrary<Reading[]> = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: 100_000 }), { minLength: 5, maxLength: 5 }),
    fc.boolean(),
    fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    fc.boolean(),
  )
  .map(([xs, up, blanks, dates]) =>
    xs
      .sort((a, b) => (up ? a - b : b - a))
      .map((v, i): Reading => (blanks[i] && i > 0 ? { kind: 'blank' } : dates ? date(40_000 + (v % 10_000)) : num(v))),
  );

const achievement: fc.Arbitrary<Reading> = fc.oneof(
  reading,
  fc.double({ min: 0, max: 120_000, noNaN: true }).map((v) => num(Math.round(v * 10000) / 10000)),
  fc.integer({ min: 39_000, max: 51_000 }).map(date),
);

const input: fc.Arbitrary<ScoreInput> = fc.record({
  unit,
  weight,
  achievement,
  tiers: fc.option(fc.oneof(orderedTiers, fc.array(reading, { minLength: 5, maxLength: 5 })), { nil: undefined }),
  target: fc.option(reading, { nil: undefined }),
  rule: rules,
});

const PERCENT = /(-?[0-9.]+)% × ([0-9.]+) = ([0-9.]+)$/;

describe('explainScore: the line is the working of the marks', () => {
  test('ends with the computed marks, in both languages, for any inputs', () => {
    fc.assert(
      fc.property(input, annex, (i, a) => {
        const score = scoreIndicator(i);
        const e = explainScore(i, score, a);
        expect(e.marks).toBe(score.marks);
        if (score.marks === null) {
          expect(e.why.en).not.toMatch(/[=→] [0-9.]+$/);
          return;
        }
        const m = numberText(score.marks);
        expect(e.why.bn.endsWith(` ${m.bn}`)).toBe(true);
        expect(e.why.en.endsWith(` ${m.en}`)).toBe(true);
        expect(e.why.bn).not.toMatch(/NaN|undefined|Infinity|[0-9]/);
      }),
      { numRuns: 5000 },
    );
  });

  test('its percentage times the weight gives the marks, and the tier it names is the tier reached', () => {
    const hits = { worked: 0, named: 0 };
    fc.assert(
      fc.property(input, (i) => {
        const score = scoreIndicator(i);
        if (score.marks === null) return;
        const e = explainScore(i, score);
        const p = PERCENT.exec(e.why.en);
        if (p) {
          hits.worked++;
          const [pct, w, m] = [Number(p[1]), Number(p[2]), Number(p[3])];
          expect(w).toBeCloseTo(i.weight, 4);
          expect(m).toBe(score.marks);
          // The percentage is shown to 2 decimals: × weight it may be off by half a hundredth of a percent.
          expect(Math.abs((pct / 100) * w - m)).toBeLessThanOrEqual(w * 0.00005 + 0.0001);
        }
        if (e.tier !== null && score.percent !== null) {
          // The tier named is the one whose band holds the earned fraction: at least its percent, below the
          // next given tier's (blank tiers widen the band, so only "below the best" is checked in general).
          const k = TIER_NAMES.findIndex((t) => t.en === e.tier!.en);
          expect(score.percent).toBeGreaterThanOrEqual(TIER_PERCENTS[k] - 1e-9);
          if (k > 0) expect(score.percent).toBeLessThan(1);
          hits.named++;
          if (i.rule === 'step') expect(score.percent).toBeCloseTo(TIER_PERCENTS[k], 9);
          // tierReached (APA.TIER) names the same tier, except for flat tiers in a days row, which it reads higher-is-better.
          const values = (i.tiers ?? []).filter((t) => t.kind === 'number').map((t) => (t as { value: number }).value);
          if (!(i.unit === 'days' && new Set(values).size < 2)) expect(e.tier).toEqual(tierReached(i.achievement, i.tiers!, i.rule).label);
        }
      }),
      { numRuns: 5000 },
    );
    // The generator reaches the arithmetic often enough for the property to mean something.
    expect(hits.worked).toBeGreaterThan(600);
    expect(hits.named).toBeGreaterThan(300);
  });

  test('never throws, whatever the figures (NaN, ±Infinity, -0, denormals included)', () => {
    const hostile: fc.Arbitrary<Reading> = fc.oneof(
      reading,
      fc.tuple(anyNumber, fc.boolean()).map(([v, p]) => num(v, p)),
      anyNumber.map(date),
      fc.tuple(anyNumber, fc.array(anyNumber, { maxLength: 3 })).map(([count, dates]): Reading => ({ kind: 'count-date', count, dates })),
    );
    fc.assert(
      fc.property(unit, anyNumber, hostile, fc.option(fc.array(hostile, { maxLength: 5 }), { nil: undefined }), fc.option(hostile, { nil: undefined }), rules, (u, w, a, tiers, target, rule) => {
        const i = { unit: u, weight: w, achievement: a, tiers, target, rule };
        const e = explainScore(i, scoreIndicator(i));
        return typeof e.why.bn === 'string' && typeof e.why.en === 'string';
      }),
      { numRuns: 3000 },
    );
  });
});
