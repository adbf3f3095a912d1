import fc from 'fast-check';
import { anyNumber } from '../../../test/robustness/arbitraries';
import type { MethodKind, Reading } from '../values/types';
import { annualFigure } from './annualFigure';

// The annual figure from the quarters: never throws on any quarter readings, skips blank/na/bad quarters,
// and follows the method (sum, average, latest running total, earliest date).

const methods = fc.constantFrom<MethodKind>('sum', 'average', 'cumulative', 'date');
const num = (value: number): Reading => ({ kind: 'number', value, percent: false });
const anyReading: fc.Arbitrary<Reading> = fc.oneof(
  fc.constant<Reading>({ kind: 'blank' }),
  fc.constant<Reading>({ kind: 'na' }),
  fc.tuple(anyNumber, fc.boolean()).map(([v, p]): Reading => ({ kind: 'number', value: v, percent: p })),
  anyNumber.map((s): Reading => ({ kind: 'date', serial: s })),
  fc.tuple(anyNumber, fc.array(anyNumber, { maxLength: 3 })).map(([count, dates]): Reading => ({ kind: 'count-date', count, dates })),
  fc.constant<Reading>({ kind: 'bad', raw: '#N/A', reason: { bn: 'ত্রুটি', en: 'error' } }),
);
const notReported = fc.constantFrom<Reading>({ kind: 'blank' }, { kind: 'na' });

describe('annualFigure', () => {
  test('never throws on any quarters and method', () => {
    fc.assert(
      fc.property(fc.array(anyReading, { maxLength: 5 }), methods, (qs, m) => {
        const r = annualFigure(qs, m);
        return typeof r === 'object' && r !== null && typeof r.kind === 'string';
      }),
      { numRuns: 3000 },
    );
  });

  test('nothing reported → blank', () => {
    fc.assert(fc.property(fc.array(notReported, { maxLength: 4 }), methods, (qs, m) => annualFigure(qs, m).kind === 'blank'), { numRuns: 300 });
  });

  test('sum and average over the reported quarters only; cumulative takes the latest', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }), { minLength: 4, maxLength: 4 }), (raw) => {
        const qs = raw.map((v) => (v === null ? ({ kind: 'na' } as Reading) : num(v)));
        const reported = raw.filter((v): v is number => v !== null);
        if (reported.length === 0) return annualFigure(qs, 'sum').kind === 'blank';
        const sum = annualFigure(qs, 'sum');
        const avg = annualFigure(qs, 'average');
        const cum = annualFigure(qs, 'cumulative');
        const total = reported.reduce((a, b) => a + b, 0);
        return (
          sum.kind === 'number' && sum.value === total &&
          avg.kind === 'number' && Math.abs(avg.value - total / reported.length) < 1e-9 &&
          cum.kind === 'number' && cum.value === reported[reported.length - 1]
        );
      }),
      { numRuns: 1500 },
    );
  });

  test('date method: the earliest reported date', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 45_000, max: 46_000 }), { nil: null }), { minLength: 1, maxLength: 4 }), (raw) => {
        const qs = raw.map((v) => (v === null ? ({ kind: 'blank' } as Reading) : ({ kind: 'date', serial: v } as Reading)));
        const dates = raw.filter((v): v is number => v !== null);
        const r = annualFigure(qs, 'date');
        return dates.length === 0 ? r.kind === 'blank' : r.kind === 'date' && r.serial === Math.min(...dates);
      }),
      { numRuns: 800 },
    );
  });
});
