import fc from 'fast-check';
import { anyNumber } from '../../../test/robustness/arbitraries';
import { netMarks } from './netMarks';
import { roundMarks } from './roundMarks';

// An annex's net is its total converted to its Section 3 weight; it must stay within 0..weight for any
// total within 0..max, never throw on odd input, and rounding must only remove float noise.

describe('netMarks', () => {
  test('never throws on any numbers (NaN, ±Infinity, -0, denormals)', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, (t, m, w) => {
        const n = netMarks(t, m, w);
        return n === null || typeof n === 'number';
      }),
      { numRuns: 2000 },
    );
  });

  test('any figure a sheet could state: null or a finite number', () => {
    const figure = fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((x) => x === 0 || Math.abs(x) >= 1e-9), fc.constantFrom(0, -0));
    fc.assert(
      fc.property(figure, figure, figure, (t, m, w) => {
        const n = netMarks(t, m, w);
        return n === null || Number.isFinite(n);
      }),
      { numRuns: 2000 },
    );
  });

  test('0 ≤ total ≤ max gives 0 ≤ net ≤ weight, growing with the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 10_000 }).map((k) => k / 100), fc.integer({ min: 50, max: 3000 }).map((k) => k / 100), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (max, w, f, g) => {
        const [lo, hi] = f <= g ? [f, g] : [g, f];
        const a = netMarks(lo * max, max, w);
        const b = netMarks(hi * max, max, w);
        return a !== null && b !== null && a >= 0 && b <= w + 1e-9 && a <= b + 1e-12;
      }),
      { numRuns: 1500 },
    );
  });

  test('no maximum (no applicable indicator): null, not a division by zero', () => {
    expect(netMarks(0, 0, 10)).toBeNull();
  });

  test('worked example: e-governance 29.5 of 50 → 5.9 of 10', () => {
    expect(netMarks(29.5, 50, 10)).toBeCloseTo(5.9, 9);
  });
});

describe('roundMarks', () => {
  test('moves a value by at most half of the 4th decimal, is idempotent, never throws', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const r = roundMarks(x);
        // The documented nudge (relative 1e-12, capped) may move a half-way value one step further: for
        // figures of 1e5 that is 1e-7 beyond half a step, so the bound grows with |x| the same way.
        return Math.abs(r - x) <= 5e-5 + Math.min(Math.abs(x) * 1e-12, 1e-7) + 1e-9 && roundMarks(r) === r;
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(anyNumber, (x) => typeof roundMarks(x) === 'number'), { numRuns: 500 });
  });

  test('kills float noise: sums of tenths come out as written', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 30 }), (tenths) => {
        const sum = tenths.reduce((a, t) => a + t / 10, 0);
        return roundMarks(sum) === tenths.reduce((a, t) => a + t, 0) / 10;
      }),
      { numRuns: 1000 },
    );
  });
});
