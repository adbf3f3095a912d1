import type { Analysis, Bilingual } from '../engine/report/types';

/** One file of a web-checker batch: checked (analysis) or not readable (message). */
export interface BatchFile {
  name: string;
  analysis?: Analysis | null;
  message?: Bilingual | null;
}

/** Everything the results area can show. The shell renders exactly one of these. */
export type ViewState =
  /** The pane was opened outside Excel (a plain browser tab). */
  | { kind: 'no-host'; checkerUrl: string }
  /** Nothing checked yet. */
  | { kind: 'idle' }
  /**
   * Reading / checking / filling; fraction 0..1 when known, else an indeterminate bar. `source` names the
   * file being worked on (checker), `stepId` says which step for tests and the page's data-step.
   */
  | { kind: 'busy'; step: Bilingual; fraction?: number | null; source?: string | null; stepId?: string }
  /** An analysis to show; source names the file (checker) when there is one. */
  | { kind: 'results'; analysis: Analysis; source?: string | null }
  /** The workbook could not be read or the check failed; the message is for the clerk, the file name stays on screen. */
  | { kind: 'failed'; message: Bilingual; source?: string | null }
  /** Several files checked at once (checker): the district roll-up, each office expanding to its report. */
  | { kind: 'batch'; files: BatchFile[] };

/** The outcome a results state stands for, as named in the UI brief (and in data-outcome for tests). */
export type Outcome = 'no-tables' | 'no-scored' | 'all-correct' | 'errors' | 'warnings';

export function outcomeOf(analysis: Analysis): Outcome {
  if (analysis.tables.length === 0 && analysis.findings.length === 0) return 'no-tables';
  if (analysis.findings.some((f) => f.severity === 'error')) return 'errors';
  if (analysis.findings.length > 0) return 'warnings';
  // Tables were found but none is scored (an action plan, acronyms): nothing was checked, so nothing is "correct".
  if (!analysis.tables.some((t) => t.total !== null)) return 'no-scored';
  return 'all-correct';
}

/** A one-line message under the toolbar after an action (fill done, undo done, a failure). */
export interface Notice {
  text: Bilingual;
  tone: 'info' | 'success' | 'error';
}
