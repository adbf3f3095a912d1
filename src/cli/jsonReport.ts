import type { Analysis, Bilingual, FillsHeld, Finding, OfficeReport, OfficeScore, TableReport } from '../engine/report/types';

/** One file's entry in `--json` output: the report contract's shape plus the engine's extra fields. */
export interface FileReport {
  file: string;
  tables: TableReport[];
  findings: Finding[];
  /** Extra: blank claimed-marks cells the engine can fill (what --fill would write); rows 1-based like every row in the report. */
  fills?: JsonFill[];
  /** Extra: the office's score out of 100 when the workbook holds one office (see OfficeScore), else null. */
  score?: OfficeScore | null;
  /** Extra: every office's score (one per Section 3 table, or the annexes alone). */
  offices?: OfficeReport[];
  /** Extra: blank claimed cells not filled because the claimed column is not certain, per table, with why. */
  fillsHeld?: FillsHeld[];
  /** Extra: set when the file could not be read (then tables and findings are empty). */
  error?: { reason: string; message: string };
  /** Extra: where --fill wrote the copy and how many cells it filled. */
  filled?: { out: string; cells: string[] };
  /** Extra: the office's name from the title lines (null when none is plausible; the summary then uses the file name). */
  office?: string | null;
  /** Extra: this file's line of `--summary` (engine/report/rollup.ts): office, score, governance, counts. */
  summary?: import('../engine/report/rollup').RollupRow;
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
  return { ...contractReport(file, analysis), office: analysis.office ?? null };
}

function contractReport(file: string, analysis: Analysis): FileReport {
  // The engine's Fill carries 0-based coordinates for adapters; the report speaks 1-based rows and A1 cells.
  const fills = analysis.fills.map((f) => ({ sheet: f.sheet, cell: f.cell, row: f.row + 1, marks: f.marks, value: f.value }));
  return { file, tables: analysis.tables, findings: analysis.findings, fills, score: analysis.score ?? null, offices: analysis.offices ?? [], fillsHeld: analysis.fillsHeld ?? [] };
}

export function unreadableReport(file: string, reason: string, message: string): FileReport {
  return { file, tables: [], findings: [], error: { reason, message } };
}
