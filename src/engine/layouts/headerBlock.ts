import type { SheetIndex } from './sheetIndex';

/** The rows and columns of one header (a page-break repeat is read the same way). */
export interface HeaderBlock {
  top: number;
  /** Last row carrying header words (the numbering row excluded). */
  bottom: number;
  /** The column-numbering row (১ ২ ৩ …) right under the header, if any. */
  numberingRow: number | null;
  left: number;
  right: number;
  /** Distinct meanings over the block. */
  meanings: number;
}

/** Headers use one to three rows, plus the tier-percentage row (১০০% ৯০% …) under the tier names. */
const MAX_HEADER_ROWS = 4;
/** A header names at least this many different things (acronym tables have three columns). */
export const MIN_HEADER_MEANINGS = 3;

/**
 * A row that starts a header: two or more different meanings, and at least half of its cells are
 * header words (a data row holds a unit or a label here and there, never mostly header words).
 */
export function isHeaderRow(index: SheetIndex, r: number): boolean {
  const f = index.row(r);
  return f.meanings >= 2 && f.headerMatches * 2 >= f.nonBlank;
}

/** Read the header block starting at row r (which must satisfy isHeaderRow); null when too thin. */
export function readHeaderBlock(index: SheetIndex, r: number): HeaderBlock | null {
  let bottom = r;
  let left = index.row(r).first;
  let right = index.row(r).last;
  while (bottom + 1 <= index.bottom && bottom - r + 1 < MAX_HEADER_ROWS) {
    const f = index.row(bottom + 1);
    // A continuation row holds header words (tier names, 100%/90%…, years, quarter names) and, where a pasted
    // header wrapped its words onto the next row, short fragments ("নম্বর" under "দাবীকৃত", "১ম" under a group).
    if (f.nonBlank === 0 || f.numbering) break;
    if (f.headerMatches < f.nonBlank && !(f.headerMatches >= 1 && onlyHeaderFragments(index, bottom + 1))) break;
    bottom++;
    left = Math.min(left, f.first);
    right = Math.max(right, f.last);
  }
  // Merged header cells reach further right than their text.
  for (let h = r; h <= bottom; h++) {
    for (let c = left; c <= right; c++) {
      const m = index.mergeAt(h, c);
      if (m && m.top === h && m.left === c && m.right > right) right = m.right;
    }
  }
  const next = bottom + 1;
  const numberingRow = next <= index.bottom && index.row(next).numbering ? next : null;
  const seen = new Set<string>();
  for (let h = r; h <= bottom; h++) {
    for (let c = left; c <= right; c++) {
      const cell = index.headerCell(h, c, r);
      if (cell && cell.kind === 'meaning') seen.add(cell.meaning);
    }
  }
  if (seen.size < MIN_HEADER_MEANINGS) return null;
  return { top: r, bottom, numberingRow, left, right, meanings: seen.size };
}

/**
 * Every non-blank cell of the row is a header word or a short fragment of one: at most three words, letters,
 * no figures but an ordinal (১ম, ২য় …) or a year. Data rows hold codes, sentences, figures or labels longer
 * than that, so they never pass.
 */
function onlyHeaderFragments(index: SheetIndex, r: number): boolean {
  const f = index.row(r);
  for (let c = f.first; c <= f.last; c++) {
    if (index.isBlank(r, c)) continue;
    const v = index.value(r, c);
    if (index.classify(v)) continue;
    if (typeof v !== 'string' || v.length > MAX_FRAGMENT_CHARS) return false;
    const t = index.text(r, c);
    if (t === '' || t.split(' ').length > MAX_FRAGMENT_WORDS || !LETTER.test(t)) return false;
    if (DIGIT.test(t.replace(ORDINAL_OR_YEAR, ''))) return false;
  }
  return true;
}

const MAX_FRAGMENT_CHARS = 40;
const MAX_FRAGMENT_WORDS = 3;
const LETTER = /[\u0980-\u09FFa-z]/;
const DIGIT = /[0-9]/;
/** Folded ordinals and years: "1ম", "2য়", "3য়", "4র্থ", "1st" …, "2024". */
const ORDINAL_OR_YEAR = /(?:^|\s)(?:[1-4](?:ম|য়|য়|র্থ|st|nd|rd|th)|(?:19|20)\d\d)(?=\s|$)/g;
