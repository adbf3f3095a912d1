import type { Bilingual } from '../report/types';
import type { Reading } from '../values/types';

/** Tier cells reduced to what the arithmetic needs. */
export type TierValues =
  | { mode: 'none' } //                                    no tier holds a value
  | { mode: 'number' | 'date'; values: (number | null)[] } // null = blank or "-" tier
  | { mode: 'bad'; problem: Bilingual };

/**
 * Numbers (a count-and-date tier counts as its count) or dates (serials), never both; an unreadable
 * tier or a mix of dates and numbers is a problem, not a guess.
 */
export function readTiers(tiers: Reading[]): TierValues {
  let numbers = 0;
  let dates = 0;
  const values: (number | null)[] = [];
  for (const t of tiers) {
    switch (t.kind) {
      case 'number':
        numbers++;
        values.push(t.value);
        break;
      case 'count-date':
        numbers++;
        values.push(t.count);
        break;
      case 'date':
        dates++;
        values.push(t.serial);
        break;
      case 'bad':
        return { mode: 'bad', problem: { bn: `লক্ষ্যমাত্রা পড়া যায়নি: ${t.reason.bn}`, en: `a target tier cannot be read: ${t.reason.en}` } };
      default:
        values.push(null);
    }
  }
  if (numbers > 0 && dates > 0) {
    return { mode: 'bad', problem: { bn: 'লক্ষ্যমাত্রায় তারিখ ও সংখ্যা মেশানো', en: 'the target tiers mix dates and numbers' } };
  }
  if (numbers + dates === 0) return { mode: 'none' };
  return { mode: dates > 0 ? 'date' : 'number', values };
}

/**
 * The achievement as a figure comparable with tiers/targets of `mode`: a number (a count-and-date
 * counts its count) or a day (a count-and-date gives its earliest date; a plain number is a day only
 * when it is a plausible serial, 20000..80000). Null when it cannot be compared.
 */
export function achievementFigure(a: Reading, mode: 'number' | 'date'): number | null {
  if (mode === 'number') {
    if (a.kind === 'number') return a.value;
    if (a.kind === 'count-date') return a.count;
    return null;
  }
  if (a.kind === 'date') return a.serial;
  if (a.kind === 'count-date' && a.dates.length > 0) return Math.min(...a.dates);
  if (a.kind === 'number' && a.value >= 20000 && a.value <= 80000) return Math.floor(a.value);
  return null;
}
