import type { CellValue } from '../grid/types';
import { isCellError } from '../grid/types';
import { isNotApplicableText } from '../values/notApplicable';
import type { UnitKind } from '../values/types';

/**
 * The unit column (একক) classified. Null for a blank cell (and for "-": a row with no unit states nothing).
 * A unit the engine does not know, or a number typed into the unit cell (a clerk's slip), is 'unknown'.
 * Matching is on words inside the cell, most specific first: "সংখ্যা ও তারিখ" before "সংখ্যা",
 * "সংখ্যা (লক্ষ)" / "লক্ষ টাকা" before "সংখ্যা", "শতকরা হার" as percent.
 */
export function classifyUnit(text: CellValue): UnitKind | null {
  if (text === null || text === undefined) return null;
  if (typeof text !== 'string') return 'unknown'; // numbers, booleans, Excel errors
  if (isCellError(text)) return 'unknown';
  const t = fold(text);
  if (t === '') return null;
  if (isNotApplicableText(t)) return null;
  if (/[0-9০-৯]/.test(t) && !/%/.test(t)) return 'unknown';
  for (const [kind, re] of RULES) if (re.test(t)) return kind;
  return 'unknown';
}

function fold(text: string): string {
  return text
    .replace(/<[^>]*>|\*\*/g, ' ')
    .replace(/\u09AF\u09BC/g, '\u09DF')
    .replace(/\u09C0/g, '\u09BF')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const COUNT = String.raw`(?:সংখ্যা|number|no\.?|count|nos?\.?)`;
const DATE = String.raw`(?:তারিখ|date)`;
const RULES: [UnitKind, RegExp][] = [
  ['count-date', new RegExp(String.raw`${COUNT}.*(?:ও|and|&|,|/|\+).*${DATE}|${DATE}.*(?:ও|and|&|,|/|\+).*${COUNT}`)],
  ['lakh', /লক্ষ|লাখ|lakh|lac\b/],
  ['marks', /প্রাপ্ত নম্বর|নম্বর|marks?\b|score/],
  ['percent', /%|শতকরা|শতাংশ|হার|percent|percentage|rate|ratio/],
  ['date', new RegExp(DATE)],
  ['days', /দিন|কর্মদিবস|days?\b/],
  ['count', new RegExp(String.raw`${COUNT}|জন|টি$|সংখ্যক|quantity|persons?`)],
];
