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
    // A continuation row holds only header words: tier names, 100%/90%…, years, quarter names.
    if (f.nonBlank === 0 || f.numbering || f.headerMatches < f.nonBlank) break;
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
