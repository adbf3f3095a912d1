import type { CellValue } from '../grid/types';
import { normalizeText } from './normalizeText';

/**
 * A header cell reduced to its meaning-bearing words: normalizeText, then years and year ranges removed
 * ("প্রকৃত অর্জন* ২০২৩-২৪" → "প্রকৃত অর্জন", "লক্ষ্যমাত্রা/নির্ণায়ক ২০২৪-২৫" → "লক্ষ্যমাত্রা নির্ণায়ক") and
 * percentages removed ("অসাধারণ ১০০%" → "অসাধারণ"). A cell holding only a year range or a percentage
 * becomes ''; use headerPercent / isYearLabel to read those.
 */
export function headerKey(value: CellValue | undefined): string {
  return stripYearsAndPercents(normalizeText(value));
}

/** Same as headerKey for text already normalised. */
export function stripYearsAndPercents(norm: string): string {
  if (norm === '') return '';
  // Fast path: most cells have no 4-digit year and no %.
  if (!YEARISH.test(norm) && norm.indexOf('%') < 0) return norm;
  return norm.replace(YEAR_RANGE, ' ').replace(PERCENT, ' ').replace(SPACES, ' ').trim();
}

/** "২০২৫-২০২৬", "2024-25", "২০২৪": a year label under a grouped header. */
export function isYearLabel(norm: string): boolean {
  return norm !== '' && YEARISH.test(norm) && norm.replace(YEAR_RANGE, '').trim() === '';
}

/** "১০০%" → 100, "৯০ %" → 90; null when the text is not just a percentage. */
export function headerPercent(norm: string): number | null {
  const m = PERCENT_ONLY.exec(norm);
  return m ? Number(m[1]) : null;
}

// normalizeText already turned "২০২৪-২৫" into "2024 25" (punctuation → space).
const YEARISH = /(?:^|\s)(?:19|20)\d\d(?:\s|$)/;
const YEAR_RANGE = /(?:^|\s)(?:19|20)\d\d(?:\s+(?:(?:19|20)\d\d|\d\d))?(?=\s|$)/g;
const PERCENT = /(?:^|\s)\d+(?:\s+\d+)?\s*%/g;
const PERCENT_ONLY = /^(\d+)\s*%$/;
const SPACES = /\s+/g;
