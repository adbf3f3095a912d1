import ExcelJS from 'exceljs';
import { fixZipTimes } from './fixZipTimes';

/**
 * A tiny description of a workbook as clerks keep them, written with exceljs. Rows are 1-based sheet rows
 * so the golden tests can name the same cells by hand.
 */
export type SpecCell =
  | string
  | number
  | null
  /** A real Excel date (stored as a serial number with a date format). */
  | { date: [number, number, number]; fmt?: string }
  /** A number shown through a number format (0.97 shown as 97%). */
  | { num: number; fmt: string }
  | { error: '#N/A' | '#DIV/0!' | '#VALUE!' | '#REF!' };

export interface SheetSpec {
  name: string;
  hidden?: boolean;
  /** row number (1-based) → cells from column A. */
  rows: Map<number, SpecCell[]>;
  /** "A4:A6" … */
  merges: string[];
  /** Rows drawn as header (bold, centred, shaded). */
  headerRows: Set<number>;
  /** Rows whose cells get borders (the table bodies). */
  tableRows: Set<number>;
  /** Column widths in characters, from column A. */
  widths?: number[];
  /** Rows frozen at the top (the header stays visible while scrolling). */
  frozenRows?: number;
  /** Print area, e.g. "A1:V24" (stored by Excel as the defined name _xlnm.Print_Area). */
  printArea?: string;
  /** Workbook-level defined names pointing into this sheet: name → range ("$A$4:$V$22"). */
  names?: Record<string, string>;
}

export function sheet(name: string, opts: { hidden?: boolean; widths?: number[] } = {}): SheetSpec {
  return { name, hidden: opts.hidden, rows: new Map(), merges: [], headerRows: new Set(), tableRows: new Set(), widths: opts.widths };
}

/** Tab-separated seed lines become cells; empty fields become blank cells. */
export function cellsOf(line: string | SpecCell[]): SpecCell[] {
  if (typeof line !== 'string') return line;
  return line.split('\t').map((s) => (s === '' ? null : s));
}

export function put(s: SheetSpec, row: number, cells: string | SpecCell[], kind: 'text' | 'header' | 'body' = 'body'): void {
  s.rows.set(row, cellsOf(cells));
  if (kind === 'header') {
    s.headerRows.add(row);
    s.tableRows.add(row);
  } else if (kind === 'body') {
    s.tableRows.add(row);
  }
}

const FIXED_DATE = new Date(Date.UTC(2025, 6, 14, 9, 0, 0)); // 14 July 2025: the annual evaluation is due on the 15th
const FONT = { name: 'Nikosh', size: 11 };
const THIN = { style: 'thin' as const };

export async function writeWorkbook(sheets: SheetSpec[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'apa-excel-addin make-samples';
  wb.lastModifiedBy = 'apa-excel-addin make-samples';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.title = title;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, { state: spec.hidden ? 'hidden' : 'visible' });
    let width = 0;
    for (const cells of spec.rows.values()) width = Math.max(width, cells.length);
    for (const [r, cells] of spec.rows) {
      const tableRow = spec.tableRows.has(r);
      const header = spec.headerRows.has(r);
      // Table rows are bordered across the table's width, blank cells included, as Word tables paste.
      const n = tableRow ? width : cells.length;
      for (let c = 0; c < n; c++) {
        const v = cells[c] ?? null;
        const cell = ws.getCell(r, c + 1);
        writeCell(cell, v);
        cell.font = header ? { ...FONT, bold: true } : FONT;
        cell.alignment = { wrapText: true, vertical: 'middle', horizontal: header ? 'center' : undefined };
        if (tableRow) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
        if (header) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
      }
    }
    for (const m of spec.merges) ws.mergeCells(m);
    (spec.widths ?? []).forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    if (spec.frozenRows) ws.views = [{ state: 'frozen', ySplit: spec.frozenRows, xSplit: 0 }];
    if (spec.printArea) ws.pageSetup.printArea = spec.printArea;
    for (const [name, range] of Object.entries(spec.names ?? {})) wb.definedNames.add(`'${spec.name}'!${range}`, name);
  }
  return Buffer.from(fixZipTimes(new Uint8Array(await wb.xlsx.writeBuffer())));
}

function writeCell(cell: ExcelJS.Cell, v: SpecCell): void {
  if (v === null) return;
  if (typeof v === 'string' || typeof v === 'number') {
    cell.value = v;
    return;
  }
  if ('date' in v) {
    const [y, m, d] = v.date;
    cell.value = new Date(Date.UTC(y, m - 1, d));
    cell.numFmt = v.fmt ?? 'dd/mm/yyyy';
    return;
  }
  if ('num' in v) {
    cell.value = v.num;
    cell.numFmt = v.fmt;
    return;
  }
  cell.value = { error: v.error } as ExcelJS.CellErrorValue;
}

/** The lines of a seed document, and helpers to find its tables by their text. */
export class Seed {
  readonly lines: string[];
  constructor(text: string) {
    this.lines = text.split(/\r?\n/);
  }
  /** Index of the first line at or after `from` that starts with `prefix`. */
  find(prefix: string, from = 0): number {
    for (let i = from; i < this.lines.length; i++) if (this.lines[i].startsWith(prefix)) return i;
    throw new Error(`seed line not found: ${prefix}`);
  }
  /** Lines from `start` up to (not including) the first blank line. */
  block(start: number): string[] {
    const out: string[] = [];
    for (let i = start; i < this.lines.length && this.lines[i].trim() !== ''; i++) out.push(this.lines[i]);
    return out;
  }
  /** The line holding an indicator label like "[১.২.১]", searched from `from`. */
  row(label: string, from = 0): string[] {
    for (let i = from; i < this.lines.length; i++) if (this.lines[i].includes(label)) return this.lines[i].split('\t');
    throw new Error(`seed row not found: ${label}`);
  }
}

/** Bengali column-numbering row: ১ ২ ৩ … n. */
export function numberingRow(n: number): string[] {
  const bn = '০১২৩৪৫৬৭৮৯';
  return Array.from({ length: n }, (_, i) => String(i + 1).replace(/\d/g, (d) => bn[Number(d)]));
}
