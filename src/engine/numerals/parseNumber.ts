import { plainText } from './plainText';

/**
 * A plain number written by a clerk: Bengali, ASCII or mixed digits, an optional sign, a decimal point
 * (".৫০", "১২.০০", "১২."), thousands separators in Western ("১,২০০,০০০") or Indian ("১,০০,০০০") grouping,
 * stray spaces and `<b>`/`**` markup around it. Null for anything else — including "৮০%" (percent is
 * the caller's business), "১,২" (a decimal comma would be a guess) and "১২অ".
 */
export function parseNumber(text: string): number | null {
  if (typeof text !== 'string') return null;
  const s = plainText(text);
  const m = NUMBER.exec(s);
  if (m === null) return null;
  const [, sign, intPart, frac] = m;
  if (intPart === '' && (frac === undefined || frac === '')) return null; // "." or "-" alone
  if (intPart.includes(',') && !WESTERN.test(intPart) && !INDIAN.test(intPart)) return null;
  const digits = intPart.replace(/,/g, '') || '0';
  const value = Number(digits + (frac ? '.' + frac : ''));
  if (!Number.isFinite(value)) return null;
  const signed = sign === '-' || sign === '\u2212' ? -value : value;
  return signed === 0 ? 0 : signed; // no -0 in reports
}

/** sign, integer part (digits and commas), fraction. The sign may be separated by a stray space. */
const NUMBER = /^([+\-\u2212])?\s?([0-9][0-9,]*|)(?:\.([0-9]*))?$/;
const WESTERN = /^[0-9]{1,3}(,[0-9]{3})+$/;
const INDIAN = /^[0-9]{1,2}(,[0-9]{2})*,[0-9]{3}$/;
