import type { Bilingual } from '../../engine/report/types';
import type { CellValue, MergeArea, SheetGrid } from '../../engine/grid/types';
import { cellName } from './cellRef';
import { sweepMerges } from './mergeSweep';
import type { RowCells, SheetReader } from './sheetReader';

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
 * one at XFD1048576 would otherwise make 16,384 columns of every row).
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
    const cleared: boolean[][] = [];
    const { kept, overlapping } = sweepMerges(merges, rows, (k, q) => {
      (cleared[k] ??= [])[q] = true;
    });
    if (overlapping.length > 0) {
      const m = overlapping[0];
      const range = `${cellName(m.top, m.left)}:${cellName(m.bottom, m.right)}`;
      notes.push({
        bn: `${overlapping.length}টি একীভূত পরিসর অন্য একীভূত পরিসরের ওপর পড়েছে (প্রথমটি ${range}); সেগুলো বাদ দেওয়া হয়েছে`,
        en: `${overlapping.length} merged range(s) overlap another merged range (the first is ${range}); they were ignored`,
      });
    }
    merges = kept;
    for (let k = 0; k < cleared.length; k++) {
      const c = cleared[k];
      if (!c) continue;
      const r = rows[k];
      let w = 0;
      for (let q = 0; q < r.cols.length; q++) {
        if (c[q]) continue;
        r.cols[w] = r.cols[q];
        r.values[w] = r.values[q];
        r.formats[w] = r.formats[q];
        if (r.formulas) r.formulas[w] = r.formulas[q];
        w++;
      }
      r.cols.length = w;
      r.values.length = w;
      r.formats.length = w;
      if (r.formulas) r.formulas.length = w;
    }
  }

  let firstRow = -1;
  let lastRow = -1;
  let firstCol = Infinity;
  let anyFormula = false;
  for (const r of rows) {
    if (r.cols.length === 0) continue;
    if (firstRow < 0) firstRow = r.row;
    lastRow = r.row;
    if (r.cols[0] < firstCol) firstCol = r.cols[0];
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
  for (const r of rows) if (r.cols.length > 0) gridCells += r.cols[r.cols.length - 1] + 1 - firstCol;
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
    if (rec === null || rec.cols.length === 0) {
      values[r] = [];
      formats[r] = [];
      if (formulas) formulas[r] = [];
      continue;
    }
    const width = rec.cols[rec.cols.length - 1] + 1 - firstCol;
    const vr: CellValue[] = new Array(width).fill(null);
    const fr: (string | null)[] = new Array(width).fill(null);
    const cols = rec.cols;
    for (let q = 0; q < cols.length; q++) {
      const c = cols[q] - firstCol;
      vr[c] = rec.values[q];
      fr[c] = rec.formats[q];
    }
    values[r] = vr;
    formats[r] = fr;
    if (formulas) {
      if (rec.formulas) {
        // The previous reader's formula rows end at the row's last formula.
        let last = -1;
        for (let q = 0; q < cols.length; q++) if (rec.formulas[q] !== null) last = q;
        const lr: (string | null)[] = last < 0 ? [] : new Array(cols[last] + 1 - firstCol).fill(null);
        for (let q = 0; q <= last; q++) if (rec.formulas[q] !== null) lr[cols[q] - firstCol] = rec.formulas[q];
        formulas[r] = lr;
      } else formulas[r] = [];
    }
  }
  return { grid: { name, hidden, originRow: firstRow, originCol: firstCol, values, formats, formulas, merges: clipped }, notes, gridCells };
}

/** Rows sorted by index, repeated rows joined, cells sorted by column (a repeated cell: the later one wins). */
function normalizeRows(rows: RowCells[]): RowCells[] {
  const byRow = new Map<number, RowCells[]>();
  for (const r of rows) {
    const list = byRow.get(r.row);
    if (list) list.push(r);
    else byRow.set(r.row, [r]);
  }
  const out: RowCells[] = [];
  for (const index of [...byRow.keys()].sort((a, b) => a - b)) {
    const parts = byRow.get(index)!;
    const cells = new Map<number, { v: CellValue; f: string | null; fm: string | null }>();
    for (const p of parts) {
      for (let q = 0; q < p.cols.length; q++) cells.set(p.cols[q], { v: p.values[q], f: p.formats[q], fm: p.formulas ? p.formulas[q] : null });
    }
    const cols = [...cells.keys()].sort((a, b) => a - b);
    const rec: RowCells = { row: index, cols, values: [], formats: [], formulas: null };
    const anyF = cols.some((c) => cells.get(c)!.fm !== null);
    if (anyF) rec.formulas = [];
    for (const c of cols) {
      const cell = cells.get(c)!;
      rec.values.push(cell.v);
      rec.formats.push(cell.f);
      if (rec.formulas) rec.formulas.push(cell.fm);
    }
    out.push(rec);
  }
  return out;
}
