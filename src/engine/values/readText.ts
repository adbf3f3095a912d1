import { findDates, type DateMatch } from '../dates/findDates';
import { impossibleDateReason, impossibleDatesReason } from '../dates/impossibleDate';
import { withoutOrdinals } from '../dates/ordinals';
import { ymdFromSerial } from '../dates/serial';
import { parseNumber } from '../numerals/parseNumber';
import { plainText } from '../numerals/plainText';
import { quoteCell } from '../text/quoteCell';
import { excelErrorName, excelErrorReason } from './excelErrors';
import { isNotApplicableText } from './notApplicable';
import { REASONS } from './reasons';
import type { Reading, UnitClash, UnitKind } from './types';

/**
 * A text cell read for scoring. Order matters: not-applicable and Excel errors first, then a plain
 * number, a percentage ("৮০%", "৮০ %", "৮০ শতাংশ"), a number with a counting word ("৫০ জন", "৩টি"),
 * then dates (one date, with or without words → date; a count beside dates, or several dates → count-date).
 * Where the unit is known, a value of the wrong kind is `bad` with a `clash` (see unitClash): a reading is
 * a pure function of (text, unit), which the reading cache relies on.
 */
export function readText(raw: string, unit: UnitKind | null): Reading {
  const shown = raw.replace(/\s+/g, ' ').trim();
  const plain = plainText(raw);
  if (plain === '') return { kind: 'blank' };
  if (isNotApplicableText(plain)) return { kind: 'na' };
  const error = excelErrorName(plain);
  if (error !== null) return { kind: 'bad', raw: shown, reason: excelErrorReason(error) };

  const n = parseNumber(plain);
  if (n !== null) return numberReading(n, unit, shown);

  const pct = PERCENT.exec(plain);
  if (pct !== null) {
    const p = parseNumber(pct[1]);
    if (p !== null) return percentReading(p, unit, shown, plain);
  }

  const counted = COUNTED.exec(plain);
  if (counted !== null) {
    const c = parseNumber(counted[1]);
    const word = counted[2];
    if (c !== null && (word !== 'লক্ষ' || unit === 'lakh')) return numberReading(c, unit, shown, false);
  }

  return readDates(raw, shown, unit);
}

/**
 * Units that rule out a percentage (apa-rules: "a percentage is a figure only in a % row"). A % row, an
 * unknown unit and a row without a unit keep every reading.
 */
const NO_PERCENT: ReadonlySet<UnitKind | null> = new Set<UnitKind | null>(['count', 'lakh', 'days', 'marks', 'count-date', 'date']);
/** Units whose figures are amounts: a date (or a list of dates without a stated count) contradicts them. */
const AMOUNT: ReadonlySet<UnitKind | null> = new Set<UnitKind | null>(['count', 'lakh', 'days', 'marks']);

/**
 * A plain number. A date unit makes a plausible serial (1954..2119) a date whatever the format: Excel lost
 * the format. Any other number in a date row contradicts the unit, except 0 ("nothing done", as in any row).
 * `serials` is false for a number written with a word ("৫০ জন"): never a serial.
 */
export function numberReading(n: number, unit: UnitKind | null, raw?: string, serials = true): Reading {
  if (unit === 'date') {
    if (serials && n >= 20000 && n <= 80000) return { kind: 'date', serial: Math.floor(n) };
    if (n !== 0) return clash(unit, 'number', raw ?? String(n), raw ?? String(n));
  }
  return { kind: 'number', value: n, percent: false };
}

/**
 * A percentage: a figure in a % row (and where the unit says nothing); in a count, date, days, lakh, marks or
 * count-and-date row it contradicts the unit ("১০০%" for "fully achieved" is not a count). 0% is 0 in any row.
 * `written` is the percentage as written (ASCII digits), for the message.
 */
export function percentReading(p: number, unit: UnitKind | null, raw: string, written: string): Reading {
  if (NO_PERCENT.has(unit)) {
    if (p === 0) return { kind: 'number', value: 0, percent: false };
    return clash(unit!, 'percent', written, raw);
  }
  return { kind: 'number', value: p, percent: true };
}

/**
 * A day (a date-formatted number or a JS Date). In a count-and-date row one date is one dated achievement;
 * in a count, days, lakh or marks row it contradicts the unit.
 */
export function dateReading(serial: number, unit: UnitKind | null, raw?: string): Reading {
  if (unit === 'count-date') return { kind: 'count-date', count: 1, dates: [serial] };
  if (AMOUNT.has(unit)) {
    const { y, m, d } = ymdFromSerial(serial);
    const written = `${pad(d)}/${pad(m)}/${y}`;
    return clash(unit!, 'date', written, raw ?? written);
  }
  return { kind: 'date', serial };
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function clash(unit: UnitKind, found: UnitClash['found'], value: string, raw: string): Reading {
  const c: UnitClash = { unit, found, value };
  return { kind: 'bad', raw, reason: REASONS.unitClash(c), clash: c };
}

function readDates(raw: string, shown: string, unit: UnitKind | null): Reading {
  const { plain, dates } = findDates(raw);
  if (dates.length === 0) return { kind: 'bad', raw: shown, reason: REASONS.notAFigure(shown) };

  let rest = '';
  let at = 0;
  for (const d of dates) {
    rest += plain.slice(at, d.start) + ' ';
    at = d.end;
  }
  rest = withoutOrdinals(rest + plain.slice(at));
  const numbers = rest.match(FIGURE) ?? [];
  if (numbers.length > 1) return { kind: 'bad', raw: shown, reason: REASONS.manyFigures(shown) };
  const stated = numbers.length === 1;

  let impossible: DateMatch[] | null = null;
  const serials: number[] = [];
  for (const d of dates) {
    if (d.serial === null) (impossible ??= []).push(d);
    else serials.push(d.serial);
  }
  if (impossible !== null) {
    const reason = impossibleDatesReason(impossible.map((d) => impossibleDateReason(plain.slice(d.start, d.end), d.y, d.m, d.d)));
    // A stated count is the figure and its dates are evidence: "৪ ও … ৩১/০৪/২০২৪" is still 4 in a row whose
    // marks count achievements. Where the dates are the figure (date rows, no unit), or the count would be
    // the number of dates written (is the impossible one an achievement?), nothing is read: no guess.
    if (stated && (unit === 'count-date' || unit === 'count' || unit === 'lakh' || unit === 'days')) {
      return { kind: 'count-date', count: Number(numbers[0]), dates: serials, impossible: reason };
    }
    return { kind: 'bad', raw: shown, reason };
  }

  if (stated) {
    if (unit === 'marks') return clash(unit, 'date', datesText(plain, dates), shown);
    return { kind: 'count-date', count: Number(numbers[0]), dates: serials };
  }
  if (serials.length > 1) {
    // Several dates are several dated achievements; in a count row without a stated count they are dates
    // where a number belongs (a range "১০/০৭ - ১৫/০৭" would be two).
    if (AMOUNT.has(unit)) return clash(unit!, 'dates', datesText(plain, dates), shown);
    return { kind: 'count-date', count: serials.length, dates: serials };
  }
  // One date in a count-and-date row is one achievement; in a count row it is not a count.
  if (unit === 'count-date') return { kind: 'count-date', count: 1, dates: serials };
  if (AMOUNT.has(unit)) return clash(unit!, 'date', datesText(plain, dates), shown);
  return { kind: 'date', serial: serials[0] };
}

/** The dates of a text as written, from the first to the last (shortened), for a message. */
function datesText(plain: string, dates: DateMatch[]): string {
  return quoteCell(plain.slice(dates[0].start, dates[dates.length - 1].end));
}

const PERCENT = /^(.*?)\s*(?:%|শতাংশ|percent)$/i;
/** "৫০ জন", "৩টি", "২ টা", "৪ সংখ্যা", "২ বার", "১৫ দিন", "২.৫ লক্ষ" (lakh only in a lakh row). */
const COUNTED = /^(.*?)\s*(জন|টি|টা|সংখ্যা|বার|দিন|লক্ষ)$/;
const FIGURE = /(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?![0-9])/g;
