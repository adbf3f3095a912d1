import type { Bilingual } from '../../engine/report/types';
import type { CellValue, MergeArea, SheetGrid } from '../../engine/grid/types';
import { cellName } from './cellRef';
import { sweepMerges } from './mergeSweep';
import { isPresent, type RowCells, type SheetReader } from './sheetReader';

/** How far past the last used row a merged area is kept as stored. */
export const MERGE_SLACK_ROWS = 1024;

export class GridLimitError extends Error {
  constructor(readonly cells: number) {
    super(`${cells} grid cells`);
    this.name = 'GridLimitError';
  }
}

/**
 * The engine's grid from what the sheet reader collected: cells under a merge (other than its top-left
 * cell) are blank, as Excel shows them; rows are dense from the first used column to each row's last cell,
 * in the shape the exceljs-based reader produced. `maxGridCells` bounds the dense arrays (a cell at A1 and
 * one at XFD1048576 would otherwise make 16,384 columns of every row) and the merges' rows.
 */
export function buildSheetGrid(
  name: string,
  hidden: boolean,
  reader: SheetReader,
  maxGridCells: number,
): { grid: SheetGrid; notes: Bilingual[]; gridCells: number } {
  const notes: Bilingual[] = [...reader.notes];
  const rows = reader.unordered ? normalizeRows(reader.rows) : reader.rows;

  // Blank out covered cells.
  let merges: MergeArea[] = reader.merges;
  if (merges.length > 0 && rows.length > 0) {
    const touched = new Set<RowCells>();
    const { kept, overlapping } = sweepMerges(
      merges,
      rows.map((r) => ({ row: r.row, from: r.first, to: r.last })),
      (k, c) => isPresent(rows[k], c),
      (k, c) => {
        const r = rows[k];
        r.values[c] = null;
        r.formats[c] = null;
        if (r.formulas && c < r.formulas.length) r.formulas[c] = null;
        touched.add(r);
      },
    );
    if (overlapping.length > 0) {
      const m = overlapping[0];
      const range = `${cellName(m.top, m.left)}:${cellName(m.bottom, m.right)}`;
      notes.push({
        bn: `${overlapping.length}টি একীভূত পরিসর অন্য একীভূত পরিসরের ওপর পড়েছে (প্রথমটি ${range}); সেগুলো বাদ দেওয়া হয়েছে`,
        en: `${overlapping.length} merged range(s) overlap another merged range (the first is ${range}); they were ignored`,
      });
    }
    merges = kept;
    for (const r of touched) rebound(r);
  }

  let firstRow = -1;
  let lastRow = -1;
  let firstCol = Infinity;
  let anyFormula = false;
  for (const r of rows) {
    if (r.first < 0) continue;
    if (firstRow < 0) firstRow = r.row;
    lastRow = r.row;
    if (r.first < firstCol) firstCol = r.first;
    if (r.formulas && !anyFormula) anyFormula = r.formulas.some((f) => f !== null);
  }

  // Rows below the last cell hold nothing: a merge reaching far past it is cut (A1:XFD1048576 on a 300-row
  // sheet costs the engine ~1,300 rows, not a million). Within the slack, merges are reported as stored.
  const limitRow = lastRow + MERGE_SLACK_ROWS;
  const clipped: MergeArea[] = [];
  let mergeRows = 0;
  for (const m of merges) {
    if (m.top > limitRow) continue;
    const c = m.bottom > limitRow ? { top: m.top, left: m.left, bottom: limitRow, right: m.right } : m;
    mergeRows += c.bottom - c.top + 1;
    clipped.push(c);
  }
  clipped.sort((a, b) => a.top - b.top || a.left - b.left);
  // The engine indexes merges row by row: their rows count against the same budget as cells.
  if (mergeRows > maxGridCells) throw new GridLimitError(mergeRows);

  if (firstRow < 0) return { grid: { name, hidden, originRow: 0, originCol: 0, values: [], formats: [], formulas: [], merges: clipped }, notes, gridCells: mergeRows };

  let gridCells = mergeRows;
  for (const r of rows) if (r.first >= 0) gridCells += r.last + 1 - firstCol;
  if (gridCells > maxGridCells) throw new GridLimitError(gridCells);

  const height = lastRow - firstRow + 1;
  const values: CellValue[][] = new Array(height);
  const formats: (string | null)[][] = new Array(height);
  const formulas: (string | null)[][] | undefined = anyFormula ? new Array(height) : undefined;
  let k = 0;
  for (let r = 0; r < height; r++) {
    const target = firstRow + r;
    while (k < rows.length && rows[k].row < target) k++;
    const rec = k < rows.length && rows[k].row === target ? rows[k] : null;
    if (rec === null || rec.first < 0) {
      values[r] = [];
      formats[r] = [];
      if (formulas) formulas[r] = [];
      continue;
    }
    // Dense from column A up to the row's last cell: shift to the sheet's first used column when it is not A.
    const end = rec.last + 1;
    values[r] = trimTo(rec.values, firstCol, end);
    formats[r] = trimTo(rec.formats, firstCol, end);
    if (formulas) {
      const f = rec.formulas;
      let last = f ? f.length - 1 : -1;
      while (last >= firstCol && f![last] === null) last--;
      formulas[r] = last < firstCol ? [] : trimTo(f!, firstCol, last + 1);
    }
  }
  return { grid: { name, hidden, originRow: firstRow, originCol: firstCol, values, formats, formulas, merges: clipped }, notes, gridCells };
}

/** a[from, to) as its own array, reusing `a` when it already is exactly that. */
function trimTo<T>(a: T[], from: number, to: number): T[] {
  if (from === 0) {
    if (a.length > to) a.length = to;
    return a;
  }
  return a.slice(from, to);
}

/** first/last again after cells were blanked. */
function rebound(r: RowCells): void {
  let first = -1;
  let last = -1;
  for (let c = Math.max(0, r.first); c <= r.last; c++) {
    if (!isPresent(r, c)) continue;
    if (first < 0) first = c;
    last = c;
  }
  r.first = first;
  r.last = last;
}

/** Rows sorted by index and repeated rows joined (a repeated cell: the later one wins). */
function normalizeRows(rows: RowCells[]): RowCells[] {
  const byRow = new Map<number, RowCells>();
  const order: number[] = [];
  for (const r of rows) {
    const into = byRow.get(r.row);
    if (!into) {
      byRow.set(r.row, r);
      order.push(r.row);
      continue;
    }
    for (let c = Math.max(0, r.first); c <= r.last; c++) {
      if (!isPresent(r, c)) continue;
      while (into.values.length <= c) {
        into.values.push(null);
        into.formats.push(null);
      }
      into.values[c] = r.values[c];
      into.formats[c] = r.formats[c];
      const f = r.formulas && c < r.formulas.length ? r.formulas[c] : null;
      if (f !== null || into.formulas) {
        const g = (into.formulas ??= []);
        while (g.length <= c) g.push(null);
        g[c] = f;
      }
      if (into.first < 0 || c < into.first) into.first = c;
      if (c > into.last) into.last = c;
    }
  }
  return order.sort((a, b) => a - b).map((i) => byRow.get(i)!);
}
