import type { MergeArea } from '../../engine/grid/types';
import { MAX_COL } from '../limits';
import { encodeCellText } from '../xml/ooxmlText';
import { XmlTokenizer, type Attributes, type XmlHandler } from '../xml/tokenizer';
import { cellName, parseRange, parseRefBytes } from './cellRef';
import { coveredCells } from './mergeSweep';

/**
 * The fill writer's edit of one worksheet part: only the <c> elements of the filled cells change (a blank
 * cell gets a value, keeping its attributes and style; a missing cell is created in column order, a missing
 * row in row order), and <dimension> grows if a filled cell lies outside it. Every other byte of the part is
 * copied as it was. A cell is filled only when it is still blank (no value, no formula, no inline text) and
 * not covered by a merge.
 */

export interface CellWrite {
  row: number;
  col: number;
  value: number | string;
}

export type WriteOutcome = 'written' | 'not-blank' | 'merged';

interface CellSeen {
  col: number;
  /** Start tag [start, end); for a self-closing cell `end` is the end of the element too. */
  tagStart: number;
  tagEnd: number;
  selfClosing: boolean;
  /** Where the element ends (after </c>). */
  end: number;
  /** Byte range of the `t` attribute to drop, with its leading space; -1 when absent. */
  tFrom: number;
  tTo: number;
  blank: boolean;
  /** Child elements to drop when filling (an empty <v/>). */
  drop: [number, number][];
}

interface RowSeen {
  row: number;
  tagEnd: number;
  selfClosing: boolean;
  /** Position of </row> (for a self-closing row: where "/>" starts). */
  closeStart: number;
  style: number;
  cells: CellSeen[];
}

/** Scans the sheet for what the patch needs: only rows holding a target are recorded in detail. */
class Planner implements XmlHandler {
  wantText = false;
  prefix = '';
  sheetDataOpenEnd = -1;
  sheetDataSelfClosing: [number, number] | null = null;
  sheetDataClose = -1;
  dimension: { from: number; to: number; area: MergeArea | null } | null = null;
  readonly merges: MergeArea[] = [];
  readonly cols: { min: number; max: number; style: number }[] = [];
  readonly rows = new Map<number, RowSeen>();
  /** For each target row not present: the position before which it must be inserted. */
  readonly rowInsertAt = new Map<number, number>();
  private pendingRows: number[];
  private inSheetData = false;
  private row: RowSeen | null = null;
  private nextRow = 0;
  private nextCol = 0;
  private cell: CellSeen | null = null;
  private vStart = -1;
  private inMergeCells = false;

  constructor(
    private readonly t: () => XmlTokenizer,
    private readonly targetRows: Set<number>,
  ) {
    this.pendingRows = [...targetRows].sort((a, b) => a - b);
  }

  open(name: string, a: Attributes, selfClosing: boolean, depth: number): void {
    const tok = this.t();
    if (this.cell) {
      if (name === 'v') {
        if (selfClosing) this.cell.drop.push([tok.tokenStart, tok.tokenEnd]);
        else {
          this.vStart = tok.tokenStart;
          this.wantText = true;
        }
      } else if (name === 'f' || name === 'is') this.cell.blank = false;
      return;
    }
    if (depth === 2 && name === 'sheetData') {
      // The element's prefix ("x:" in <x:sheetData>) is what new rows and cells must use too.
      this.prefix = prefixOf(a.buf, tok.tokenStart);
      if (selfClosing) this.sheetDataSelfClosing = [tok.tokenStart, tok.tokenEnd];
      else {
        this.inSheetData = true;
        this.sheetDataOpenEnd = tok.tokenEnd;
      }
      return;
    }
    if (depth === 2 && name === 'dimension') {
      const k = a.indexOf('ref');
      if (k >= 0) this.dimension = { from: a.valueStart(k), to: a.valueEnd(k), area: parseRange(a.valueAt(k)) };
      return;
    }
    if (depth === 3 && name === 'col') {
      const min = a.getUint('min');
      const max = a.getUint('max');
      const style = a.getUint('style');
      if (min >= 1 && max >= min && style > 0) this.cols.push({ min: min - 1, max: Math.min(max - 1, MAX_COL), style });
      return;
    }
    if (name === 'mergeCells') {
      this.inMergeCells = !selfClosing;
      return;
    }
    if (name === 'mergeCell' && this.inMergeCells) {
      const ref = a.get('ref');
      const m = ref === null ? null : parseRange(ref);
      if (m) this.merges.push(m);
      return;
    }
    if (!this.inSheetData) return;
    if (name === 'row' && depth === 3) {
      const r = a.getUint('r');
      const row = r >= 1 && r <= 1048576 ? r - 1 : this.nextRow;
      this.nextRow = row + 1;
      this.nextCol = 0;
      while (this.pendingRows.length > 0 && this.pendingRows[0] < row) {
        const t = this.pendingRows.shift()!;
        if (!this.rows.has(t) && !this.rowInsertAt.has(t)) this.rowInsertAt.set(t, tok.tokenStart);
      }
      if (this.pendingRows.length > 0 && this.pendingRows[0] === row) this.pendingRows.shift();
      if (this.targetRows.has(row) && !this.rows.has(row)) {
        const custom = a.get('customFormat');
        const s = a.getUint('s');
        this.row = {
          row,
          tagEnd: tok.tokenEnd,
          selfClosing,
          closeStart: selfClosing ? tok.tokenEnd - 2 : -1,
          style: (custom === '1' || custom === 'true') && s > 0 ? s : -1,
          cells: [],
        };
        this.rows.set(row, this.row);
        if (selfClosing) this.row = null;
      } else this.row = null;
      return;
    }
    if (name === 'c' && depth === 4) {
      let col = this.nextCol;
      const k = a.indexOf('r');
      if (k >= 0) {
        const ref = parseRefBytes(a.buf, a.valueStart(k), a.valueEnd(k));
        if (ref >= 0) col = ref % 16384;
      }
      this.nextCol = col + 1;
      if (!this.row) return;
      const tk = a.indexOf('t');
      let tFrom = -1;
      let tTo = -1;
      if (tk >= 0) {
        tTo = a.valueEnd(tk) + 1;
        const buf = a.buf;
        let i = a.nameStartAt(tk);
        while (i > 0 && (buf[i - 1] === 0x20 || buf[i - 1] === 0x09 || buf[i - 1] === 0x0a || buf[i - 1] === 0x0d)) i--;
        tFrom = i;
      }
      const cell: CellSeen = { col, tagStart: tok.tokenStart, tagEnd: tok.tokenEnd, selfClosing, end: tok.tokenEnd, tFrom, tTo, blank: true, drop: [] };
      this.row.cells.push(cell);
      if (!selfClosing) this.cell = cell;
    }
  }

  close(name: string, depth: number): void {
    const tok = this.t();
    if (this.cell) {
      if (name === 'v' && this.vStart >= 0) {
        this.cell.drop.push([this.vStart, tok.tokenEnd]);
        this.vStart = -1;
        this.wantText = false;
      } else if (name === 'c' && depth === 4) {
        this.cell.end = tok.tokenEnd;
        this.cell = null;
      }
      return;
    }
    if (name === 'row' && depth === 3 && this.row) {
      this.row.closeStart = tok.tokenStart;
      this.row = null;
    } else if (name === 'sheetData' && depth === 2) {
      this.inSheetData = false;
      this.sheetDataClose = tok.tokenStart;
      for (const t of this.pendingRows) if (!this.rows.has(t) && !this.rowInsertAt.has(t)) this.rowInsertAt.set(t, tok.tokenStart);
      this.pendingRows = [];
    } else if (name === 'mergeCells') this.inMergeCells = false;
  }

  text(buf: Uint8Array, start: number, end: number): void {
    // Text inside <v>: a value (whitespace-only text is no value).
    if (this.cell && this.vStart >= 0) {
      for (let i = start; i < end; i++) {
        const b = buf[i];
        if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) {
          this.cell.blank = false;
          return;
        }
      }
    }
  }
}

/** "x:" for <x:sheetData …>, "" without a prefix. */
function prefixOf(buf: Uint8Array, tagStart: number): string {
  let end = tagStart + 1;
  while (end < buf.length && buf[end] !== 0x3a && buf[end] !== 0x20 && buf[end] !== 0x3e && buf[end] !== 0x2f && buf[end] !== 0x0a && buf[end] !== 0x09 && buf[end] !== 0x0d) end++;
  if (buf[end] !== 0x3a) return '';
  let s = '';
  for (let i = tagStart + 1; i <= end; i++) s += String.fromCharCode(buf[i]);
  return s;
}

interface Edit {
  at: number;
  del: number;
  insert: string;
}

const encoder = new TextEncoder();

/**
 * The patched part and the outcome of each write (same order as `writes`). The part is tokenized whole, so
 * the tokenizer's positions are byte offsets into `xml`.
 */
export function patchSheet(xml: Uint8Array, writes: CellWrite[], maxDepth: number): { xml: Uint8Array; outcomes: WriteOutcome[] } {
  let tokenizer: XmlTokenizer | null = null;
  const planner = new Planner(() => tokenizer!, new Set(writes.map((w) => w.row)));
  tokenizer = new XmlTokenizer(planner, { maxDepth, maxTokenBytes: Math.max(xml.length, 1) });
  tokenizer.write(xml);
  tokenizer.end();

  const covered = coveredCells(planner.merges, writes);
  const outcomes: WriteOutcome[] = new Array(writes.length);
  const edits: Edit[] = [];
  const P = planner.prefix;
  const seen = new Set<string>();
  /** New cells per existing row, and new rows, both collected first so each insertion point gets one edit in order. */
  const intoRows = new Map<RowSeen, CellWrite[]>();
  const newRows = new Map<number, CellWrite[]>();
  let dim = planner.dimension?.area ?? null;
  let dimGrew = false;

  const order = writes.map((_, i) => i).sort((a, b) => writes[a].row - writes[b].row || writes[a].col - writes[b].col || a - b);
  for (const i of order) {
    const w = writes[i];
    const key = `${w.row},${w.col}`;
    if (covered[i]) {
      outcomes[i] = 'merged';
      continue;
    }
    const row = planner.rows.get(w.row);
    const existing = row?.cells.find((c) => c.col === w.col);
    if (seen.has(key) || (existing && !existing.blank)) {
      outcomes[i] = 'not-blank';
      continue;
    }
    seen.add(key);
    outcomes[i] = 'written';
    if (dim && !(w.row >= dim.top && w.row <= dim.bottom && w.col >= dim.left && w.col <= dim.right)) {
      dim = { top: Math.min(dim.top, w.row), left: Math.min(dim.left, w.col), bottom: Math.max(dim.bottom, w.row), right: Math.max(dim.right, w.col) };
      dimGrew = true;
    }
    if (existing) edits.push(...fillExisting(xml, existing, w, P));
    else if (row) intoRows.set(row, [...(intoRows.get(row) ?? []), w]);
    else newRows.set(w.row, [...(newRows.get(w.row) ?? []), w]);
  }

  for (const [row, ws] of intoRows) {
    // Writes are in column order; each goes before the first cell to its right, or at the row's end.
    const atEnd: string[] = [];
    for (const w of ws) {
      const cellXml = newCell(P, w, styleFor(planner, row.style, w.col));
      const next = row.cells.find((c) => c.col > w.col);
      if (next) edits.push({ at: next.tagStart, del: 0, insert: cellXml });
      else atEnd.push(cellXml);
    }
    if (atEnd.length > 0) {
      if (row.selfClosing) edits.push({ at: row.closeStart, del: 2, insert: `>${atEnd.join('')}</${P}row>` });
      else edits.push({ at: row.closeStart, del: 0, insert: atEnd.join('') });
    }
  }

  if (newRows.size > 0) {
    const rowXml = (r: number): string =>
      `<${P}row r="${r + 1}">${newRows.get(r)!.map((w) => newCell(P, w, styleFor(planner, -1, w.col))).join('')}</${P}row>`;
    const rows = [...newRows.keys()].sort((a, b) => a - b);
    if (planner.sheetDataSelfClosing) {
      const [s, e] = planner.sheetDataSelfClosing;
      let slash = e - 2;
      while (slash > s && xml[slash] !== 0x2f) slash--;
      edits.push({ at: slash, del: e - slash, insert: `>${rows.map(rowXml).join('')}</${P}sheetData>` });
    } else {
      if (planner.sheetDataClose < 0) throw new Error('the sheet has no <sheetData>');
      for (const r of rows) edits.push({ at: planner.rowInsertAt.get(r) ?? planner.sheetDataClose, del: 0, insert: rowXml(r) });
    }
  }

  if (dimGrew && planner.dimension && dim) {
    const d = planner.dimension;
    const ref = dim.top === dim.bottom && dim.left === dim.right ? cellName(dim.top, dim.left) : `${cellName(dim.top, dim.left)}:${cellName(dim.bottom, dim.right)}`;
    edits.push({ at: d.from, del: d.to - d.from, insert: ref });
  }
  if (edits.length === 0) return { xml, outcomes };
  return { xml: applyEdits(xml, edits), outcomes };
}

function styleFor(planner: Planner, rowStyle: number, col: number): number {
  if (rowStyle > 0) return rowStyle;
  for (const c of planner.cols) if (col >= c.min && col <= c.max) return c.style;
  return -1;
}

function valueXml(P: string, w: CellWrite): { t: string; inner: string } {
  if (typeof w.value === 'number') return { t: '', inner: `<${P}v>${String(w.value)}</${P}v>` };
  const text = encodeCellText(w.value);
  const space = /^\s|\s$/.test(w.value) ? ' xml:space="preserve"' : '';
  return { t: ' t="inlineStr"', inner: `<${P}is><${P}t${space}>${text}</${P}t></${P}is>` };
}

function newCell(P: string, w: CellWrite, style: number): string {
  const { t, inner } = valueXml(P, w);
  return `<${P}c r="${cellName(w.row, w.col)}"${style > 0 ? ` s="${style}"` : ''}${t}>${inner}</${P}c>`;
}

/** Edits that turn a blank existing <c> into a filled one: drop its t attribute and any empty <v>, add the value first. */
function fillExisting(xml: Uint8Array, c: CellSeen, w: CellWrite, P: string): Edit[] {
  const { t, inner } = valueXml(P, w);
  const edits: Edit[] = [];
  if (c.tFrom >= 0) edits.push({ at: c.tFrom, del: c.tTo - c.tFrom, insert: '' });
  if (c.selfClosing) {
    // <c r="V10" s="5"/> → <c r="V10" s="5" t="inlineStr"><is>…</is></c>
    let slash = c.tagEnd - 2;
    while (slash > c.tagStart && xml[slash] !== 0x2f) slash--;
    edits.push({ at: slash, del: c.tagEnd - slash, insert: `${t}>${inner}</${P}c>` });
  } else {
    edits.push({ at: c.tagEnd - 1, del: 0, insert: t });
    edits.push({ at: c.tagEnd, del: 0, insert: inner });
    for (const [s, e] of c.drop) edits.push({ at: s, del: e - s, insert: '' });
  }
  return edits;
}

function applyEdits(xml: Uint8Array, edits: Edit[]): Uint8Array {
  // Stable by position: edits at the same point keep the order they were made in.
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.at - b.e.at || a.i - b.i);
  const chunks: Uint8Array[] = [];
  let pos = 0;
  let total = 0;
  for (const { e } of order) {
    if (e.at < pos) throw new Error('overlapping edits');
    if (e.at > pos) {
      chunks.push(xml.subarray(pos, e.at));
      total += e.at - pos;
    }
    if (e.insert) {
      const b = encoder.encode(e.insert);
      chunks.push(b);
      total += b.length;
    }
    pos = e.at + e.del;
  }
  chunks.push(xml.subarray(pos));
  total += xml.length - pos;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
