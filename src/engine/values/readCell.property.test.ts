import fc from 'fast-check';
import { HUGE_TEXTS, anyCellValue, anyFormat, bn } from '../../../test/robustness/arbitraries';
import type { UnitKind } from './types';
import { readCell } from './readCell';

// readCell is where every cell enters scoring: it must answer a well-formed Reading for anything (never throw,
// never a NaN or infinite number, never a silent zero), and percentages must mean the same however written.

const units = fc.constantFrom<UnitKind | null | undefined>(null, undefined, 'count', 'percent', 'date', 'days', 'marks', 'count-date', 'lakh', 'unknown');

function wellFormed(r: ReturnType<typeof readCell>): boolean {
  switch (r.kind) {
    case 'blank':
    case 'na':
      return true;
    case 'number':
      return Number.isFinite(r.value) && typeof r.percent === 'boolean';
    case 'date':
      return Number.isInteger(r.serial) && r.serial >= 1;
    case 'count-date':
      return Number.isFinite(r.count) && r.dates.every((d) => Number.isInteger(d));
    case 'bad':
      return typeof r.raw === 'string' && r.reason.bn.length > 0 && r.reason.en.length > 0;
    default:
      return false;
  }
}

describe('readCell', () => {
  test('any value, any format, any unit: a well-formed Reading, no throw', () => {
    fc.assert(fc.property(anyCellValue, anyFormat, units, (v, f, u) => wellFormed(readCell(v, f, u))), { numRuns: 4000 });
  });

  test('30,000-character cells: well-formed', () => {
    for (const s of HUGE_TEXTS) for (const u of ['count', 'percent', 'date', 'count-date'] as UnitKind[]) expect(wellFormed(readCell(s, null, u))).toBe(true);
  });

  test('non-finite numbers are bad, never a number', () => {
    for (const n of [NaN, Infinity, -Infinity]) {
      for (const f of [null, 'General', '0%', 'dd/mm/yyyy']) expect(readCell(n, f, 'count').kind).toBe('bad');
    }
  });

  test('every Excel error value is bad and keeps its text', () => {
    fc.assert(
      fc.property(fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'), anyFormat, units, (e, f, u) => {
        const r = readCell({ error: e }, f, u);
        return r.kind === 'bad' && r.raw.includes(e);
      }),
      { numRuns: 300 },
    );
  });

  test('a percentage means the same as "৮০%" text, "80%" text, or 0.8 in a % cell', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 2 }), (k, d) => {
        const p = k / 10 ** d; // 0..1000 with up to 2 decimals
        const text = p.toFixed(d);
        const reads = [readCell(`${bn(text)}%`, null, 'percent'), readCell(`${text}%`, null, 'percent'), readCell(p / 100, '0%', 'percent'), readCell(p / 100, '0.00%', null)];
        return reads.every((r) => r.kind === 'number' && r.percent && Math.abs(r.value - p) < 1e-9);
      }),
      { numRuns: 1000 },
    );
  });

  test('numbers in General cells read as themselves; -0 reads as zero', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const r = readCell(n, 'General', 'count');
        return r.kind === 'number' && r.value === n && !r.percent;
      }),
      { numRuns: 1000 },
    );
    const z = readCell(-0, null, 'count');
    expect(z.kind === 'number' && z.value === 0).toBe(true);
  });
});
