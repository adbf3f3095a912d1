/**
 * SpreadsheetML escapes characters XML cannot carry (control characters) as `_xHHHH_` in cell text; a literal
 * "_x…_" is itself escaped as `_x005F_x…_`. Excel and LibreOffice decode them when reading, and so do we.
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text for an XML text node of a cell: &, <, > escaped, characters XML 1.0 forbids as `_xHHHH_`, and "_xHHHH_" itself protected. */
export function encodeCellText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x26) out += '&amp;';
    else if (c === 0x3c) out += '&lt;';
    else if (c === 0x3e) out += '&gt;';
    else if (c === 0x5f && /^_x[0-9A-Fa-f]{4}_/.test(s.slice(i, i + 7))) out += '_x005F_';
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff) out += `_x${c.toString(16).toUpperCase().padStart(4, '0')}_`;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      out += s[i] + s[i + 1];
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += `_x${c.toString(16).toUpperCase()}_`; // a lone surrogate has no UTF-8 form
    else out += s[i];
  }
  return out;
}
