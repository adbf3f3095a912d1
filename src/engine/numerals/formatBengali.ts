import { toBengaliDigits } from './digits';

/**
 * A number written with Bengali digits, as clerks write marks: 4.375 → "৪.৩৭৫", 12 → "১২", 1.5 → "১.৫".
 * Without `decimals` the shortest form after removing float noise (0.1 + 0.2 → "০.৩"); with `decimals`
 * exactly that many places ("১২.০০"). No thousands separators (marks and counts in APA tables have none).
 * Non-finite numbers give '' (there is nothing sensible to write into a cell).
 */
export function formatBengali(n: number, decimals?: number): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '';
  let text: string;
  if (decimals !== undefined && Number.isInteger(decimals) && decimals >= 0 && decimals <= 20) {
    text = n.toFixed(decimals);
  } else {
    // 10 significant decimals kill binary noise without touching any figure an APA table writes.
    const clean = Number(n.toFixed(10));
    text = plainDecimal(clean === 0 ? 0 : clean);
  }
  if (text.charCodeAt(0) === 45 /* - */ && NEGATIVE_ZERO.test(text)) text = text.slice(1);
  return toBengaliDigits(text);
}

/** String(n) without exponent notation (1e21 and 1e-7 stay readable digits). */
function plainDecimal(n: number): string {
  const s = String(n);
  if (!EXPONENT.test(s)) return s;
  return Math.abs(n) >= 1 ? BigInt(Math.round(n)).toString() : n.toFixed(10).replace(/\.?0+$/, '');
}

const NEGATIVE_ZERO = /^-0(\.0*)?$/;
const EXPONENT = /e/i;
