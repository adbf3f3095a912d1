import type { OfficeScore, TableKind } from '../../src/engine/report/types';

/** A hand-computed expectation for one table of a sample workbook. */
export interface ExpectedTable {
  sheet: string;
  kind: TableKind;
  range: string;
  /** row → [computed, claimed]; rows that do not apply: computed null. Omitted for text tables. */
  rows?: Record<number, [number | null, number | null]>;
  total?: number | null;
  max?: number | null;
  net?: number | null;
}

export interface JsonRow {
  row: number;
  computed: number | null;
  claimed: number | null;
  /** Extra field (not in the contract's minimum): where the claimed marks sit. */
  claimedCell?: string | null;
}
/** The office's score as the JSON report carries it (the engine's own type: the report is its shape). */
export type JsonScore = OfficeScore;
export interface JsonTable {
  score?: JsonScore;
  sheet: string;
  kind: string;
  range: string;
  rows: JsonRow[];
  total: number | null;
  max: number | null;
  net: number | null;
}
export interface JsonFinding {
  sheet: string;
  cell: string;
  row: number;
  rule: string;
  severity: string;
  message: string;
}
export interface JsonFill {
  sheet: string;
  cell: string;
  value: string | number;
}
export interface JsonReport {
  file: string;
  tables: JsonTable[];
  findings: JsonFinding[];
  fills?: JsonFill[];
  score?: JsonScore | null;
  offices?: { sheet: string; range: string | null; score: JsonScore }[];
}

const close = (a: number | null, b: number | null): boolean => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-6);

/**
 * Compares one table with its expectation and returns readable differences (an empty list when equal), so a
 * failing golden test says which row of which sheet is off.
 */
export function tableDifferences(actual: JsonTable, expected: ExpectedTable): string[] {
  const where = `${expected.sheet} ${expected.kind}`;
  const out: string[] = [];
  if (actual.range !== expected.range) out.push(`${where}: range ${actual.range}, expected ${expected.range}`);
  if (!expected.rows) {
    if (actual.rows.length !== 0) out.push(`${where}: text table should have no scored rows`);
    return out;
  }
  const seen = new Set<number>();
  for (const r of actual.rows) {
    seen.add(r.row);
    const e = expected.rows[r.row];
    if (!e) {
      out.push(`${where}: unexpected row ${r.row}`);
      continue;
    }
    if (!close(r.computed, e[0])) out.push(`${where} row ${r.row}: computed ${r.computed}, expected ${e[0]}`);
    if (!close(r.claimed, e[1])) out.push(`${where} row ${r.row}: claimed ${r.claimed}, expected ${e[1]}`);
  }
  for (const [row, e] of Object.entries(expected.rows)) {
    // A row that does not apply may be listed (computed null) or left out.
    if (!seen.has(Number(row)) && e[0] !== null) out.push(`${where}: row ${row} missing`);
  }
  for (const k of ['total', 'max', 'net'] as const) {
    if (expected[k] !== undefined && !close(actual[k], expected[k]!)) out.push(`${where}: ${k} ${actual[k]}, expected ${expected[k]}`);
  }
  return out;
}
