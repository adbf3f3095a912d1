/** Bengali digits ০-৯ are U+09E6..U+09EF; clerks mix them freely with ASCII digits. */

const BN_ZERO = 0x09e6;

/** Replace every Bengali digit with its ASCII digit; everything else is kept. */
export function toAsciiDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= BN_ZERO && c <= BN_ZERO + 9 ? String.fromCharCode(48 + c - BN_ZERO) : text[i];
  }
  return out;
}

/** Replace every ASCII digit with its Bengali digit; everything else is kept. */
export function toBengaliDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= 48 && c <= 57 ? String.fromCharCode(BN_ZERO + c - 48) : text[i];
  }
  return out;
}

/** True when the text holds at least one Bengali digit (the table's "digit style"). */
export function hasBengaliDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= BN_ZERO && c <= BN_ZERO + 9) return true;
  }
  return false;
}
