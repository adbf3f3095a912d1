import type { CellValue, MergeArea, SheetGrid, WorkbookGrid } from '../../../src/engine/grid/types';
import { isCellError } from '../../../src/engine/grid/types';
import { cellAddress, parseCellAddress } from '../../../src/engine/grid/a1';
import { FakeOfficeError } from './errors';

/**
 * The "document" behind the fake Excel host: what a real Excel keeps in its process. Proxies never touch it
 * directly; only `context.sync()` runs queued commands against it, as a real host does on its side.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface HostCell {
  /** null = empty; errors stay { error } so the host can answer both `values` ("#N/A") and `valueTypes` ("Error"). */
  value: string | number | boolean | null | { error: string };
  formula: string | null;
  numberFormat: string;
  /** Cell fill colour ("#RRGGBB"); null = no fill. */
  fill: string | null;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface HostConditionalFormat {
  id: string;
  box: Box;
  type: string;
  formula: string | null;
  fillColor: string | null;
  deleted: boolean;
}

export interface SyncRecord {
  /** 1-based number of the sync in this host's life. */
  n: number;
  requestBytes: number;
  responseBytes: number;
  /** Commands executed (loads, sets, method calls). */
  commands: number;
  /** Set when the host rejected or failed the batch. */
  error?: string;
}

export interface HostLimits {
  /** Excel on the web rejects a request or response above 5 MB; null = no limit (desktop). */
  payloadBytes: number | null;
  /** Every platform refuses to get more than 5 million cells of one range. */
  cellsPerGet: number | null;
}

export const WEB_LIMITS: HostLimits = { payloadBytes: 5 * 1024 * 1024, cellsPerGet: 5_000_000 };
export const DESKTOP_LIMITS: HostLimits = { payloadBytes: null, cellsPerGet: 5_000_000 };

let nextId = 1;

export class HostSheet {
  readonly id: string;
  name: string;
  visibility: Visibility;
  /** Cells by row, then column: row bands (how the reader asks) never scan the whole sheet. */
  readonly rows = new Map<number, Map<number, HostCell>>();
  merges: MergeArea[];
  conditionalFormats: HostConditionalFormat[] = [];

  constructor(name: string, visibility: Visibility = 'Visible', merges: MergeArea[] = []) {
    this.id = `{sheet-${nextId++}}`;
    this.name = name;
    this.visibility = visibility;
    this.merges = merges.map((m) => ({ ...m }));
  }

  get(row: number, col: number): HostCell | undefined {
    return this.rows.get(row)?.get(col);
  }

  ensure(row: number, col: number): HostCell {
    let r = this.rows.get(row);
    if (!r) {
      r = new Map();
      this.rows.set(row, r);
    }
    let c = r.get(col);
    if (!c) {
      c = { value: null, formula: null, numberFormat: 'General', fill: null };
      r.set(col, c);
    }
    return c;
  }

  /** Every stored cell as [row, col, cell]. */
  *entries(): Generator<[number, number, HostCell]> {
    for (const [row, cols] of this.rows) for (const [col, c] of cols) yield [row, col, c];
  }

  /** Excel's used range: cells with a value (valuesOnly) or also with formatting; null when none. */
  usedBox(valuesOnly: boolean, within?: Box): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const visit = (row: number, cols: Map<number, HostCell>): void => {
      for (const [col, c] of cols) {
        const used = c.value !== null || c.formula !== null || (!valuesOnly && (c.numberFormat !== 'General' || c.fill !== null));
        if (!used || (within && (col < within.left || col > within.right))) continue;
        if (row < top) top = row;
        if (row > bottom) bottom = row;
        if (col < left) left = col;
        if (col > right) right = col;
      }
    };
    if (within && within.bottom - within.top < this.rows.size) {
      for (let row = within.top; row <= within.bottom; row++) {
        const cols = this.rows.get(row);
        if (cols) visit(row, cols);
      }
    } else {
      for (const [row, cols] of this.rows) if (!within || (row >= within.top && row <= within.bottom)) visit(row, cols);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

function hostValue(v: CellValue | undefined): HostCell['value'] {
  if (v === undefined || v === null || v === '') return null;
  if (isCellError(v)) return { error: v.error };
  return v;
}

export class FakeWorkbookHost {
  readonly sheets: HostSheet[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; box: Box } | null = null;
  limits: HostLimits;
  readonly syncLog: SyncRecord[] = [];

  constructor(limits: HostLimits = DESKTOP_LIMITS) {
    this.limits = { ...limits };
  }

  /** A host holding the given grids (values, number formats, formulas, merges, hidden flags). */
  static fromGrid(wb: WorkbookGrid, limits: HostLimits = DESKTOP_LIMITS): FakeWorkbookHost {
    const host = new FakeWorkbookHost(limits);
    for (const g of wb.sheets) host.addGridSheet(g);
    const firstVisible = host.sheets.find((s) => s.visibility === 'Visible');
    host.activeSheetId = firstVisible?.id ?? null;
    return host;
  }

  addGridSheet(g: SheetGrid): HostSheet {
    const s = new HostSheet(g.name, g.hidden ? 'Hidden' : 'Visible', g.merges);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const value = hostValue(v);
        const formula = g.formulas?.[r]?.[c] ?? null;
        const nf = g.formats?.[r]?.[c] ?? null;
        if (value === null && formula === null && (nf === null || nf === 'General')) return;
        const cell = s.ensure(g.originRow + r, g.originCol + c);
        cell.value = value;
        cell.formula = formula;
        if (nf) cell.numberFormat = nf;
      }),
    );
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): HostSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: sheet ${name}.`);
    return s;
  }

  // ---- helpers for tests: look at or change the document as the clerk would, outside any batch ----

  cell(sheet: string, address: string): HostCell {
    const a = parseCellAddress(address);
    if (!a) throw new Error(`bad address ${address}`);
    return this.sheet(sheet).get(a.row, a.col) ?? { value: null, formula: null, numberFormat: 'General', fill: null };
  }

  /** The clerk types into a cell (text starting with "=" becomes a formula). */
  type(sheet: string, address: string, value: string | number | null): void {
    const a = parseCellAddress(address);
    if (!a) throw new Error(`bad address ${address}`);
    const c = this.sheet(sheet).ensure(a.row, a.col);
    if (typeof value === 'string' && value.startsWith('=')) {
      c.formula = value;
      c.value = 0;
    } else {
      c.formula = null;
      c.value = value === '' ? null : value;
    }
  }

  /** The clerk paints a cell. */
  paint(sheet: string, address: string, color: string | null): void {
    const a = parseCellAddress(address);
    if (!a) throw new Error(`bad address ${address}`);
    this.sheet(sheet).ensure(a.row, a.col).fill = color;
  }

  /** Every cell's fill colour, per sheet, as "A1" → colour: compare before/after highlight rounds. */
  fills(): Record<string, Record<string, string>> {
    const out: Record<string, Record<string, string>> = {};
    for (const s of this.sheets) {
      const m: Record<string, string> = {};
      for (const [row, col, c] of s.entries()) if (c.fill !== null) m[cellAddress(row, col)] = c.fill;
      out[s.name] = m;
    }
    return out;
  }

  get syncs(): number {
    return this.syncLog.length;
  }

  get requestBytes(): number {
    return this.syncLog.reduce((a, s) => a + s.requestBytes, 0);
  }

  get responseBytes(): number {
    return this.syncLog.reduce((a, s) => a + s.responseBytes, 0);
  }
}
