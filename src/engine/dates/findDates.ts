import { plainText } from '../numerals/plainText';
import { monthFromName } from './monthNames';
import { isRealDate, serialFromYMD } from './serial';

/** One date written inside a text, found by findDates. Positions index the text's plainText form. */
export interface DateMatch {
  start: number;
  end: number;
  /** The day as an Excel serial; null when the text names an impossible day (31/02/2024, month 13). */
  serial: number | null;
  /** The day, month and year as written (years 20yy when written with two digits): messages name them. */
  y: number;
  m: number;
  d: number;
}

/**
 * Every date written in a cell's text, left to right. Dates are always read day-month-year: "২৭-১২-২০২৩",
 * "৩১/০৭/২৩", "১২.১২.২৪", "১৬-০৩- ২০২৪" (stray spaces), "৩১-৭ ২০২৩" (day-month joined, the year after a
 * space), "৩১ জুলাই, ২০২৩", "৩১শে জুলাই ২০২৩", "31-Jul-23". A four-digit year written first ("২০২৪-০৭-৩১")
 * is year-month-day; a month NAME may come first ("জুলাই ১, ২০২৪", "July 1, 2024") because that cannot be
 * misread. Two-digit years are 20yy. Month-day-year with numbers only is never assumed.
 */
export function findDates(text: string): { plain: string; dates: DateMatch[] } {
  const plain = plainText(text);
  const found: DateMatch[] = [];
  if (!/[0-9]/.test(plain)) return { plain, dates: found };
  collect(plain, YMD, (m) => [+m[1], +m[2], +m[3]], found);
  collect(plain, DMY, (m) => [year(m[3]), +m[2], +m[1]], found);
  collect(plain, DM_SPACE_Y, spacedYear, found);
  collect(plain, NAMED_DMY, (m) => named(m[2], m[1], m[3]), found);
  collect(plain, NAMED_MDY, (m) => named(m[1], m[2], m[3]), found);
  return { plain, dates: pickNonOverlapping(found) };
}

const SEP = String.raw`\s*[-/.]\s*`;
const YMD = new RegExp(String.raw`(?<![0-9])([0-9]{4})${SEP}([0-9]{1,2})${SEP}([0-9]{1,2})(?![0-9])`, 'g');
const DMY = new RegExp(String.raw`(?<![0-9])([0-9]{1,2})${SEP}([0-9]{1,2})${SEP}([0-9]{4}|[0-9]{2})(?![0-9])`, 'g');
/**
 * "৩১-৭ ২০২৩", "৩১/০৭ ২৩": day and month joined by - / or ., the year after spaces. Not the tail of a longer
 * numeric date ("…/৩১/০৭ ২৩") and not followed by another separator and digit (then the "year" is the day of
 * the next date), nor by a letter ("১-২ ২৪জন" is not a date). Being looser than DMY, it only ever names a
 * real day (see spacedYear).
 */
const DM_SPACE_Y = new RegExp(
  String.raw`(?<![0-9]\s*[-/.]\s*)(?<![0-9])([0-9]{1,2})\s*[-/.]\s*([0-9]{1,2})\s+([0-9]{4}|[0-9]{2})(?![0-9A-Za-z\u0980-\u09FF])(?!\s*[-/.]\s*[0-9])`,
  'g',
);
/** Bengali and English day suffixes: ৩১শে, ১লা, ২রা, ৪ঠা, ১৫ই, 1st, 31st. */
const DAY_SUFFIX = String.raw`(?:\s*(?:st|nd|rd|th|শে|লা|রা|ঠা|ই))?`;
/** A whole word of at most 14 letters (month names are shorter): bounded so long texts stay linear. */
const LETTER = String.raw`A-Za-z\u0980-\u09E5\u09F0-\u09FF\u200C\u200D`;
const WORD = String.raw`(?<![${LETTER}])([A-Za-z]{3,9}|[\u0980-\u09E5\u09F0-\u09FF\u200C\u200D]{2,14})(?![${LETTER}])`;
const NAMED_DMY = new RegExp(
  String.raw`(?<![0-9])([0-9]{1,2})${DAY_SUFFIX}[\s\-/.,]*${WORD}\.?[\s\-/.,]*([0-9]{4}|[0-9]{2})(?![0-9])`,
  'gi',
);
const NAMED_MDY = new RegExp(String.raw`${WORD}\.?\s*([0-9]{1,2})(?:st|nd|rd|th)?\s*,?\s*([0-9]{4})(?![0-9])`, 'gi');

/** A candidate [year, month, day]; undefined when the words are not a date at all (not a month name). */
type Candidate = [number, number, number] | undefined;

function collect(plain: string, re: RegExp, read: (m: RegExpExecArray) => Candidate, out: DateMatch[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(plain)) !== null) {
    const c = read(m);
    if (c !== undefined) {
      const [y, mo, d] = c;
      out.push({ start: m.index, end: m.index + m[0].length, serial: ymd(y, mo, d), y, m: mo, d });
    } else {
      re.lastIndex = m.index + 1; // not a date: try again one character on
    }
  }
}

function year(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function ymd(y: number, m: number, d: number): number | null {
  if (y < 1900 || y > 9999 || !isRealDate(y, m, d)) return null;
  return serialFromYMD(y, m, d);
}

/** The spaced form is only a date when it names a real day: "১৫-২০ ৩০" is a range and a number, not a bad date. */
function spacedYear(m: RegExpExecArray): Candidate {
  const y = year(m[3]);
  const mo = +m[2];
  const d = +m[1];
  return ymd(y, mo, d) === null ? undefined : [y, mo, d];
}

function named(word: string, day: string, yearText: string): Candidate {
  const m = monthFromName(word);
  if (m === null) return undefined;
  return [year(yearText), m, Number(day)];
}

/** Overlapping candidates (a named date and a numeric one over the same digits): keep the earliest, then longest. */
function pickNonOverlapping(found: DateMatch[]): DateMatch[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMatch[] = [];
  let end = -1;
  for (const f of found) {
    if (f.start >= end) {
      out.push(f);
      end = f.end;
    }
  }
  return out;
}
