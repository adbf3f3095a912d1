import fc from 'fast-check';
import { anyNumber } from '../../../test/robustness/arbitraries';
import type { TierRule } from '../report/types';
import type { Reading, UnitKind } from '../values/types';
import { scoreIndicator } from './scoreIndicator';

// Marks are what offices are judged on: they must never exceed the indicator's weight, never go below 0,
// and never decrease when the achievement improves — for five falling or rising tiers (interpolated or
// stepped), single targets, date tiers, date targets, প্রাপ্ত নম্বর rows and count-and-date items.

const num = (value: number, percent = false): Reading => ({ kind: 'number', value, percent });
const date = (serial: number): Reading => ({ kind: 'date', serial });
const rules = fc.constantFrom<TierRule>('interpolate', 'step');
/** Weights as APAs write them (০.২৫, ২, ১০): hundredths, so 4-decimal rounding of marks cannot pass the weight. */
const weight = fc.integer({ min: 1, max: 10_000 }).map((k) => k / 100);
const distinct5 = fc.uniqueArray(fc.integer({ min: 1, max: 100_000 }), { minLength: 5, maxLength: 5 });
const falling = distinct5.map((xs) => xs.sort((a, b) => b - a));
const rising = distinct5.map((xs) => xs.sort((a, b) => a - b));
const value = fc.double({ min: 0, max: 200_000, noNaN: true });
const pair = fc.tuple(value, value).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);
const dateTiers = fc.uniqueArray(fc.integer({ min: 44_000, max: 47_000 }), { minLength: 5, maxLength: 5 }).map((xs) => xs.sort((a, b) => a - b));
const dayPair = fc.tuple(fc.integer({ min: 43_000, max: 48_000 }), fc.integer({ min: 43_000, max: 48_000 })).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);

/** Marks as a number (null = not scored); the bound check tolerates float noise only. */
function marksOf(s: ReturnType<typeof scoreIndicator>): number {
  return s.marks ?? 0;
}
function within(s: ReturnType<typeof scoreIndicator>, w: number): boolean {
  return s.marks === null || (Number.isFinite(s.marks) && s.marks >= 0 && s.marks <= w + 1e-9);
}

describe('scoreIndicator never throws and stays within 0..weight', () => {
  /** Readings with any numbers at all: NaN, ±Infinity, -0, denormals (hand-built, as APA.SCORE might pass them). */
  const hostileReading: fc.Arbitrary<Reading> = fc.oneof(
    fc.constant<Reading>({ kind: 'blank' }),
    fc.constant<Reading>({ kind: 'na' }),
    fc.tuple(anyNumber, fc.boolean()).map(([v, p]) => num(v, p)),
    anyNumber.map((s) => date(s)),
    fc.tuple(anyNumber, fc.array(anyNumber, { maxLength: 3 })).map(([count, dates]): Reading => ({ kind: 'count-date', count, dates })),
    fc.constant<Reading>({ kind: 'bad', raw: '১২অ', reason: { bn: 'পড়া যায়নি', en: 'unreadable' } }),
  );
  /** Readings as readCell produces them: finite figures only (it turns NaN/Infinity into 'bad'). */
  const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });
  const readReading: fc.Arbitrary<Reading> = fc.oneof(
    fc.constant<Reading>({ kind: 'blank' }),
    fc.constant<Reading>({ kind: 'na' }),
    fc.tuple(finite, fc.boolean()).map(([v, p]) => num(v === 0 ? 0 : v, p)),
    fc.integer({ min: 1, max: 2_958_465 }).map((s) => date(s)),
    fc.tuple(fc.integer({ min: 0, max: 50 }), fc.array(fc.integer({ min: 1, max: 80_000 }), { maxLength: 3 })).map(([count, dates]): Reading => ({ kind: 'count-date', count, dates })),
    fc.constant<Reading>({ kind: 'bad', raw: '#N/A', reason: { bn: 'ত্রুটি', en: 'error' } }),
  );
  const unit = fc.constantFrom<UnitKind | null>(null, 'count', 'percent', 'date', 'days', 'marks', 'count-date', 'lakh', 'unknown');

  test('never throws on any readings, units and weights (NaN, ±Infinity, -0, denormals included)', () => {
    fc.assert(
      fc.property(unit, anyNumber, hostileReading, fc.option(fc.array(hostileReading, { maxLength: 5 }), { nil: undefined }), fc.option(hostileReading, { nil: undefined }), rules, (u, w, a, tiers, target, rule) => {
        const s = scoreIndicator({ unit: u, weight: w, achievement: a, tiers, target, rule });
        return typeof s.applicable === 'boolean' && (s.marks === null || typeof s.marks === 'number');
      }),
      { numRuns: 3000 },
    );
  });

  test('on readings as cells give them: marks null or within 0..weight, percent within 0..1', () => {
    fc.assert(
      fc.property(unit, weight, readReading, fc.option(fc.array(readReading, { maxLength: 5 }), { nil: undefined }), fc.option(readReading, { nil: undefined }), rules, (u, w, a, tiers, target, rule) => {
        const s = scoreIndicator({ unit: u, weight: w, achievement: a, tiers, target, rule });
        const pct = s.percent === null || (Number.isFinite(s.percent) && s.percent >= 0 && s.percent <= 1 + 1e-12);
        return typeof s.applicable === 'boolean' && within(s, w) && pct;
      }),
      { numRuns: 3000 },
    );
  });
});

describe('marks never decrease when the achievement improves', () => {
  test('count, five falling tiers (higher is better)', () => {
    fc.assert(
      fc.property(falling, weight, pair, rules, (t, w, [lo, hi], rule) => {
        const s = (a: number) => scoreIndicator({ unit: 'count', weight: w, achievement: num(a), tiers: t.map((x) => num(x)), rule });
        const a = s(lo);
        const b = s(hi);
        return within(a, w) && within(b, w) && marksOf(a) <= marksOf(b) + 1e-12;
      }),
      { numRuns: 1500 },
    );
  });

  test('days, five rising tiers (lower is better)', () => {
    fc.assert(
      fc.property(rising, weight, pair, rules, (t, w, [lo, hi], rule) => {
        const s = (a: number) => scoreIndicator({ unit: 'days', weight: w, achievement: num(a), tiers: t.map((x) => num(x)), rule });
        const a = s(lo);
        const b = s(hi);
        return within(a, w) && within(b, w) && marksOf(a) >= marksOf(b) - 1e-12;
      }),
      { numRuns: 1500 },
    );
  });

  test('percent, falling tiers written 100%..60%', () => {
    fc.assert(
      fc.property(weight, fc.tuple(fc.double({ min: 0, max: 150, noNaN: true }), fc.double({ min: 0, max: 150, noNaN: true })), rules, (w, [x, y], rule) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const tiers = [100, 90, 80, 70, 60].map((p) => num(p, true));
        const s = (a: number) => scoreIndicator({ unit: 'percent', weight: w, achievement: num(a, true), tiers, rule });
        return within(s(lo), w) && within(s(hi), w) && marksOf(s(lo)) <= marksOf(s(hi)) + 1e-12;
      }),
      { numRuns: 1000 },
    );
  });

  test('a single target: min(achieved ÷ target, 1) × weight', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), weight, pair, (target, w, [lo, hi]) => {
        const s = (a: number) => scoreIndicator({ unit: 'count', weight: w, achievement: num(a), target: num(target) });
        const a = s(lo);
        const b = s(hi);
        const expected = Math.min(hi / target, 1) * w;
        return within(a, w) && within(b, w) && marksOf(a) <= marksOf(b) + 1e-12 && Math.abs(marksOf(b) - expected) < 1e-3;
      }),
      { numRuns: 1500 },
    );
  });

  test('date tiers (steps): an earlier date never earns less', () => {
    fc.assert(
      fc.property(dateTiers, weight, dayPair, (t, w, [early, late]) => {
        const s = (d: number) => scoreIndicator({ unit: 'date', weight: w, achievement: date(d), tiers: t.map(date) });
        const a = s(early);
        const b = s(late);
        return within(a, w) && within(b, w) && marksOf(a) >= marksOf(b) - 1e-12;
      }),
      { numRuns: 1500 },
    );
  });

  test('a date target: full weight on or before it, else 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 44_000, max: 47_000 }), weight, dayPair, (target, w, [early, late]) => {
        const s = (d: number) => scoreIndicator({ unit: 'date', weight: w, achievement: date(d), target: date(target) });
        const a = s(early);
        const b = s(late);
        const exact = (d: number, m: number) => Math.abs(m - (d <= target ? w : 0)) < 1e-9;
        return marksOf(a) >= marksOf(b) && exact(early, marksOf(a)) && exact(late, marksOf(b));
      }),
      { numRuns: 1000 },
    );
  });

  test('প্রাপ্ত নম্বর (governance rows): min(achievement, weight)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 3000 }).map((k) => k / 100), fc.tuple(fc.double({ min: 0, max: 40, noNaN: true }), fc.double({ min: 0, max: 40, noNaN: true })), (w, [x, y]) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const s = (a: number) => scoreIndicator({ unit: 'marks', weight: w, achievement: num(a) });
        return marksOf(s(lo)) <= marksOf(s(hi)) + 1e-12 && Math.abs(marksOf(s(hi)) - Math.min(hi, w)) < 1e-3 && within(s(hi), w);
      }),
      { numRuns: 1000 },
    );
  });

  test('count and date: more dated achievements never earn less', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), weight, fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 15 }), (target, w, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const cd = (n: number): Reading => ({ kind: 'count-date', count: n, dates: Array.from({ length: n }, (_, i) => 45_500 + 30 * i) });
        const s = (n: number) => scoreIndicator({ unit: 'count-date', weight: w, achievement: cd(n), target: num(target) });
        return within(s(lo), w) && within(s(hi), w) && marksOf(s(lo)) <= marksOf(s(hi)) + 1e-12;
      }),
      { numRuns: 800 },
    );
  });

  test('no achievement scores 0; a "-" row does not apply', () => {
    const tiers = [800, 720, 640, 560, 480].map((x) => num(x));
    const blank = scoreIndicator({ unit: 'count', weight: 5, achievement: { kind: 'blank' }, tiers });
    expect(blank.marks).toBe(0);
    const na = scoreIndicator({ unit: 'count', weight: 5, achievement: { kind: 'na' }, tiers: tiers.map(() => ({ kind: 'na' }) as Reading) });
    expect(na.applicable).toBe(false);
    expect(na.marks).toBeNull();
  });

  test('worked examples from the rules', () => {
    expect(scoreIndicator({ unit: 'count', weight: 5, achievement: num(700), tiers: [800, 720, 640, 560, 480].map((x) => num(x)) }).marks).toBeCloseTo(4.375, 9);
    expect(scoreIndicator({ unit: 'count', weight: 2, achievement: num(3), target: num(4) }).marks).toBeCloseTo(1.5, 9);
  });
});
