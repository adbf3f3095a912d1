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
  const code = formatCode(format).toLowerCase();
  if (code === '' || code === 'general' || code === '@') return false;
  if (/[dy]/.test(code)) return true;
  return /m/.test(code) && !/[hs]/.test(code);
}

/** A % outside literals: Excel stores 0.97 and shows 97%. */
export function isPercentFormat(format: string | null | undefined): boolean {
  return formatCode(format).includes('%');
}
