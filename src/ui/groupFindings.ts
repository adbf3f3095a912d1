import { parseCellAddress } from '../engine/grid/a1';
import type { Analysis, Finding, TableReport } from '../engine/report/types';

/** The findings of one table (or of a sheet outside any table), errors first. */
export interface TableFindings {
  /** null: the findings sit outside every recognised table of the sheet. */
  table: TableReport | null;
  findings: Finding[];
  errors: number;
  warnings: number;
}

export interface SheetFindings {
  sheet: string;
  groups: TableFindings[];
  errors: number;
  warnings: number;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function boxOf(range: string): Box | null {
  const [a, b = a] = range.split(':');
  const p = parseCellAddress(a);
  const q = parseCellAddress(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** The table of the sheet whose range holds the finding's cell (else the one holding its row). */
function tableFor(finding: Finding, tables: TableReport[]): TableReport | null {
  const at = parseCellAddress(finding.cell);
  const boxes = tables.map((t) => ({ t, box: boxOf(t.range) }));
  if (at) {
    const inside = boxes.find(({ box }) => box && at.row >= box.top && at.row <= box.bottom && at.col >= box.left && at.col <= box.right);
    if (inside) return inside.t;
  }
  // A total or net line just under the table is still that table's business.
  const row0 = finding.row - 1;
  const byRow = boxes.find(({ box }) => box && row0 >= box.top && row0 <= box.bottom + 3);
  return byRow ? byRow.t : null;
}

function severityRank(f: Finding): number {
  return f.severity === 'error' ? 0 : 1;
}

/** Errors before warnings, then top to bottom, left to right: the order a clerk fixes a sheet in. */
function byFixOrder(a: Finding, b: Finding): number {
  const s = severityRank(a) - severityRank(b);
  if (s !== 0) return s;
  if (a.row !== b.row) return a.row - b.row;
  const ca = parseCellAddress(a.cell)?.col ?? 0;
  const cb = parseCellAddress(b.cell)?.col ?? 0;
  return ca - cb;
}

function count(findings: Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/**
 * Findings grouped by sheet, then by table. Sheets and tables holding errors come first (in workbook
 * order among themselves), so the first thing on screen is the first thing to fix.
 */
export function groupFindings(analysis: Analysis): SheetFindings[] {
  const sheetOrder: string[] = [];
  const note = (s: string) => {
    if (!sheetOrder.includes(s)) sheetOrder.push(s);
  };
  analysis.tables.forEach((t) => note(t.sheet));
  analysis.findings.forEach((f) => note(f.sheet));

  const sheets: SheetFindings[] = [];
  for (const sheet of sheetOrder) {
    const findings = analysis.findings.filter((f) => f.sheet === sheet);
    if (findings.length === 0) continue;
    const tables = analysis.tables.filter((t) => t.sheet === sheet);
    const buckets = new Map<TableReport | null, Finding[]>();
    for (const f of findings) {
      const t = tableFor(f, tables);
      const list = buckets.get(t) ?? [];
      list.push(f);
      buckets.set(t, list);
    }
    const order: (TableReport | null)[] = [...tables.filter((t) => buckets.has(t)), ...(buckets.has(null) ? [null] : [])];
    const groups: TableFindings[] = order.map((table) => {
      const list = (buckets.get(table) ?? []).slice().sort(byFixOrder);
      return { table, findings: list, ...count(list) };
    });
    groups.sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0));
    sheets.push({ sheet, groups, ...count(findings) });
  }
  sheets.sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0));
  return sheets;
}
