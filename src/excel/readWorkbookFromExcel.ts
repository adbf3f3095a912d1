import type { CellValue, MergeArea, SheetGrid, WorkbookGrid } from '../engine/grid/types';
import { ExcelAdapterError, isSizeLimitError } from './adapterError';
import { isLogSheet } from './logSheet';
import { fromOfficeValue } from './officeValue';
import { payloadBytes } from './payloadBytes';
import { WEB_BUDGET, firstBandRows, type ReadBudget } from './readBudget';

/**
 * Reads every sheet's used range into a WorkbookGrid in a constant number of round trips:
 *   sync 1 — the sheet list with visibility (ExcelApi 1.1);
 *   sync 2 — for every sheet at once: the used-range size (getUsedRangeOrNullObject, ExcelApi 1.4) and the data of
 *            its first B rows (see readBudget.ts): values; number formats and formulas only where they matter
 *            (getSpecialCellsOrNullObject Formulas / Constants+Numbers, ExcelApi 1.9: a date or a percentage is a
 *            number whose format says so; text needs no format); merged areas (getMergedAreasOrNullObject, 1.13);
 *   sync 3… — only when the workbook is bigger than one response may carry: the remaining rows, in blocks packed
 *            across sheets, so the count grows with cells, never with sheets.
 * Error cells arrive from Range.values as their literal ("#DIV/0!") and become CellError.
 * The add-in's own "APA log" sheet is skipped.
 */

export interface ReadProgress {
  phase: 'sheets' | 'cells';
  syncs: number;
  sheets: number;
  cellsRead: number;
  /** Known after the second sync. */
  cellsTotal: number | null;
}

export interface ReadOptions {
  onProgress?: (p: ReadProgress) => void;
  /** Defaults to WEB_BUDGET (safe on every host). */
  budget?: Partial<ReadBudget>;
}

export interface ReadStats {
  syncs: number;
  sheets: number;
  cells: number;
  /** Row blocks read (the first bands included). */
  blocks: number;
  /** UTF-8 bytes of the data received, measured here. */
  loadedBytes: number;
  /** Syncs repeated with smaller blocks after a size-limit error. */
  retries: number;
}

export interface ReadResult {
  workbook: WorkbookGrid;
  stats: ReadStats;
}

interface SheetState {
  ws: Excel.Worksheet;
  grid: SheetGrid;
  /** Used range in sheet coordinates (null: nothing typed on the sheet). */
  used: { top: number; left: number; rows: number; cols: number } | null;
  mergeKeys: Set<string>;
}

interface AreaItems {
  isNullObject: boolean;
  areas: { items: { rowIndex: number; columnIndex: number; formulas?: unknown[][]; numberFormat?: string[][]; rowCount?: number; columnCount?: number }[] };
}

interface PendingBlock {
  sheet: SheetState;
  /** Range holding the values (a band's used part may be a null object). */
  values: Excel.Range;
  formulas: Excel.RangeAreas;
  numbers: Excel.RangeAreas;
  merges: Excel.RangeAreas[];
}

interface Block {
  sheet: SheetState;
  top: number;
  rows: number;
}

const AREA_FORMULAS = 'areas/items/rowIndex,areas/items/columnIndex,areas/items/formulas,areas/items/numberFormat';
const AREA_FORMATS = 'areas/items/rowIndex,areas/items/columnIndex,areas/items/numberFormat';
const AREA_BOXES = 'areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount';

const READ_FAILED = {
  bn: 'ওয়ার্কবুক পড়া যায়নি: Excel একবারে এত তথ্য পাঠাতে পারছে না।',
  en: 'Could not read the workbook: Excel cannot send this much data at once.',
};

/** The whole-row address "5:204" for 0-based rows. */
function rowsAddress(top: number, rows: number): string {
  return `${top + 1}:${top + rows}`;
}

function queueBlock(sheet: SheetState, whole: Excel.Range, values: Excel.Range, top: number, rows: number, mergeRows: number): PendingBlock {
  values.load('rowIndex,columnIndex,values');
  const formulas = whole.getSpecialCellsOrNullObject('Formulas');
  formulas.load(AREA_FORMULAS);
  const numbers = whole.getSpecialCellsOrNullObject('Constants', 'Numbers');
  numbers.load(AREA_FORMATS);
  const merges: Excel.RangeAreas[] = [];
  for (let r = top; r < top + rows; r += mergeRows) {
    const m = sheet.ws.getRange(rowsAddress(r, Math.min(mergeRows, top + rows - r))).getMergedAreasOrNullObject();
    m.load(AREA_BOXES);
    merges.push(m);
  }
  return { sheet, values, formulas, numbers, merges };
}

function ensureRow<T>(m: (T | null | undefined)[][] | undefined, r: number, width: number): (T | null | undefined)[] | null {
  if (!m || r < 0 || r >= m.length) return null;
  if (m[r].length === 0) m[r] = new Array<T | null>(width).fill(null);
  return m[r];
}

/** Copies one loaded block into its sheet grid; returns the bytes received for it. */
function applyBlock(b: PendingBlock): { bytes: number; cells: number } {
  const s = b.sheet;
  const g = s.grid;
  const width = s.used?.cols ?? 0;
  let bytes = 0;
  let cells = 0;
  if (!b.values.isNullObject && s.used) {
    const rows = b.values.values;
    bytes += payloadBytes(rows);
    const r0 = b.values.rowIndex - g.originRow;
    const c0 = b.values.columnIndex - g.originCol;
    rows.forEach((row, i) => {
      const target = g.values[r0 + i];
      if (!target) return;
      cells += row.length;
      row.forEach((v, j) => {
        if (v !== '') target[c0 + j] = fromOfficeValue(v);
      });
    });
  }
  const copy = (areas: Excel.RangeAreas, withFormulas: boolean): void => {
    const a = areas as unknown as AreaItems;
    if (a.isNullObject) return;
    for (const item of a.areas.items) {
      bytes += payloadBytes(item.numberFormat) + (withFormulas ? payloadBytes(item.formulas) : 0);
      const r0 = item.rowIndex - g.originRow;
      const c0 = item.columnIndex - g.originCol;
      item.numberFormat?.forEach((row, i) => {
        const fr = ensureRow(g.formats, r0 + i, width);
        // Only the Formulas areas loaded `formulas`: reading it elsewhere would throw PropertyNotLoaded.
        const formulaRow = withFormulas ? item.formulas?.[i] : undefined;
        const xr = formulaRow ? ensureRow(g.formulas, r0 + i, width) : null;
        row.forEach((f, j) => {
          if (c0 + j < 0 || c0 + j >= width) return;
          if (fr) fr[c0 + j] = f;
          const formula = formulaRow?.[j];
          if (xr && typeof formula === 'string' && formula.startsWith('=')) xr[c0 + j] = formula;
        });
      });
    }
  };
  copy(b.formulas, true);
  copy(b.numbers, false);
  for (const m of b.merges) {
    const a = m as unknown as AreaItems;
    if (a.isNullObject) continue;
    for (const item of a.areas.items) {
      const area: MergeArea = {
        top: item.rowIndex,
        left: item.columnIndex,
        bottom: item.rowIndex + (item.rowCount ?? 1) - 1,
        right: item.columnIndex + (item.columnCount ?? 1) - 1,
      };
      bytes += payloadBytes(area);
      // A merge crossing two bands comes back from both: keep one.
      const key = `${area.top}:${area.left}:${area.bottom}:${area.right}`;
      if (s.mergeKeys.has(key)) continue;
      s.mergeKeys.add(key);
      g.merges.push(area);
    }
  }
  return { bytes, cells };
}

export async function readWorkbookWithStats(context: Excel.RequestContext, options: ReadOptions = {}): Promise<ReadResult> {
  const budget: ReadBudget = { ...WEB_BUDGET, ...options.budget };
  const stats: ReadStats = { syncs: 0, sheets: 0, cells: 0, blocks: 0, loadedBytes: 0, retries: 0 };
  let cellsTotal: number | null = null;
  const sync = async (): Promise<void> => {
    await context.sync();
    stats.syncs++;
  };
  const progress = (phase: ReadProgress['phase']): void =>
    options.onProgress?.({ phase, syncs: stats.syncs, sheets: stats.sheets, cellsRead: stats.cells, cellsTotal });

  // Sync 1: which sheets exist, and which are hidden.
  const collection = context.workbook.worksheets;
  collection.load('items/name,items/visibility');
  await sync();
  const sheets: SheetState[] = collection.items
    .filter((ws) => !isLogSheet(ws.name))
    .map((ws) => ({
      ws,
      grid: { name: ws.name, hidden: ws.visibility !== 'Visible', originRow: 0, originCol: 0, values: [], merges: [] },
      used: null,
      mergeKeys: new Set<string>(),
    }));
  stats.sheets = sheets.length;
  progress('sheets');

  // Sync 2: every sheet's used-range size and its first band of rows, in one round trip.
  let band = firstBandRows(budget, sheets.length);
  for (;;) {
    const used = sheets.map((s) => {
      const u = s.ws.getUsedRangeOrNullObject(true);
      u.load('rowIndex,columnIndex,rowCount,columnCount');
      return u;
    });
    const firsts = sheets.map((s) => {
      const whole = s.ws.getRange(rowsAddress(0, band));
      return queueBlock(s, whole, whole.getUsedRangeOrNullObject(true), 0, band, budget.mergeRows);
    });
    try {
      await sync();
    } catch (err) {
      if (!isSizeLimitError(err) || band === 1) throw new ExcelAdapterError(READ_FAILED, err);
      stats.syncs++;
      stats.retries++;
      band = Math.ceil(band / 2);
      continue;
    }
    sheets.forEach((s, i) => {
      const u = used[i];
      if (u.isNullObject) return;
      s.used = { top: u.rowIndex, left: u.columnIndex, rows: u.rowCount, cols: u.columnCount };
      s.grid.originRow = u.rowIndex;
      s.grid.originCol = u.columnIndex;
      s.grid.values = Array.from({ length: u.rowCount }, () => new Array<CellValue>(u.columnCount).fill(null));
      s.grid.formats = Array.from({ length: u.rowCount }, () => []);
      s.grid.formulas = Array.from({ length: u.rowCount }, () => []);
    });
    cellsTotal = sheets.reduce((a, s) => a + (s.used ? s.used.rows * s.used.cols : 0), 0);
    for (const b of firsts) {
      const got = applyBlock(b);
      stats.loadedBytes += got.bytes;
      stats.cells += got.cells;
      stats.blocks++;
    }
    break;
  }
  progress('cells');

  // Syncs 3…: the rows past the first band, planned with the bytes per cell just measured.
  const measured = stats.cells > 0 ? (stats.loadedBytes / stats.cells) * 1.25 : budget.bytesPerCell;
  let bytesPerCell = Math.max(measured, 4);
  const queue: Block[] = [];
  for (const s of sheets) {
    if (!s.used) continue;
    const start = Math.max(band, s.used.top);
    const end = s.used.top + s.used.rows;
    const byBytes = budget.responseBytes === null ? Infinity : budget.responseBytes / (bytesPerCell * s.used.cols);
    const maxRows = Math.max(1, Math.floor(Math.min(byBytes, budget.cellsPerSync / s.used.cols)));
    for (let top = start; top < end; top += maxRows) queue.push({ sheet: s, top, rows: Math.min(maxRows, end - top) });
  }
  while (queue.length > 0) {
    const batch: Block[] = [];
    let bytes = 0;
    let cells = 0;
    while (queue.length > 0) {
      const b = queue[0];
      const c = b.rows * (b.sheet.used?.cols ?? 0);
      const over = (budget.responseBytes !== null && bytes + c * bytesPerCell > budget.responseBytes) || cells + c > budget.cellsPerSync;
      if (batch.length > 0 && over) break;
      batch.push(queue.shift() as Block);
      bytes += c * bytesPerCell;
      cells += c;
    }
    const pending = batch.map((b) => {
      const u = b.sheet.used as NonNullable<SheetState['used']>;
      const r = b.sheet.ws.getRangeByIndexes(b.top, u.left, b.rows, u.cols);
      return queueBlock(b.sheet, r, r, b.top, b.rows, budget.mergeRows);
    });
    try {
      await sync();
    } catch (err) {
      if (!isSizeLimitError(err) || batch.every((b) => b.rows === 1)) throw new ExcelAdapterError(READ_FAILED, err);
      stats.syncs++;
      stats.retries++;
      // The estimate was too low: count each cell twice as heavy (so the next sync packs half as much) and
      // ask for half as much per block, in the same order.
      bytesPerCell *= 2;
      const halves = batch.flatMap((b) =>
        b.rows === 1 ? [b] : [{ ...b, rows: Math.ceil(b.rows / 2) }, { ...b, top: b.top + Math.ceil(b.rows / 2), rows: Math.floor(b.rows / 2) }],
      );
      queue.unshift(...halves);
      continue;
    }
    for (const p of pending) {
      const got = applyBlock(p);
      stats.loadedBytes += got.bytes;
      stats.cells += got.cells;
      stats.blocks++;
    }
    progress('cells');
  }

  return { workbook: { sheets: sheets.map((s) => s.grid) }, stats };
}

/** The WorkbookGrid of the open workbook (see readWorkbookWithStats for the round trips). */
export async function readWorkbookFromExcel(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookGrid> {
  return (await readWorkbookWithStats(context, options)).workbook;
}
