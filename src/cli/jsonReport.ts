import type { Analysis, Bilingual, Finding, TableReport } from '../engine/report/types';

/** One file's entry in `--json` output: the report contract's shape plus the engine's extra fields. */
export interface FileReport {
  file: string;
  tables: TableReport[];
  findings: Finding[];
  /** Extra: blank claimed-marks cells the engine can fill (what --fill would write); rows 1-based like every row in the report. */
  fills?: JsonFill[];
  /** Extra: set when the file could not be read (then tables and findings are empty). */
  error?: { reason: string; message: string };
  /** Extra: where --fill wrote the copy and how many cells it filled. */
  filled?: { out: string; cells: string[] };
  /** Extra: sheets (or parts of them) the reader could not read; each also went to stderr. Counts as an error for the exit status. */
  readProblems?: { sheet: string | null; part: string | null; reason: string; message: string; messages: Bilingual }[];
}

export interface JsonFill {
  sheet: string;
  cell: string;
  row: number;
  marks: number;
  value: string | number;
}

export function fileReport(file: string, analysis: Analysis): FileReport {
  // The engine's Fill carries 0-based coordinates for adapters; the report speaks 1-based rows and A1 cells.
  const fills = analysis.fills.map((f) => ({ sheet: f.sheet, cell: f.cell, row: f.row + 1, marks: f.marks, value: f.value }));
  return { file, tables: analysis.tables, findings: analysis.findings, fills };
}

export function unreadableReport(file: string, reason: string, message: string): FileReport {
  return { file, tables: [], findings: [], error: { reason, message } };
}
