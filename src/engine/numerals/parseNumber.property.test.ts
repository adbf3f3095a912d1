import fc from 'fast-check';
import { HUGE_TEXTS, anyText, asciiDigit, bn, bnDigit } from '../../../test/robustness/arbitraries';
import { parseNumber } from './parseNumber';
import { formatBengali } from './formatBengali';

// Properties, not examples: whatever a clerk pastes, parseNumber answers a finite number or null (never
// throws, never NaN/Infinity), and formatBengali's output always reads back as the number it shows.

describe('parseNumber on any text', () => {
  test('never throws; answers null or a finite number', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = parseNumber(s);
        return n === null || (typeof n === 'number' && Number.isFinite(n));
      }),
      { numRuns: 3000 },
    );
  });

  test('30,000-character strings: no throw, no Infinity', () => {
    for (const s of HUGE_TEXTS) {
      const n = parseNumber(s);
      expect(n === null || Number.isFinite(n)).toBe(true);
    }
  });

  test('Bengali, ASCII and mixed digits read the same', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(bnDigit, asciiDigit, fc.boolean()), { minLength: 1, maxLength: 9 }), (ds) => {
        const ascii = ds.map(([, a]) => a).join('');
        const bengali = bn(ascii);
        const mixed = ds.map(([, a, useBn], i) => (useBn ? bengali[i] : a)).join('');
        const want = Number(ascii);
        return parseNumber(ascii) === want && parseNumber(bengali) === want && parseNumber(mixed) === want;
      }),
      { numRuns: 500 },
    );
  });

  test('stray spaces and <b>/** markup around a number do not change it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(['', ''], [' ', ' '], ['<b>', '</b>'], ['**', '**'], ['  <b>', '</b> ']),
        (k, d, [pre, post]) => {
          const x = k / 10 ** d;
          return parseNumber(`${pre}${bn(x.toFixed(d))}${post}`) === Number(x.toFixed(d));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a trailing % is not a plain number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (k) => parseNumber(`${bn(k)}%`) === null),
      { numRuns: 200 },
    );
  });
});

describe('formatBengali', () => {
  test('never throws on any number, NaN/Infinity/-0 included, and writes no ASCII digit', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e21, 1e-7, Number.MAX_VALUE)),
        fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
        (n, d) => {
          const s = formatBengali(n, d);
          return typeof s === 'string' && !/[0-9]/.test(s);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('round-trips through parseNumber at the stated decimals', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 6 }),
        (n, d) => {
          const back = parseNumber(formatBengali(n, d));
          // Within half a unit of the last stated decimal (plus float noise), whatever the rounding mode.
          return back !== null && Math.abs(back - n) <= 0.5 * 10 ** -d + 1e-9 * Math.max(1, Math.abs(n));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('with fixed decimals it writes exactly that many', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 6 }), (n, d) => {
        const s = formatBengali(n, d);
        const m = /[.]([০-৯]+)$/.exec(s);
        return m !== null && m[1].length === d;
      }),
      { numRuns: 1000 },
    );
  });

  test('marks as tables write them (up to 4 decimals) come back exactly without stating decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), (k, d) => {
        const x = k / 10 ** d;
        return parseNumber(formatBengali(x)) === x;
      }),
      { numRuns: 2000 },
    );
  });

  test('-0 reads back as zero', () => {
    expect(parseNumber(formatBengali(-0))).toBe(0);
    expect(parseNumber(formatBengali(-0, 2))).toBe(0);
  });
});
