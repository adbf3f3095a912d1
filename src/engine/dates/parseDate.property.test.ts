import fc from 'fast-check';
import { HUGE_TEXTS, anyText, bn } from '../../../test/robustness/arbitraries';
import { parseDate } from './parseDate';
import { formatDateBn } from './formatDate';
import { serialFromYMD, ymdFromSerial } from './serial';

// Dates in APA sheets are day-month-year, in any digits and separators. Properties: parseDate never throws and
// answers a whole-day serial or null; formatDateBn → parseDate gives the day back; serial ⇄ y/m/d agree.

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** Valid days 1901-03-01 .. 2099-12-31, where Excel's 1900 leap-year bug no longer matters. */
const ymd = fc
  .record({ y: fc.integer({ min: 1901, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysIn(y, m)) }));

describe('parseDate on any text', () => {
  test('never throws; answers null or a whole-day serial in Excel\'s range', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const v = parseDate(s);
        return v === null || (Number.isInteger(v) && v >= 1 && v <= 2_958_465);
      }),
      { numRuns: 3000 },
    );
  });

  test('30,000-character strings: no throw', () => {
    for (const s of HUGE_TEXTS) {
      const v = parseDate(s);
      expect(v === null || Number.isInteger(v)).toBe(true);
    }
  });
});

describe('serial numbers', () => {
  test('serialFromYMD and ymdFromSerial are inverse, and consecutive days are consecutive serials', () => {
    fc.assert(
      fc.property(ymd, ({ y, m, d }) => {
        const s = serialFromYMD(y, m, d);
        const back = ymdFromSerial(s);
        const next = ymdFromSerial(s + 1);
        const nextOk = d < daysIn(y, m) ? next.d === d + 1 : next.d === 1;
        return back.y === y && back.m === m && back.d === d && nextOk;
      }),
      { numRuns: 2000 },
    );
  });

  test('anchor: 31/07/2024 is serial 45504 (as Excel stores it)', () => {
    expect(serialFromYMD(2024, 7, 31)).toBe(45504);
  });
});

describe('formatDateBn → parseDate', () => {
  test('round-trips every day 1901..2099', () => {
    fc.assert(
      fc.property(ymd, ({ y, m, d }) => {
        const s = serialFromYMD(y, m, d);
        const text = formatDateBn(s);
        return /^[০-৯]{2}\/[০-৯]{2}\/[০-৯]{4}$/.test(text) && parseDate(text) === s;
      }),
      { numRuns: 2000 },
    );
  });

  test('day-month-year in any digits, separators and stray spaces reads as that day', () => {
    fc.assert(
      fc.property(
        ymd,
        fc.constantFrom('/', '-', '.'),
        fc.constantFrom('', ' '),
        fc.boolean(),
        fc.boolean(),
        ({ y, m, d }, sep, space, bengali, pad) => {
          const p = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
          const text = `${p(d)}${sep}${p(m)}${sep}${space}${y}`;
          return parseDate(bengali ? bn(text) : text) === serialFromYMD(y, m, d);
        },
      ),
      { numRuns: 1500 },
    );
  });

  test('day and month joined, the year after a space ("৩১-৭ ২০২৩"), read as that day', () => {
    fc.assert(
      fc.property(ymd, fc.constantFrom('/', '-', '.'), fc.boolean(), fc.boolean(), fc.boolean(), ({ y, m, d }, sep, bengali, pad, short) => {
        const p = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
        const yy = short ? String(y % 100).padStart(2, '0') : String(y);
        const year = short ? 2000 + (y % 100) : y;
        const text = `${p(d)}${sep}${p(m)} ${yy}`;
        return parseDate(bengali ? bn(text) : text) === serialFromYMD(year, m, d);
      }),
      { numRuns: 1500 },
    );
  });

  test('two-digit years 10..40 are 2010..2040 (APA years)', () => {
    fc.assert(
      fc.property(ymd.filter(({ y }) => y >= 2010 && y <= 2040), ({ y, m, d }) => {
        const text = bn(`${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${String(y % 100).padStart(2, '0')}`);
        return parseDate(text) === serialFromYMD(y, m, d);
      }),
      { numRuns: 500 },
    );
  });

  test('impossible days are not dates (never rolled over into the next month)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2099 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const text = bn(`${daysIn(y, m) + 1}/${m}/${y}`);
        return parseDate(text) === null;
      }),
      { numRuns: 300 },
    );
  });
});
