import { MAX_COL, MAX_ROW } from '../limits';
import { columnLetters } from './cellRef';

/**
 * Value conversions that keep grids exactly as the exceljs-based reader gave them (the engine's golden
 * outputs depend on it), and fix what it got wrong (t="d" ISO dates, which it read as the year).
 */

const MS_PER_DAY = 86400000;
/** Days from 1899-12-30 (Excel's 1900-system day 0) to 1970-01-01. */
const EPOCH_SERIAL = 25569;
/** Days from 1899-12-30 to 1904-01-01, the 1904 system's day 0. */
const DAYS_1904 = 1462;
const MAX_DATE_MS = 8.64e15;

/**
 * A date-formatted number as the engine wants it: a 1900-system serial, rounded as a JS Date round trip
 * rounds it (whole milliseconds, then 1e-8 of a day), so 45658 stays 45658. 1904-system serials are
 * moved to the 1900 system.
 */
export function dateSerial(v: number, date1904: boolean): number {
  const ms = Math.round((v - EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY);
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return date1904 ? v + DAYS_1904 : v; // beyond a JS Date (NaN stays NaN)
  return Math.round((ms / MS_PER_DAY + EPOCH_SERIAL) * 1e8) / 1e8;
}

const ISO = /^\s*(-?\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/;
const ISO_TIME = /^\s*T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*$/;

/**
 * A t="d" cell's ISO 8601 text as a 1900-system serial (wall-clock: a zone suffix is ignored, as Excel
 * ignores it), or null when the text is not such a date.
 */
export function isoDateSerial(text: string): number | null {
  const m = ISO.exec(text);
  if (m) {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Math.round(Number(m[7] ?? 0) * 1000));
    if (!Number.isFinite(ms)) return null;
    return Math.round((ms / MS_PER_DAY + EPOCH_SERIAL) * 1e8) / 1e8;
  }
  const t = ISO_TIME.exec(text);
  if (t) return Math.round(((Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0) + Number(t[4] ?? 0)) / 86400) * 1e8) / 1e8;
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Shared formulas: a slave cell's formula is its master's with relative references moved by the offset
// (the same rule exceljs's slideFormula applied, so formula texts stay as they were).

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

function lettersToCol(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 26 + (s.charCodeAt(i) - 64);
  return n - 1;
}

export function slideFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _s: string, addr: string, paren: string | undefined) => {
    if (paren) return match;
    const m = CELL.exec(addr);
    if (!m) return match;
    const colStr = m[2].toUpperCase();
    if (colStr.length > 3 || (colStr.length === 3 && colStr > 'XFD')) return match;
    let col = lettersToCol(colStr);
    let row = parseInt(m[4], 10) - 1;
    if (!m[1]) col += toCol - fromCol;
    if (!m[3]) row += toRow - fromRow;
    if (col < 0 || row < 0 || col > MAX_COL || row > MAX_ROW) return '#REF!';
    return `${sheet ?? ''}${m[1] ?? ''}${columnLetters(col)}${m[3] ?? ''}${row + 1}`;
  });
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * A plain decimal ("-12.375", "4.5E-3") read from bytes with the same result as parseFloat, or NaN when the
 * bytes are anything else (then the caller uses parseFloat). Exact because it only takes the fast path
 * where both the digits (at most 15) and the power of ten (at most 22) are exact doubles, so the one
 * multiplication or division is correctly rounded, as parseFloat's result is.
 */
export function parseDecimalBytes(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  if (i >= end) return NaN;
  let neg = false;
  if (buf[i] === 0x2d) {
    neg = true;
    i++;
  }
  let m = 0;
  let digits = 0;
  let any = false;
  let frac = 0;
  while (i < end) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9) break;
    any = true;
    if (m !== 0 || d !== 0) digits++;
    m = m * 10 + d;
    i++;
  }
  if (i < end && buf[i] === 0x2e) {
    i++;
    while (i < end) {
      const d = buf[i] - 0x30;
      if (d < 0 || d > 9) break;
      any = true;
      if (m !== 0 || d !== 0) digits++;
      m = m * 10 + d;
      frac++;
      i++;
    }
  }
  if (!any || digits > 15) return NaN;
  let exp = 0;
  if (i < end && (buf[i] === 0x65 || buf[i] === 0x45)) {
    i++;
    let eneg = false;
    if (i < end && (buf[i] === 0x2d || buf[i] === 0x2b)) {
      eneg = buf[i] === 0x2d;
      i++;
    }
    let ed = 0;
    while (i < end) {
      const d = buf[i] - 0x30;
      if (d < 0 || d > 9 || ed > 4) return NaN;
      exp = exp * 10 + d;
      ed++;
      i++;
    }
    if (ed === 0) return NaN;
    if (eneg) exp = -exp;
  }
  if (i !== end) return NaN;
  const e = exp - frac;
  let v: number;
  if (m === 0) v = 0;
  else if (e >= 0 && e <= 22) v = m * POW10[e];
  else if (e < 0 && e >= -22) v = m / POW10[-e];
  else return NaN;
  return neg ? -v : v;
}
