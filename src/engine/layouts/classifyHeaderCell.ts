import type { CellValue } from '../grid/types';
import { headerPercent, isYearLabel, stripYearsAndPercents } from '../text/headerKey';
import { normalizeText } from '../text/normalizeText';
import {
  HALF_YEAR_WORDS,
  HEADER_VOCABULARY,
  MAX_HEADER_WORDS,
  QUARTER_ORDINALS,
  QUARTER_MONTHS,
  QUARTER_WORDS,
  type HeaderMeaning,
} from './vocabulary';
import { monthFromName } from '../dates/monthNames';

/** What one header cell says: a meaning, a bare percentage (the 100%/90%… row) or a bare year label. */
export type HeaderCell =
  | { kind: 'meaning'; meaning: HeaderMeaning }
  | { kind: 'percent'; percent: number }
  | { kind: 'year' };

/**
 * Classify one cell against the header vocabulary. null for blanks, data (codes like "[১.১]", "১.১ …",
 * long sentences) and text with no known meaning. Pure and cheap; callers cache by cell text.
 */
export function classifyHeaderCell(value: CellValue): HeaderCell | null {
  if (typeof value === 'number') {
    // A real number under tier names: 1/0.9/… formatted as % or written 100/90/….
    return TIER_NUMBERS.has(value) ? { kind: 'percent', percent: value <= 1 ? Math.round(value * 100) : value } : null;
  }
  if (typeof value !== 'string' || CODE.test(value)) return null;
  return classifyNormalized(normalizeText(value));
}

/** The same, for text already folded by normalizeText. */
export function classifyNormalized(norm: string): HeaderCell | null {
  if (norm === '') return null;
  const percent = headerPercent(norm);
  if (percent !== null) return { kind: 'percent', percent };
  if (isYearLabel(norm)) return { kind: 'year' };
  const key = stripYearsAndPercents(norm);
  if (key === '') return null;
  const meaning = meaningOf(key);
  return meaning ? { kind: 'meaning', meaning } : null;
}

function meaningOf(key: string): HeaderMeaning | null {
  const own = meaningOfKey(key);
  if (own !== null || !LATIN.test(key) || !BENGALI.test(key)) return own;
  // Bilingual templates: "একক (Unit)", "কর্মসম্পাদন সূচক Performance Indicator": each language on its own.
  const words = key.split(' ');
  const bn = words.filter((w) => BENGALI.test(w)).join(' ');
  const en = words.filter((w) => !BENGALI.test(w)).join(' ');
  return meaningOfKey(bn) ?? meaningOfKey(en);
}

const LATIN = /[a-z]/;
const BENGALI = /[\u0980-\u09FF]/;

function meaningOfKey(key: string): HeaderMeaning | null {
  if (key === '') return null;
  const words = key.split(' ');
  const short = words.length <= MAX_HEADER_WORDS;
  const padded = ` ${key} `;
  // Progress columns before the vocabulary: "১ম ত্রৈমাসিক অগ্রগতি" is Q1, not the progress group.
  if (short) {
    const q = quarterOf(words, padded);
    if (q) return q;
  }
  for (const entry of COMPILED) {
    if (entry.exact.has(key)) return entry.meaning;
    if (short) for (const form of entry.contains) if (key.includes(form)) return entry.meaning;
  }
  return null;
}

function quarterOf(rawWords: string[], rawPadded: string): HeaderMeaning | null {
  // "১মত্রৈমাসিক": an ordinal glued to its word.
  const padded = GLUED_ORDINAL.test(rawPadded) ? rawPadded.replace(GLUED_ORDINAL, '$1 ') : rawPadded;
  const words = padded === rawPadded ? rawWords : padded.trim().split(' ');
  if (HALF.some((w) => padded.includes(w))) return 'halfYear';
  // "Quarter-1", "Q 1", "qtr 3".
  const numbered = NUMBERED_QUARTER.exec(padded);
  if (numbered) return (['q1', 'q2', 'q3', 'q4'] as const)[Number(numbered[1]) - 1];
  const months = monthRange(words);
  if (months) return months;
  const hasQuarterWord = QUARTERS.some((w) => padded.includes(w));
  const found: number[] = [];
  QUARTER_ORDINALS.forEach((forms, i) => {
    if (forms.some((f) => words.includes(f))) found.push(i);
  });
  // "অগ্রগতি (১ম+২য়)" names the half-year by its two quarters.
  if (found.length === 2 && found[0] === 0 && found[1] === 1) return 'halfYear';
  if (found.length !== 1) return null;
  const n = found[0];
  const qWord = QUARTER_ORDINALS[n][4];
  if (hasQuarterWord || words.includes(qWord)) return (['q1', 'q2', 'q3', 'q4'] as const)[n];
  return null;
}

/** "জুলাই সেপ্টেম্বর" (folded, years stripped): the quarter or half-year of the fiscal year those months span. */
function monthRange(words: string[]): HeaderMeaning | null {
  if (words.length < 2 || words.length > 4) return null;
  const months: number[] = [];
  for (const w of words) {
    const m = monthFromName(w);
    if (m !== null) months.push(m);
    else if (!RANGE_WORDS.has(w)) return null;
  }
  if (months.length !== 2) return null;
  const hit = QUARTER_MONTHS.find(([from, to]) => from === months[0] && to === months[1]);
  return hit ? hit[2] : null;
}

const RANGE_WORDS = new Set(['থেকে', 'হতে', 'পর্যন্ত', 'to', 'অগ্রগতি', 'অর্জন', 'progress', 'achievement']);
/** "1মত্রৈমাসিক" → "1ম ত্রৈমাসিক" (য় in either encoding). */
const GLUED_ORDINAL = /(\s[1-4](?:ম|\u09AF\u09BC|\u09DF|র্থ))(?=[\u0980-\u09FF])/g;
const NUMBERED_QUARTER = /\s(?:q|qtr|quarter)\s?([1-4])\s/;

/** Data, not header: "[১.১]", "[১.১.১] …", "১.১ নৈতিকতা …". */
const CODE = /^\s*\[?\s*[0-9\u09E6-\u09EF]+\s*[.]\s*[0-9\u09E6-\u09EF]/;
const TIER_NUMBERS = new Set([1, 0.9, 0.8, 0.7, 0.6, 100, 90, 80, 70, 60]);

/** Forms folded once. `contains` is a plain substring test: Bengali words inflect (সূচকসমূহ, অগ্রগতির). */
const COMPILED = HEADER_VOCABULARY.map((e) => ({
  meaning: e.meaning,
  exact: new Set((e.exact ?? []).map((f) => stripYearsAndPercents(normalizeText(f)))),
  contains: (e.contains ?? []).map((f) => stripYearsAndPercents(normalizeText(f))),
}));
const HALF = HALF_YEAR_WORDS.map((w) => normalizeText(w));
const QUARTERS = QUARTER_WORDS.map((w) => normalizeText(w));
