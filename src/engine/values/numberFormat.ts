/**
 * What an Excel number format says about a number: a date, or a percentage (0.97 shown as "97%").
 * Literal text ("..."), escapes (\x), and bracketed parts ([Red], [$-445], [h]) are ignored first.
 */

function formatCode(format: string | null | undefined): string {
  if (!format) return '';
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, ''); // padding and fill instructions
}

/** dd/mm/yyyy, d-mmm-yy, mmm yyyy, [$-445]d/m/yyyy … but not General, h:mm or mm:ss. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  let d = DATE_CACHE.get(format);
  if (d === undefined) {
    if (DATE_CACHE.size >= CACHE_LIMIT) DATE_CACHE.clear();
    d = dateFormat(format);
    DATE_CACHE.set(format, d);
  }
  return d;
}

/**
 * Verdicts memoised by format code: a workbook has a handful of formats and every number cell asks.
 * Bounded so a file of generated formats cannot grow them without end.
 */
const DATE_CACHE = new Map<string, boolean>();
const PERCENT_CACHE = new Map<string, boolean>();
const CACHE_LIMIT = 1000;

function dateFormat(format: string): boolean {
  const code = formatCode(format).toLowerCase();
  if (code === '' || code === 'general' || code === '@') return false;
  if (/[dy]/.test(code)) return true;
  return /m/.test(code) && !/[hs]/.test(code);
}

/** A % outside literals: Excel stores 0.97 and shows 97%. */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  let p = PERCENT_CACHE.get(format);
  if (p === undefined) {
    if (PERCENT_CACHE.size >= CACHE_LIMIT) PERCENT_CACHE.clear();
    p = formatCode(format).includes('%');
    PERCENT_CACHE.set(format, p);
  }
  return p;
}
