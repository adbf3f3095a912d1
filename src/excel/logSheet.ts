/**
 * The hidden sheet where the add-in keeps its own records (fills it wrote, so they can be undone).
 * It belongs to the add-in: the reader skips it, so it never shows up as an APA table.
 */
export const LOG_SHEET_NAME = 'APA log';

/** Columns of the log, in order. Every cell is text ("@") so Excel never reinterprets what we stored. */
export const LOG_COLUMNS = ['batch', 'time', 'sheet', 'cell', 'oldValue', 'oldFormat', 'written', 'status'] as const;
export type LogColumn = (typeof LOG_COLUMNS)[number];

export type LogStatus = 'written' | 'undone' | 'kept';

export interface LogEntry {
  batch: string;
  time: string;
  sheet: string;
  cell: string;
  /** The cell's value before we wrote (null = it was empty). */
  oldValue: string | number | boolean | null;
  oldFormat: string;
  written: string | number;
  status: LogStatus;
}

export function isLogSheet(name: string): boolean {
  return name.trim().toLowerCase() === LOG_SHEET_NAME.toLowerCase();
}

/** One log row as text cells; values are JSON so a number stays a number and "১.৫" stays text. */
export function encodeLogRow(e: LogEntry): string[] {
  return [e.batch, e.time, e.sheet, e.cell, JSON.stringify(e.oldValue), e.oldFormat, JSON.stringify(e.written), e.status];
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string' || text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A log row read back from the sheet; null when the row is not one of ours (damaged or typed over). */
export function decodeLogRow(row: unknown[]): LogEntry | null {
  const [batch, time, sheet, cell, oldValue, oldFormat, written, status] = row.map((v) => (v === null || v === undefined ? '' : v));
  if (typeof batch !== 'string' || !batch.startsWith('fill-')) return null;
  const old = parseJson(oldValue);
  const w = parseJson(written);
  if (old === undefined || (typeof w !== 'string' && typeof w !== 'number')) return null;
  if (status !== 'written' && status !== 'undone' && status !== 'kept') return null;
  if (old !== null && typeof old !== 'string' && typeof old !== 'number' && typeof old !== 'boolean') return null;
  return {
    batch,
    time: String(time),
    sheet: String(sheet),
    cell: String(cell),
    oldValue: old as LogEntry['oldValue'],
    oldFormat: String(oldFormat || 'General'),
    written: w,
    status,
  };
}

/** Index of the status column (undo rewrites it). */
export const STATUS_COLUMN = LOG_COLUMNS.indexOf('status');
