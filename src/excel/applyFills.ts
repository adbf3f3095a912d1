import { parseCellAddress } from '../engine/grid/a1';
import type { Bilingual, Fill } from '../engine/report/types';
import { ExcelAdapterError } from './adapterError';
import { LOG_COLUMNS, LOG_SHEET_NAME, encodeLogRow, type LogEntry } from './logSheet';

/**
 * Writes the computed marks into blank claimed-marks cells.
 *
 * Round trips (constant, whatever the number of fills or sheets):
 *   read 1 — do the log sheet and the fills' sheets exist? (getItemOrNullObject: a method is never called on a
 *            sheet that may not exist);
 *   read 2 — where the log ends, and every target cell's value, formula and number format, re-checked now: a cell
 *            the clerk typed into since validation is skipped and reported (Office.js has no conditional write,
 *            so this read is the last moment we can see the cell; the window is one round trip);
 *   write  — ONE sync: the log rows first (address, old value, old number format, what we write), then the cells.
 *            Excel runs a batch in order, so a failure part-way leaves a log that covers every cell written;
 *            undo only touches cells that still hold what the log says we wrote.
 * The log sheet "APA log" is created very hidden on first use.
 */

export interface SkippedFill {
  fill: Fill;
  reason: Bilingual;
}

export interface ApplyFillsResult {
  /** Log batch id of this fill; null when nothing was written. */
  batch: string | null;
  written: Fill[];
  skipped: SkippedFill[];
  syncs: number;
}

const NOT_BLANK: Bilingual = {
  bn: 'সেলটিতে এখন কিছু লেখা আছে, তাই পূরণ করা হয়নি',
  en: 'The cell is no longer empty, so it was not filled',
};
const NO_SHEET: Bilingual = { bn: 'শিটটি আর নেই', en: 'The sheet no longer exists' };
const BAD_CELL: Bilingual = { bn: 'সেলের ঠিকানা বোঝা যায়নি', en: 'The cell address could not be read' };
const WRITE_FAILED: Bilingual = {
  bn: 'নম্বর লেখা যায়নি। শিট সুরক্ষিত (protected) থাকলে সুরক্ষা তুলে আবার চেষ্টা করুন।',
  en: 'Could not write the marks. If the sheet is protected, unprotect it and try again.',
};

interface Group {
  sheet: string;
  col: number;
  top: number;
  bottom: number;
  fills: { fill: Fill; row: number }[];
  range?: Excel.Range;
}

export function newBatchId(now: Date): string {
  return `fill-${now.toISOString()}-${Math.floor(Math.random() * 0x10000).toString(16).padStart(4, '0')}`;
}

export async function applyFills(context: Excel.RequestContext, fills: Fill[], now: Date = new Date()): Promise<ApplyFillsResult> {
  const result: ApplyFillsResult = { batch: null, written: [], skipped: [], syncs: 0 };
  const sync = async (): Promise<void> => {
    result.syncs++;
    await context.sync();
  };
  if (fills.length === 0) return result;

  // Group by sheet and column: one range per column span keeps the re-check read small.
  const groups = new Map<string, Group>();
  for (const fill of fills) {
    const a = parseCellAddress(fill.cell);
    if (!a) {
      result.skipped.push({ fill, reason: BAD_CELL });
      continue;
    }
    const key = `${fill.sheet}\u0000${a.col}`;
    const g = groups.get(key) ?? { sheet: fill.sheet, col: a.col, top: a.row, bottom: a.row, fills: [] };
    g.top = Math.min(g.top, a.row);
    g.bottom = Math.max(g.bottom, a.row);
    g.fills.push({ fill, row: a.row });
    groups.set(key, g);
  }

  // Read 1: existence of the log and of each target sheet.
  const sheets = context.workbook.worksheets;
  const log = sheets.getItemOrNullObject(LOG_SHEET_NAME);
  log.load('name');
  const targets = new Map<string, Excel.Worksheet>();
  for (const g of groups.values()) {
    if (targets.has(g.sheet)) continue;
    const ws = sheets.getItemOrNullObject(g.sheet);
    ws.load('name');
    targets.set(g.sheet, ws);
  }
  await sync();

  // Read 2: the end of the log and the target cells as they are now.
  const logUsed = log.isNullObject ? null : log.getUsedRangeOrNullObject(true);
  logUsed?.load('rowIndex,rowCount');
  for (const g of groups.values()) {
    const ws = targets.get(g.sheet) as Excel.Worksheet;
    if (ws.isNullObject) continue;
    g.range = ws.getRangeByIndexes(g.top, g.col, g.bottom - g.top + 1, 1);
    g.range.load('values,formulas,numberFormat');
  }
  await sync();

  const entries: LogEntry[] = [];
  const batch = newBatchId(now);
  const toWrite: { fill: Fill; ws: Excel.Worksheet }[] = [];
  for (const g of groups.values()) {
    if (!g.range) {
      for (const f of g.fills) result.skipped.push({ fill: f.fill, reason: NO_SHEET });
      continue;
    }
    for (const f of g.fills) {
      const i = f.row - g.top;
      const value = g.range.values[i][0];
      const formula = g.range.formulas[i][0];
      const blank = value === '' && (formula === '' || formula === null);
      if (!blank) {
        result.skipped.push({ fill: f.fill, reason: NOT_BLANK });
        continue;
      }
      entries.push({
        batch,
        time: now.toISOString(),
        sheet: f.fill.sheet,
        cell: f.fill.cell,
        oldValue: null,
        oldFormat: String(g.range.numberFormat[i][0] ?? 'General'),
        written: f.fill.value,
        status: 'written',
      });
      toWrite.push({ fill: f.fill, ws: targets.get(g.sheet) as Excel.Worksheet });
    }
  }
  if (toWrite.length === 0) return result;

  // The one write sync: log first, then the cells.
  let logSheet: Excel.Worksheet;
  let next: number;
  if (log.isNullObject) {
    logSheet = sheets.add(LOG_SHEET_NAME);
    logSheet.visibility = 'VeryHidden';
    next = 0;
  } else {
    logSheet = log;
    next = logUsed && !logUsed.isNullObject ? logUsed.rowIndex + logUsed.rowCount : 0;
  }
  const rows: string[][] = [];
  if (next === 0) rows.push([...LOG_COLUMNS]);
  for (const e of entries) rows.push(encodeLogRow(e));
  const logRange = logSheet.getRangeByIndexes(next, 0, rows.length, LOG_COLUMNS.length);
  logRange.numberFormat = rows.map((r) => r.map(() => '@'));
  logRange.values = rows;
  for (const w of toWrite) w.ws.getRange(w.fill.cell).values = [[w.fill.value]];
  try {
    await sync();
  } catch (err) {
    throw new ExcelAdapterError(WRITE_FAILED, err);
  }
  result.batch = batch;
  result.written = toWrite.map((w) => w.fill);
  return result;
}
