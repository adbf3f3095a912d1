import type { Analysis, Finding, TableReport } from '../engine/report/types';

/** One file's entry in `--json` output: the report contract's shape plus the engine's extra fields. */
export interface FileReport {
  file: string;
  tables: TableReport[];
  findings: Finding[];
  /** Extra: blank claimed-marks cells the engine can fill (what --fill would write). */
  fills?: Analysis['fills'];
  /** Extra: set when the file could not be read (then tables and findings are empty). */
  error?: { reason: string; message: string };
  /** Extra: where --fill wrote the copy and how many cells it filled. */
  filled?: { out: string; cells: string[] };
}

export function fileReport(file: string, analysis: Analysis): FileReport {
  return { file, tables: analysis.tables, findings: analysis.findings, fills: analysis.fills };
}

export function unreadableReport(file: string, reason: string, message: string): FileReport {
  return { file, tables: [], findings: [], error: { reason, message } };
}
