import type { Analysis, OfficeReport, OfficeScore } from './types';

/**
 * The district roll-up: one row per workbook, as `apa-check --summary` prints it and the web checker shows it.
 * Every figure is read from the engine's report (Analysis.score / offices / findings / fills); no marks are
 * recomputed here. Pure: no fs, no DOM, no Node modules.
 *
 * Decisions:
 * - One row per FILE. A workbook may hold several offices (several Section 3 tables: often the signed copy and
 *   the monitoring copy of the same office); the row shows the first office's score (sheet order) and
 *   `offices` says how many there are, so a surface can print "+১" and point at the file's own report.
 *   Errors, warnings and fillable cells are the file's: findings are not split between offices.
 * - Order (`sortRollup`): by office name in Bengali collation (numeric, so "উপজেলা ২" < "উপজেলা ১০"), ties by
 *   file; unreadable files last. An officer looks an upazila up by name; ranking by score is `by: 'score'`.
 * - The total row counts files and offices and sums errors, warnings, fillable and filled cells; its mean
 *   score is over the files whose shown score is a full one (max 100), since a partial score (own areas
 *   only, of 70; annexes only, of 30) cannot be averaged with full ones.
 */
export interface RollupRow {
  /** The path as given. */
  file: string;
  /** The office's name from the title lines, else the file's base name without its extension. */
  office: string;
  /** True when `office` is the file name (no office line found, or the file could not be read). */
  officeFromFileName: boolean;
  /** How many offices the workbook holds (Analysis.offices); 0 when no table is scored. */
  offices: number;
  /** The first office's score (see OfficeScore), null when no table is scored or the file is unreadable. */
  score: OfficeScore | null;
  /** The first office's sheet (where its Section 3, or its first annex, is). */
  sheet: string | null;
  /** Section 3 total and its maximum (100 for a full APA), from `score`. */
  total: number | null;
  max: number | null;
  /** Own areas (of 70) and governance (of 30), from `score`. */
  own: number | null;
  ownMax: number | null;
  governance: number | null;
  governanceMax: number | null;
  /** Where governance came from: the Section 3 governance rows, or the annex nets. */
  basis: OfficeScore['basis'];
  errors: number;
  warnings: number;
  /** Blank claimed-marks cells the engine can fill. */
  fillable: number;
  /** Cells written by --fill; null when nothing was filled (no --fill run). */
  filled: number | null;
  /** Set when the file could not be read; then every figure is null or 0. */
  unreadable: { reason: string; message: string } | null;
}

export interface RollupTotal {
  files: number;
  /** Files read and analysed. */
  read: number;
  unreadable: number;
  /** Offices over every read file (a workbook may hold several). */
  offices: number;
  /** Files with at least one error finding. */
  withErrors: number;
  errors: number;
  warnings: number;
  fillable: number;
  /** Sum of filled cells; null when no row was filled. */
  filled: number | null;
  /** Mean of the rows' Section 3 totals over `meanOf` full scores (max 100); null when there is none. */
  meanScore: number | null;
  meanOf: number;
}

/** The roll-up row of one analysed workbook; `filled` is the number of cells --fill wrote, when it ran. */
export function rollupRow(file: string, analysis: Analysis, filled: number | null = null): RollupRow {
  const offices: OfficeReport[] = analysis.offices ?? [];
  // analysis.score is the one office's score; with several, the first office's (documented above).
  const first = offices[0];
  const score: OfficeScore | null = analysis.score ?? first?.score ?? null;
  let errors = 0;
  for (const f of analysis.findings) if (f.severity === 'error') errors++;
  const name = analysis.office ?? null;
  return {
    file,
    office: name ?? baseName(file),
    officeFromFileName: name === null,
    offices: offices.length,
    score,
    sheet: first?.sheet ?? null,
    total: score?.total ?? null,
    max: score?.max ?? null,
    own: score?.own ?? null,
    ownMax: score?.ownMax ?? null,
    governance: score?.governance ?? null,
    governanceMax: score?.governanceMax ?? null,
    basis: score?.basis ?? null,
    errors,
    warnings: analysis.findings.length - errors,
    fillable: analysis.fills.length,
    filled,
    unreadable: null,
  };
}

/** The roll-up row of a file that could not be read: its name and the reason, no figures. */
export function unreadableRow(file: string, reason: string, message: string): RollupRow {
  return {
    file,
    office: baseName(file),
    officeFromFileName: true,
    offices: 0,
    score: null,
    sheet: null,
    total: null,
    max: null,
    own: null,
    ownMax: null,
    governance: null,
    governanceMax: null,
    basis: null,
    errors: 0,
    warnings: 0,
    fillable: 0,
    filled: null,
    unreadable: { reason, message },
  };
}

export function rollupTotal(rows: readonly RollupRow[]): RollupTotal {
  const t: RollupTotal = { files: rows.length, read: 0, unreadable: 0, offices: 0, withErrors: 0, errors: 0, warnings: 0, fillable: 0, filled: null, meanScore: null, meanOf: 0 };
  let sum = 0;
  for (const r of rows) {
    if (r.unreadable) {
      t.unreadable++;
      continue;
    }
    t.read++;
    t.offices += r.offices;
    t.errors += r.errors;
    t.warnings += r.warnings;
    t.fillable += r.fillable;
    if (r.errors > 0) t.withErrors++;
    if (r.filled !== null) t.filled = (t.filled ?? 0) + r.filled;
    if (r.total !== null && r.max === FULL_SCORE) {
      sum += r.total;
      t.meanOf++;
    }
  }
  if (t.meanOf > 0) t.meanScore = sum / t.meanOf;
  return t;
}

const FULL_SCORE = 100;

export type RollupOrder = 'office' | 'score';

let collator: Intl.Collator | null = null;
function bengali(): Intl.Collator {
  collator ??= new Intl.Collator('bn', { numeric: true, sensitivity: 'base' });
  return collator;
}

/**
 * The rows in the roll-up's order (a new array): read files first, by office name in Bengali collation (or by
 * score, highest first, unscored after the scored), ties by file name; then unreadable files by name.
 */
export function sortRollup(rows: readonly RollupRow[], by: RollupOrder = 'office'): RollupRow[] {
  const c = bengali();
  return [...rows].sort((a, b) => {
    const ua = a.unreadable ? 1 : 0;
    const ub = b.unreadable ? 1 : 0;
    if (ua !== ub) return ua - ub;
    if (by === 'score') {
      const sa = a.total === null ? -Infinity : a.total;
      const sb = b.total === null ? -Infinity : b.total;
      if (sa !== sb) return sb - sa;
    }
    return c.compare(a.office, b.office) || c.compare(a.file, b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  });
}

/**
 * A path's last component without its extension ("reports\\বাগাতিপাড়া.xlsx" → "বাগাতিপাড়া"), for Windows and
 * POSIX paths alike; without Node's path module so the browser can use it.
 */
export function baseName(file: string): string {
  const parts = file.split(/[\\/]+/).filter((p) => p !== '');
  const last = parts.length ? parts[parts.length - 1] : file;
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(0, dot) : last;
}
