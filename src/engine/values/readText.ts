import { findDates } from '../dates/findDates';
import { withoutOrdinals } from '../dates/ordinals';
import { parseNumber } from '../numerals/parseNumber';
import { plainText } from '../numerals/plainText';
import { excelErrorName, excelErrorReason } from './excelErrors';
import { isNotApplicableText } from './notApplicable';
import { REASONS } from './reasons';
import type { Reading, UnitKind } from './types';

/**
 * A text cell read for scoring. Order matters: not-applicable and Excel errors first, then a plain
 * number, a percentage ("৮০%", "৮০ %", "৮০ শতাংশ"), a number with a counting word ("৫০ জন", "৩টি"),
 * then dates (one date, with or without words → date; a count beside dates, or several dates → count-date).
 */
export function readText(raw: string, unit: UnitKind | null): Reading {
  const shown = raw.replace(/\s+/g, ' ').trim();
  const plain = plainText(raw);
  if (plain === '') return { kind: 'blank' };
  if (isNotApplicableText(plain)) return { kind: 'na' };
  const error = excelErrorName(plain);
  if (error !== null) return { kind: 'bad', raw: shown, reason: excelErrorReason(error) };

  const n = parseNumber(plain);
  if (n !== null) return numberReading(n, unit);

  const pct = PERCENT.exec(plain);
  if (pct !== null) {
    const p = parseNumber(pct[1]);
    if (p !== null) return { kind: 'number', value: p, percent: true };
  }

  const counted = COUNTED.exec(plain);
  if (counted !== null) {
    const c = parseNumber(counted[1]);
    const word = counted[2];
    if (c !== null && (word !== 'লক্ষ' || unit === 'lakh')) return { kind: 'number', value: c, percent: false };
  }

  return readDates(raw, shown, unit);
}

/** A date unit makes a plausible serial (1954..2119) a date whatever the format: Excel lost the format. */
export function numberReading(n: number, unit: UnitKind | null): Reading {
  if (unit === 'date' && n >= 20000 && n <= 80000) return { kind: 'date', serial: Math.floor(n) };
  return { kind: 'number', value: n, percent: false };
}

function readDates(raw: string, shown: string, unit: UnitKind | null): Reading {
  const { plain, dates } = findDates(raw);
  if (dates.length === 0) return { kind: 'bad', raw: shown, reason: REASONS.notAFigure(shown) };
  if (dates.some((d) => d.serial === null)) return { kind: 'bad', raw: shown, reason: REASONS.impossibleDate(shown) };
  const serials = dates.map((d) => d.serial as number);

  let rest = '';
  let at = 0;
  for (const d of dates) {
    rest += plain.slice(at, d.start) + ' ';
    at = d.end;
  }
  rest = withoutOrdinals(rest + plain.slice(at));
  const numbers = rest.match(FIGURE) ?? [];
  if (numbers.length > 1) return { kind: 'bad', raw: shown, reason: REASONS.manyFigures(shown) };
  if (numbers.length === 1) return { kind: 'count-date', count: Number(numbers[0]), dates: serials };
  // Several dates are several dated achievements; one date in a count-and-date row is one achievement.
  if (serials.length > 1 || unit === 'count-date') return { kind: 'count-date', count: serials.length, dates: serials };
  return { kind: 'date', serial: serials[0] };
}

const PERCENT = /^(.*?)\s*(?:%|শতাংশ|percent)$/i;
/** "৫০ জন", "৩টি", "২ টা", "৪ সংখ্যা", "২ বার", "১৫ দিন", "২.৫ লক্ষ" (lakh only in a lakh row). */
const COUNTED = /^(.*?)\s*(জন|টি|টা|সংখ্যা|বার|দিন|লক্ষ)$/;
const FIGURE = /(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?![0-9])/g;
