import type { Bilingual } from '../engine/report/types';
import { ExcelAdapterError } from './adapterError';
import { LOG_SHEET_NAME, STATUS_COLUMN, decodeLogRow, type LogEntry } from './logSheet';

/**
 * Undoes the last fill recorded in "APA log": each cell goes back to its old value and number format, but only
 * where it still holds exactly what we wrote. A cell the clerk has changed since is left alone and marked
 * "kept" in the log. The batch's rows are marked "undone"/"kept", so a second undo reaches the fill before.
 *
 * Round trips (constant): log exists? · log rows and the sheet list · the logged cells now · one write.
 */

export interface UndoResult {
  batch: string | null;
  restored: LogEntry[];
  /** Cells the clerk changed after the fill (or whose sheet is gone): not touched. */
  kept: LogEntry[];
  syncs: number;
}

const UNDO_FAILED: Bilingual = {
  bn: 'আগের অবস্থায় ফেরানো যায়নি। শিট সুরক্ষিত (protected) থাকলে সুরক্ষা তুলে আবার চেষ্টা করুন।',
  en: 'Could not undo. If the sheet is protected, unprotect it and try again.',
};

/** Does the cell still hold what we wrote? Excel turns an ASCII number written as text into a number. */
export function holdsWritten(current: unknown, formula: unknown, written: string | number): boolean {
  if (typeof formula === 'string' && formula.startsWith('=')) return false;
  if (current === written) return true;
  const asNumber = typeof written === 'number' ? written : /^[+-]?(\d+\.?\d*|\.\d+)$/.test(written.trim()) ? Number(written) : NaN;
  return typeof current === 'number' && !Number.isNaN(asNumber) && Math.abs(current - asNumber) < 1e-9;
}

export async function undoFill(context: Excel.RequestContext): Promise<UndoResult> {
  const result: UndoResult = { batch: null, restored: [], kept: [], syncs: 0 };
  const sync = async (): Promise<void> => {
    result.syncs++;
    await context.sync();
  };

  const sheets = context.workbook.worksheets;
  const log = sheets.getItemOrNullObject(LOG_SHEET_NAME);
  log.load('name');
  await sync();
  if (log.isNullObject) return result;

  const used = log.getUsedRangeOrNullObject(true);
  used.load('rowIndex,values');
  sheets.load('items/name');
  await sync();
  if (used.isNullObject) return result;

  // The latest batch that still has rows marked "written".
  const rows = used.values.map((r, i) => ({ sheetRow: used.rowIndex + i, entry: decodeLogRow(r) }));
  const last = [...rows].reverse().find((r) => r.entry?.status === 'written')?.entry?.batch;
  if (!last) return result;
  result.batch = last;
  const mine = rows.filter((r) => r.entry?.batch === last && r.entry.status === 'written') as { sheetRow: number; entry: LogEntry }[];

  const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const cells = mine.map((r) => {
    if (!present.has(r.entry.sheet.toLowerCase())) return null;
    const range = sheets.getItem(r.entry.sheet).getRange(r.entry.cell);
    range.load('values,formulas,numberFormat');
    return range;
  });
  await sync();

  mine.forEach((r, i) => {
    const range = cells[i];
    const ours = range !== null && holdsWritten(range.values[0][0], range.formulas[0][0], r.entry.written);
    if (range && ours) {
      range.values = [[r.entry.oldValue === null ? '' : r.entry.oldValue]];
      if (range.numberFormat[0][0] !== r.entry.oldFormat) range.numberFormat = [[r.entry.oldFormat]];
      result.restored.push(r.entry);
    } else {
      result.kept.push(r.entry);
    }
    log.getRangeByIndexes(r.sheetRow, STATUS_COLUMN, 1, 1).values = [[ours ? 'undone' : 'kept']];
  });
  try {
    await sync();
  } catch (err) {
    throw new ExcelAdapterError(UNDO_FAILED, err);
  }
  return result;
}
