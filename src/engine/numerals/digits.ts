/** Bengali digits ০-৯ are U+09E6..U+09EF; clerks mix them freely with ASCII digits. */

const BN_ZERO = 0x09e6;

/** Replace every Bengali digit with its ASCII digit; everything else is kept. */
export function toAsciiDigits(text: string): string {
  return shiftDigits(text, BN_ZERO, 48);
}

/** Replace every ASCII digit with its Bengali digit; everything else is kept. */
export function toBengaliDigits(text: string): string {
  return shiftDigits(text, 48, BN_ZERO);
}

/**
 * Every digit from..from+9 replaced by to..to+9. Text without such digits is returned as is; otherwise
 * unchanged runs are copied as slices (no string per character).
 */
function shiftDigits(text: string, from: number, to: number): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < from || c > from + 9) continue;
    if (i > run) out += text.slice(run, i);
    out += DIGIT_CHARS[to === BN_ZERO ? c - from + 10 : c - from];
    run = i + 1;
  }
  if (run === 0) return text;
  return run < text.length ? out + text.slice(run) : out;
}

/** '0'..'9' then '০'..'৯'. */
const DIGIT_CHARS = Array.from({ length: 20 }, (_, i) => String.fromCharCode(i < 10 ? 48 + i : BN_ZERO + i - 10));

/** True when the text holds at least one Bengali digit (the table's "digit style"). */
export function hasBengaliDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= BN_ZERO && c <= BN_ZERO + 9) return true;
  }
  return false;
}
