import type { CellValue } from '../grid/types';
import { isCellError } from '../grid/types';

/**
 * Text folded for matching, never for display. Headers are pasted from Word/PDF, so the same meaning
 * arrives as "দাবীকৃত  নম্বর", "<b>দাবিকৃত নম্বর</b>", "**দাবিকৃত\nনম্বর**" or "দাবিকৃত/নম্বর"; all fold to
 * "দাবিকৃত নম্বর". What is folded:
 * - markup: HTML tags (<b>, <br/>, <ul …>), markdown emphasis and escapes (*, #, \)
 * - Bengali digits → ASCII digits (১ম → 1ম)
 * - Unicode NFC, zero-width joiners removed, long vowels ী/ূ folded to ি/ু (দাবীকৃত/দাবিকৃত,
 *   ক্রমপুঞ্জিভূত/ক্রমপুঞ্জীভূত are one word to a clerk)
 * - punctuation (/ , : ; . ( ) [ ] - – — " ' + = | …) → space; '%' is kept as its own token
 * - whitespace and newlines collapsed, trimmed, Latin lowercased.
 * Numbers are written as their text; blanks, booleans and Excel errors fold to ''.
 */
export function normalizeText(value: CellValue | undefined): string {
  if (value === null || value === undefined || typeof value === 'boolean' || isCellError(value)) return '';
  const raw = typeof value === 'number' ? String(value) : (value as string);
  if (raw.length === 0) return '';
  // Tags first (their insides are not text); NFC before the char loop so composed/decomposed য় agree.
  const text = (raw.indexOf('<') >= 0 ? raw.replace(TAG, ' ') : raw).normalize('NFC');
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let ch: string;
    if (code >= 0x09e6 && code <= 0x09ef) ch = String.fromCharCode(48 + code - 0x09e6);
    else if (code === 0x09c0) ch = '\u09bf'; // ী → ি
    else if (code === 0x09c2) ch = '\u09c1'; // ূ → ু
    else if (code === 0x200c || code === 0x200d || code === 0xfeff) continue;
    else if (code === 0x0983 /* ঃ */ && !isBengaliLetter(text.charCodeAt(i + 1))) {
      // Visarga as a colon ("এককঃ", "মোটঃ"): punctuation, not part of the word.
      if (!space && out.length > 0) {
        out += ' ';
        space = true;
      }
      continue;
    }
    else if (code === 0x25 /* % */) {
      if (out.length > 0 && !space) out += ' ';
      out += '%';
      space = true;
      out += ' ';
      continue;
    } else if (SEPARATOR.has(code) || code <= 0x20 || code === 0xa0 || (code >= 0x2000 && code <= 0x206f)) {
      if (!space && out.length > 0) {
        out += ' ';
        space = true;
      }
      continue;
    } else if (code >= 65 && code <= 90) ch = String.fromCharCode(code + 32);
    else ch = text[i];
    out += ch;
    space = false;
  }
  return space ? out.slice(0, -1) : out;
}

const TAG = /<[^>]*>/g;

/** A Bengali letter or sign that continues a word (NaN past the end is not). */
function isBengaliLetter(code: number): boolean {
  return code >= 0x0980 && code <= 0x09ff && !(code >= 0x09e6 && code <= 0x09ef);
}

/** Characters that only separate words in a header (markup and punctuation). */
const SEPARATOR = new Set(
  Array.from('/\\,:;.()[]{}<>"\'`“”‘’|!?=+_-–—*#~^&@$।…●•·', (c) => c.charCodeAt(0)),
);
