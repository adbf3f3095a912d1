import fc from 'fast-check';
import type { CellValue } from '../../src/engine/grid/types';

/**
 * fast-check generators for what clerks paste into APA workbooks, shared by the property tests beside the
 * engine (src/**\/*.property.test.ts): Bengali and ASCII digits mixed, separators, markup, stray spaces,
 * Bengali words, lone surrogates and other hostile code units.
 */

const BN_DIGITS = '০১২৩৪৫৬৭৮৯';
export const bnDigit = fc.constantFrom(...BN_DIGITS.split(''));
export const asciiDigit = fc.constantFrom(...'0123456789'.split(''));

/** One "token" of a messy cell. */
const piece = fc.oneof(
  { weight: 6, arbitrary: bnDigit },
  { weight: 4, arbitrary: asciiDigit },
  {
    weight: 4,
    arbitrary: fc.constantFrom('.', ',', '-', '+', '%', '/', ' ', '\u00a0', '\t', '\n', ':', '(', ')', 'e', 'E', '—', '–'),
  },
  { weight: 2, arbitrary: fc.constantFrom('<b>', '</b>', '**', '৳', '&nbsp;', '\u200c', '\u200d', '\ufeff') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('জুলাই', 'সেপ্টেম্বর', 'ও', 'টি', 'জন', 'লক্ষ', 'কোটি', 'শতাংশ', 'তারিখ', 'প্রযোজ্য নয়', 'N/A', 'Infinity', 'NaN', 'ই'),
  },
  // Lone surrogates: half a pair, as a broken copy-paste leaves them.
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

/** A string made of messy pieces: what a cell that should hold a figure may hold. */
export const messyText = fc.array(piece, { maxLength: 24 }).map((xs) => xs.join(''));

/** Any string at all, including full-range code points and lone surrogates. */
export const anyText = fc.oneof(
  messyText,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
);

/** 30,000-character strings (Excel's cell limit is 32,767): checked once each, they are slow to generate randomly. */
export const HUGE_TEXTS: string[] = [
  '১'.repeat(30_000),
  '9'.repeat(30_000),
  '১২.'.repeat(10_000),
  `${'০'.repeat(29_998)}%`,
  '১/'.repeat(15_000),
  '-'.repeat(30_000),
  'ক'.repeat(30_000),
  '\ud800'.repeat(30_000),
  ' '.repeat(29_999) + '৫',
  '<b>'.repeat(10_000),
  `১${'.'.repeat(29_998)}২`,
  '৩১/০৭/২০২৪ '.repeat(2_700),
];

/** Every kind of JS number, the awkward ones included. */
export const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, 1e308, -1e308, 2 ** 53, 0.1 + 0.2),
);

export const EXCEL_ERROR_TEXTS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA'];

/** Any value a cell may hold, as adapters hand them to the engine. */
export const anyCellValue: fc.Arbitrary<CellValue> = fc.oneof(
  anyText,
  anyNumber,
  fc.boolean(),
  fc.constant(null),
  fc.oneof(fc.constantFrom(...EXCEL_ERROR_TEXTS), fc.string({ maxLength: 8 })).map((error) => ({ error })),
);

/** Number formats, real and odd. */
export const anyFormat = fc.oneof(
  fc.constantFrom<string | null | undefined>(null, undefined, 'General', '@', '0', '0.00', '0%', '0.00%', 'dd/mm/yyyy', 'd-mmm-yy', 'mm/dd/yyyy', 'yyyy-mm-dd', '[$-445]dd/mm/yyyy', '#,##0', '"৳"#,##0', ';;;'),
  fc.string({ maxLength: 12 }),
);

/** Bengali digits for a non-negative integer or decimal string. */
export function bn(text: string | number): string {
  return String(text).replace(/[0-9]/g, (d) => BN_DIGITS[Number(d)]);
}
