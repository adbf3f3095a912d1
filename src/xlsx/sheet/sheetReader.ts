import type { Bilingual } from '../../engine/report/types';
import type { CellValue, MergeArea } from '../../engine/grid/types';
import { decodeOoxmlEscapes } from '../xml/ooxmlText';
import { decodeText, latin1OrUtf8, parseUintBytes, type Attributes, type XmlHandler } from '../xml/tokenizer';
import { isDateFormat } from '../package/styles';
import { parseRange, parseRefBytes, cellName } from './cellRef';
import { dateSerial, isoDateSerial, parseDecimalBytes, slideFormula } from './cellValues';

/**
 * The SAX handler for one worksheet part: collects the cells the engine needs (value, cached formula result,
 * formula text, number format) row by row, and the merged areas. Everything else in the sheet (columns,
 * views, data validation, conditional formats, drawings …) is skipped without building anything.
 */

export interface SheetContext {
  sharedStrings: string[];
  /** Number format per cell style index. */
  formats: (string | null)[];
  date1904: boolean;
  /** Most cells this sheet may still add (the workbook's remaining budget). */
  maxCells: number;
  maxMerges: number;
}

/**
 * One row's cells as dense arrays from column A (gaps are null), the shape the grid wants, so no second
 * copy is made. A cell is present when it has a value or a formula; `first`/`last` bound the present ones.
 */
export interface RowCells {
  row: number;
  values: CellValue[];
  formats: (string | null)[];
  /** Only for rows with a formula; up to the row's last formula. */
  formulas: (string | null)[] | null;
  first: number;
  last: number;
}

export function isPresent(r: RowCells, c: number): boolean {
  return c < r.values.length && (r.values[c] !== null || (r.formulas !== null && c < r.formulas.length && r.formulas[c] !== null));
}

export class SheetLimitError extends Error {
  constructor(readonly what: 'cells' | 'merges', readonly limit: number) {
    super(`more than ${limit} ${what}`);
    this.name = 'SheetLimitError';
  }
}

const enum T {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
  Date,
}

/** Copied from for each new row (a slice of a packed array is a plain copy). */
const NULLS: null[] = new Array(64).fill(null);

/** The t= attribute's bytes as a cell type ("n", unknown or absent: a number). */
function cellType(b: Uint8Array, s: number, e: number): T {
  const n = e - s;
  const c = b[s];
  if (n === 1) return c === 0x73 ? T.Shared : c === 0x62 ? T.Bool : c === 0x65 ? T.Error : c === 0x64 ? T.Date : T.Number;
  if (n === 3 && c === 0x73 && b[s + 1] === 0x74 && b[s + 2] === 0x72) return T.Str;
  if (n === 9 && c === 0x69 && b[s + 1] === 0x6e && b[s + 6] === 0x53 && b[s + 7] === 0x74 && b[s + 8] === 0x72) return T.Inline;
  return T.Number;
}

export class SheetReader implements XmlHandler {
  wantText = false;
  readonly rows: RowCells[] = [];
  readonly merges: MergeArea[] = [];
  /** Bad things found that do not stop the sheet from being read (a bad shared-string index, a bad merge). */
  readonly notes: Bilingual[] = [];
  cellCount = 0;
  /** Rows came out of order (or repeated): the caller sorts and merges them. */
  unordered = false;
  anyFormula = false;

  private inSheetData = false;
  private inMergeCells = false;
  private row: RowCells | null = null;
  private nextRow = 0;
  private nextCol = 0;
  // The cell being read.
  private inCell = false;
  private cRow = 0;
  private cCol = 0;
  private cType: T = T.Number;
  private cStyle = 0;
  private fSeen = false;
  private fText = '';
  private fType: string | null = null;
  private fSi = -1;
  private fRef = false;
  /** The <v> text: its bytes when it came in one piece (the usual case), a string when in several. */
  private vBuf: Uint8Array | null = null;
  private vStart = 0;
  private vEnd = 0;
  private vCdata = false;
  private vText: string | null = null;
  private isText: string | null = null;
  private tText = '';
  /** Which child's text is being collected: 0 none, 1 <f>, 2 <v>, 3 <t> of an inline string. */
  private collecting = 0;
  private inIs = false;
  private rPh = 0;
  private readonly sharedMasters = new Map<number, { row: number; col: number; text: string }>();
  private lastRowIndex = -1;
  /** Width (last cell + 1) of the previous row with cells, capped: the next row's starting capacity. */
  private width = 0;
  private badSharedString = false;
  private badRef = false;

  constructor(private readonly ctx: SheetContext) {}

  open(name: string, a: Attributes, selfClosing: boolean): void {
    if (this.inCell) {
      this.openInCell(name, a, selfClosing);
      return;
    }
    switch (name) {
      case 'sheetData':
        this.inSheetData = !selfClosing;
        return;
      case 'row':
        if (this.inSheetData) this.openRow(a);
        if (selfClosing) this.row = null;
        return;
      case 'c':
        if (this.inSheetData) this.openCell(a, selfClosing);
        return;
      case 'mergeCells':
        this.inMergeCells = !selfClosing;
        return;
      case 'mergeCell':
        if (this.inMergeCells) this.addMerge(a);
        return;
      default:
        return;
    }
  }

  close(name: string): void {
    if (this.inCell) {
      this.closeInCell(name);
      return;
    }
    if (name === 'sheetData') this.inSheetData = false;
    else if (name === 'row') {
      const r = this.row;
      if (r !== null && r.last >= 0) this.width = r.last < 64 ? r.last + 1 : 0;
      this.row = null;
    }
    else if (name === 'mergeCells') this.inMergeCells = false;
  }

  text(buf: Uint8Array, start: number, end: number, cdata: boolean): void {
    switch (this.collecting) {
      case 1:
        this.fText += decodeText(buf, start, end, !cdata);
        return;
      case 2:
        // Buffers handed to a handler are never modified afterwards: keeping a reference is safe.
        if (this.vBuf === null && this.vText === null) {
          this.vBuf = buf;
          this.vStart = start;
          this.vEnd = end;
          this.vCdata = cdata;
        } else {
          const s = cdata ? latin1OrUtf8(buf, start, end) : decodeText(buf, start, end, true);
          this.vText = (this.vText ?? this.firstV()) + s;
          this.vBuf = null;
        }
        return;
      case 3:
        this.tText += decodeText(buf, start, end, !cdata);
        return;
      default:
        return;
    }
  }

  private firstV(): string {
    const b = this.vBuf!;
    return this.vCdata ? latin1OrUtf8(b, this.vStart, this.vEnd) : decodeText(b, this.vStart, this.vEnd, true);
  }

  /** The <v> text as a string, or null when the cell has none. */
  private vString(): string | null {
    if (this.vText !== null) return this.vText;
    return this.vBuf === null ? null : this.firstV();
  }

  /** The <v> text as parseFloat reads it, from the bytes when they are a plain decimal. */
  private vNumber(): number {
    if (this.vText === null && this.vBuf !== null && !this.vCdata) {
      const n = parseDecimalBytes(this.vBuf, this.vStart, this.vEnd);
      if (n === n) return n;
    }
    return parseFloat(this.vString() ?? '');
  }

  private openRow(a: Attributes): void {
    const r = a.getUint('r');
    const row = r >= 1 && r <= 1048576 ? r - 1 : this.nextRow;
    if (row <= this.lastRowIndex) this.unordered = true;
    this.lastRowIndex = row;
    this.nextRow = row + 1;
    this.nextCol = 0;
    // Rows of a table have the same width: start this one at the last one's, so arrays rarely regrow.
    const w = this.width;
    this.row = { row, values: w > 0 ? (NULLS.slice(0, w) as CellValue[]) : [], formats: w > 0 ? (NULLS.slice(0, w) as (string | null)[]) : [], formulas: null, first: -1, last: -1 };
    this.rows.push(this.row);
  }

  private openCell(a: Attributes, selfClosing: boolean): void {
    let row = this.row ? this.row.row : this.nextRow;
    let col = this.nextCol;
    const k = a.indexOf('r');
    if (k >= 0) {
      const ref = parseRefBytes(a.buf, a.valueStart(k), a.valueEnd(k));
      if (ref >= 0) {
        row = Math.floor(ref / 16384);
        col = ref % 16384;
      } else if (!this.badRef) {
        this.badRef = true;
        this.notes.push({ bn: `ঘরের ঠিকানা "${a.valueAt(k)}" পড়া যায়নি; ঘরটি বাদ পড়েছে`, en: `a cell address "${a.valueAt(k)}" could not be read; the cell was left out` });
        return;
      } else return;
    }
    if (col > 16383) return;
    this.nextCol = col + 1;
    if (selfClosing) return; // <c r="A1" s="3"/>: a styled blank, nothing the engine reads
    this.inCell = true;
    this.cRow = row;
    this.cCol = col;
    const s = a.getUint('s');
    this.cStyle = s > 0 ? s : 0;
    this.cType = T.Number;
    const tk = a.indexOf('t');
    if (tk >= 0) this.cType = cellType(a.buf, a.valueStart(tk), a.valueEnd(tk));
    this.fSeen = false;
    this.fText = '';
    this.fType = null;
    this.fSi = -1;
    this.fRef = false;
    this.vText = null;
    this.vBuf = null;
    this.isText = null;
    this.inIs = false;
    this.rPh = 0;
  }

  private openInCell(name: string, a: Attributes, selfClosing: boolean): void {
    if (name === 'f') {
      this.fSeen = true;
      this.fType = a.get('t');
      this.fSi = a.getUint('si');
      this.fRef = a.indexOf('ref') >= 0;
      if (!selfClosing) this.collect(1);
    } else if (name === 'v') {
      if (!selfClosing) this.collect(2);
    } else if (name === 'is') {
      this.inIs = !selfClosing;
    } else if (this.inIs) {
      if (name === 'rPh') {
        if (!selfClosing) this.rPh++;
      } else if (name === 't' && this.rPh === 0 && !selfClosing) {
        this.tText = '';
        this.collect(3);
      }
    }
  }

  private collect(what: number): void {
    this.collecting = what;
    this.wantText = true;
  }

  private closeInCell(name: string): void {
    switch (name) {
      case 'f':
      case 'v':
        this.collecting = 0;
        this.wantText = false;
        return;
      case 't':
        if (this.collecting === 3) {
          this.collecting = 0;
          this.wantText = false;
          this.isText = (this.isText ?? '') + decodeOoxmlEscapes(this.tText);
        }
        return;
      case 'rPh':
        if (this.inIs) this.rPh--;
        return;
      case 'is':
        this.inIs = false;
        return;
      case 'c':
        this.inCell = false;
        this.collecting = 0;
        this.wantText = false;
        this.finishCell();
        return;
      default:
        return;
    }
  }

  private finishCell(): void {
    const fmt = this.cStyle < this.ctx.formats.length ? this.ctx.formats[this.cStyle] : null;
    let value: CellValue = null;
    let formula: string | null = null;
    const isFormula = this.fSeen && (this.fText !== '' || this.fType !== null);
    const hasV = this.vBuf !== null || this.vText !== null;
    if (isFormula) {
      formula = this.formulaText();
      if (hasV && (this.vText === null || this.vText !== '') && (this.vBuf === null || this.vEnd > this.vStart)) {
        if (this.cType === T.Number) {
          value = this.vNumber();
          if (isDateFormat(fmt)) value = dateSerial(value, this.ctx.date1904);
        } else value = this.typedValue(this.vString()!, fmt);
      }
    } else if (this.cType === T.Inline && this.isText !== null) {
      value = this.isText;
    } else if (hasV) {
      if (this.cType === T.Number) {
        value = this.vNumber();
        if (isDateFormat(fmt)) value = dateSerial(value, this.ctx.date1904);
      } else if (this.cType === T.Shared && this.vText === null && !this.vCdata) {
        const i = parseUintBytes(this.vBuf!, this.vStart, this.vEnd);
        value = i >= 0 && i < this.ctx.sharedStrings.length ? this.ctx.sharedStrings[i] : this.sharedString(this.vString()!);
      } else value = this.typedValue(this.vString()!, fmt);
    }
    if (value === null && formula === null) return;
    if (++this.cellCount > this.ctx.maxCells) throw new SheetLimitError('cells', this.ctx.maxCells);
    let row = this.row;
    if (row === null || row.row !== this.cRow) {
      // A cell outside any <row> (or whose address names another row): give it its own row record.
      if (this.cRow <= this.lastRowIndex) this.unordered = true;
      this.lastRowIndex = Math.max(this.lastRowIndex, this.cRow);
      row = { row: this.cRow, values: [], formats: [], formulas: null, first: -1, last: -1 };
      this.rows.push(row);
      if (this.row !== null) this.row = row;
    }
    const c = this.cCol;
    const values = row.values;
    const formats = row.formats;
    while (values.length < c) {
      values.push(null);
      formats.push(null);
    }
    values[c] = value;
    formats[c] = fmt;
    if (row.first < 0 || c < row.first) row.first = c;
    if (c > row.last) row.last = c;
    if (formula !== null) {
      this.anyFormula = true;
      const f = (row.formulas ??= []);
      while (f.length < c) f.push(null);
      f[c] = formula;
    } else if (row.formulas !== null && c < row.formulas.length) row.formulas[c] = null;
  }

  /** A non-number cell's value from its <v> text. */
  private typedValue(v: string, fmt: string | null): CellValue {
    switch (this.cType) {
      case T.Shared:
        return this.sharedString(v);
      case T.Str:
      case T.Inline:
        return v;
      case T.Bool:
        return parseInt(v, 10) !== 0;
      case T.Error:
        return { error: v };
      case T.Date:
        return isoDateSerial(v) ?? v;
      default: {
        const n = parseFloat(v);
        return isDateFormat(fmt) ? dateSerial(n, this.ctx.date1904) : n;
      }
    }
  }

  private formulaText(): string {
    if (this.fText !== '') {
      if (this.fType === 'shared' && this.fRef && this.fSi >= 0) this.sharedMasters.set(this.fSi, { row: this.cRow, col: this.cCol, text: this.fText });
      return '=' + this.fText;
    }
    if (this.fType === 'shared') {
      const m = this.sharedMasters.get(this.fSi);
      if (m) return '=' + slideFormula(m.text, m.row, m.col, this.cRow, this.cCol);
    }
    // A formula whose text lives elsewhere (a shared formula without its master, a data table): still a formula.
    return '=';
  }

  private sharedString(v: string): CellValue {
    const i = parseInt(v, 10);
    return this.sharedAt(i, v);
  }

  private sharedAt(i: number, v: string): CellValue {
    const s = i >= 0 ? this.ctx.sharedStrings[i] : undefined;
    if (s !== undefined) return s;
    if (!this.badSharedString) {
      this.badSharedString = true;
      const at = cellName(this.cRow, this.cCol);
      this.notes.push({ bn: `${at} ঘরের লেখা (শেয়ার্ড স্ট্রিং ${v}) ফাইলে নেই; ঘরটি খালি ধরা হয়েছে`, en: `the text of cell ${at} (shared string ${v}) is missing from the file; the cell was read as blank` });
    }
    return null;
  }

  private addMerge(a: Attributes): void {
    const ref = a.get('ref');
    const m = ref === null ? null : parseRange(ref);
    if (m === null) {
      this.notes.push({ bn: `একীভূত ঘরের পরিসর "${ref ?? ''}" পড়া যায়নি; বাদ দেওয়া হয়েছে`, en: `a merged range "${ref ?? ''}" could not be read; ignored` });
      return;
    }
    if (this.merges.length >= this.ctx.maxMerges) throw new SheetLimitError('merges', this.ctx.maxMerges);
    this.merges.push(m);
  }
}
