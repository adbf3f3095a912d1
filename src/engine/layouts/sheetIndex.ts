import type { CellValue, MergeArea, SheetGrid } from '../grid/types';
import { isCellError } from '../grid/types';
import { normalizeText } from '../text/normalizeText';
import { classifyHeaderCell, type HeaderCell } from './classifyHeaderCell';
import type { HeaderMeaning } from './vocabulary';

/** What the one pass over a sheet learns about a row (0-based sheet columns). */
export interface RowFacts {
  /** Non-blank cells in the whole row. */
  nonBlank: number;
  /** First/last non-blank column, -1 when the row is blank. */
  first: number;
  last: number;
  /** Cells that read as header vocabulary (meanings, tier percentages, year labels). */
  headerMatches: number;
  /** Distinct meanings among them. */
  meanings: number;
  /** "১ ২ ৩ …": the column-numbering row. */
  numbering: boolean;
}

/**
 * One pass over a sheet: row facts for header detection, and cached folded text and merge lookups for
 * the rest of recognition. Nothing here knows about tables.
 */
export class SheetIndex {
  readonly top: number;
  readonly bottom: number;
  private readonly facts: RowFacts[];
  private readonly norm = new Map<string, string>();
  private readonly mergesByRow = new Map<number, MergeArea[]>();

  constructor(readonly sheet: SheetGrid, private readonly headerCache: Map<string, HeaderCell | null> = new Map()) {
    this.top = sheet.originRow;
    this.bottom = sheet.originRow + sheet.values.length - 1;
    for (const m of sheet.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(m);
        else this.mergesByRow.set(r, [m]);
      }
    }
    this.facts = sheet.values.map((cells) => this.rowFacts(cells ?? []));
  }

  /** Facts of a 0-based sheet row (a blank row outside the used range). */
  row(r: number): RowFacts {
    return this.facts[r - this.top] ?? BLANK_ROW;
  }

  value(r: number, c: number): CellValue {
    const row = this.sheet.values[r - this.top];
    if (!row) return null;
    const v = row[c - this.sheet.originCol];
    return v === undefined ? null : v;
  }

  /** Folded text (normalizeText), cached by cell text. */
  text(r: number, c: number): string {
    const v = this.value(r, c);
    if (typeof v !== 'string') return normalizeText(v);
    let t = this.norm.get(v);
    if (t === undefined) {
      t = normalizeText(v);
      this.norm.set(v, t);
    }
    return t;
  }

  isBlank(r: number, c: number): boolean {
    return isBlankValue(this.value(r, c));
  }

  /** The merged area covering a cell, if any. */
  mergeAt(r: number, c: number): MergeArea | null {
    const list = this.mergesByRow.get(r);
    if (!list) return null;
    for (const m of list) if (c >= m.left && c <= m.right) return m;
    return null;
  }

  /**
   * A header cell's classification; a blank cell covered by a merge takes its top-left cell's text
   * (a merged header's text lives only there), when that cell is at or above `fromRow`.
   */
  headerCell(r: number, c: number, fromRow: number): HeaderCell | null {
    let v = this.value(r, c);
    if (isBlankValue(v)) {
      const m = this.mergeAt(r, c);
      if (!m || m.top < fromRow || (m.top === r && m.left === c)) return null;
      v = this.value(m.top, m.left);
    }
    return this.classify(v);
  }

  classify(v: CellValue): HeaderCell | null {
    if (typeof v !== 'string') return typeof v === 'number' ? classifyHeaderCell(v) : null;
    // Long cells are sentences of data, codes ("[১.১] …") and bare figures ("১০৫", "৩১/০৭/২৪") are data:
    // skip them without folding (most cells of a sheet are these).
    if (v.length > MAX_HEADER_CHARS || (isDataLike(v) && !YEAR_LIKE.test(v))) return null;
    let h = this.headerCache.get(v);
    if (h === undefined) {
      h = classifyHeaderCell(v);
      this.headerCache.set(v, h);
    }
    return h;
  }

  private rowFacts(cells: CellValue[]): RowFacts {
    let nonBlank = 0;
    let first = -1;
    let last = -1;
    let headerMatches = 0;
    let seen: HeaderMeaning[] | null = null;
    // The column-numbering row (১ ২ ৩ …): only small whole numbers, mostly each one more than the last (a
    // careless gap or a repeat, numbering from ০ or from the first appended column, still counts).
    let numbering = true;
    let ints = 0;
    let steps = 0;
    let prev = -1;
    let firstInt = -1;
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i];
      if (isBlankValue(v)) continue;
      nonBlank++;
      const c = i + this.sheet.originCol;
      if (first < 0) first = c;
      last = c;
      if (numbering) {
        const k = smallInteger(v);
        if (k === null) numbering = false;
        else {
          if (ints === 0) firstInt = k;
          else if (k === prev + 1) steps++;
          prev = k;
          ints++;
        }
      }
      const h = this.classify(v);
      if (h) {
        headerMatches++;
        if (h.kind === 'meaning') {
          if (!seen) seen = [h.meaning];
          else if (!seen.includes(h.meaning)) seen.push(h.meaning);
        }
      }
    }
    const counts = numbering && ints >= 4 && firstInt <= 2 && steps >= 0.75 * (ints - 1);
    return { nonBlank, first, last, headerMatches, meanings: seen ? seen.length : 0, numbering: counts };
  }
}

export function isBlankValue(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') {
    if (v.length === 0) return true;
    const c = v.charCodeAt(0);
    // Fast path: a visible first character.
    if (c > 0x20 && c !== 0xa0 && c !== 0x200b && c !== 0x200c && c !== 0x200d && c !== 0xfeff) return false;
    return BLANK.test(v);
  }
  return false;
}

/** 0..99 written as a number, "১", "01" or "০১"; else null. */
function smallInteger(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v < 100 ? v : null;
  if (typeof v !== 'string' || isCellError(v)) return null;
  const m = SMALL_INT.exec(v);
  if (!m) return null;
  let n = 0;
  for (const ch of m[1]) {
    const code = ch.charCodeAt(0);
    n = n * 10 + (code >= 0x09e6 ? code - 0x09e6 : code - 48);
  }
  return n;
}

/**
 * /^\s*\[\s*[0-9\u09E6-\u09EF]|^[\s0-9\u09E6-\u09EF.,:/\-–()]*$/ without the regex call (this runs on every
 * non-blank cell of every sheet): "[" and a digit
 * after optional spaces, or nothing but spaces, digits and . , : / - – ( ).
 */
export function isDataLike(v: string): boolean {
  const n = v.length;
  let i = 0;
  while (i < n && isSpaceCode(v.charCodeAt(i))) i++;
  if (i < n && v.charCodeAt(i) === 0x5b /* [ */) {
    let j = i + 1;
    while (j < n && isSpaceCode(v.charCodeAt(j))) j++;
    if (j < n && isDigitCode(v.charCodeAt(j))) return true;
  }
  for (; i < n; i++) {
    const c = v.charCodeAt(i);
    if (isDigitCode(c) || isSpaceCode(c)) continue;
    // . , : / - – ( )
    if (c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f || c === 0x2d || c === 0x2013 || c === 0x28 || c === 0x29) continue;
    return false;
  }
  return true;
}

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x09e6 && c <= 0x09ef);
}

/** The characters of the regex class \s. */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const BLANK = /^[\s\u00a0\u200b-\u200d\ufeff]*$/;
const SMALL_INT = /^\s*\(?\s*([0-9\u09E6-\u09EF]{1,2})\s*\)?\s*$/;
const MAX_HEADER_CHARS = 160;
/** "[১…", or only digits and punctuation without a % (percent labels under tier names are kept). */
/** Year labels ("২০২৫-২০২৬", "2022-23") under a grouped header are header words, though all digits. */
const YEAR_LIKE = /^\s*(?:19|20|১৯|২০)[0-9\u09E6-\u09EF]{2}(?:\s*[-–/]\s*[0-9\u09E6-\u09EF]{2,4})?\s*$/;
const BLANK_ROW: RowFacts = { nonBlank: 0, first: -1, last: -1, headerMatches: 0, meanings: 0, numbering: false };
