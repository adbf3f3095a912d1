import { DEFAULT_ANNEX_WEIGHTS } from '../checks/governanceKind';
import { rangeAddress } from '../grid/a1';
import type { RecognizedTable } from '../layouts/types';
import type { Analysis, AnalyzeOptions, Fill, FillsHeld, Finding, OfficeReport, TableKind, TableReport } from '../report/types';
import { makeFinding } from '../checks/makeFinding';
import { SEVERITY } from '../checks/severities';
import { roundMarks } from '../marks/roundMarks';
import { sumMismatchMessage } from '../messages/findingMessages';
import { grandTotalMismatchMessage, heldFillsReason } from '../messages/layoutMessages';
import { annexOnlyScore, officeScore, type AnnexNet } from './officeScore';
import { governanceRows } from './governanceRows';
import type { AnnexLink } from './scoreRow';
import { scoreTable, type TableOutcome } from './scoreTable';

const ANNEX_KINDS: ReadonlySet<TableKind> = new Set<TableKind>([
  'integrity-plan',
  'e-governance-plan',
  'grievance-plan',
  'citizen-charter-plan',
  'rti-plan',
  // Untitled annexes are scored like any annex; with no Section 3 weight they have no net and feed no row.
  'annex-plan',
]);

/**
 * Scores and checks recognised tables, workbook-wide:
 * 1. Section 3's governance rows give each annex its weight (the first Section 3 copy stating one wins;
 *    else the default 10/10/4/3/3).
 * 2. Annexes are scored; each one's net = total ÷ max × that weight.
 * 3. Section 3 is scored, its governance rows taking the matching annex's net as their achievement. With
 *    several copies of an annex, the first copy (sheet order) that reports any achievement gives the net,
 *    else the first copy. Every Section 3 copy is linked to the same nets.
 * Text tables are reported with no rows and null figures. Tables keep recognition's order.
 */
export function analyzeTables(tables: RecognizedTable[], options: AnalyzeOptions = {}): Analysis {
  const rule = options.tiers ?? 'interpolate';

  const annexWeights = new Map<TableKind, number>();
  for (const t of tables) {
    for (const g of governanceRows(t)) if (g.weight !== null && !annexWeights.has(g.kind)) annexWeights.set(g.kind, g.weight);
  }

  const outcomes = new Map<RecognizedTable, TableOutcome>();
  const links = new Map<TableKind, AnnexLink>();
  for (const t of tables) {
    if (!ANNEX_KINDS.has(t.kind)) continue;
    const o = scoreTable(t, { rule, annexWeight: annexWeights.get(t.kind) ?? DEFAULT_ANNEX_WEIGHTS[t.kind] ?? null });
    outcomes.set(t, o);
    const net = o.report.net;
    if (net === null) continue;
    const existing = links.get(t.kind);
    if (!existing || (!existing.reported && o.reported)) links.set(t.kind, { kind: t.kind, net, reported: o.reported });
  }
  for (const t of tables) {
    if (t.kind === 'performance-plan') outcomes.set(t, scoreTable(t, { rule, annexLinks: links }));
  }

  const annexNets: AnnexNet[] = [];
  for (const link of links.values()) {
    const weight = annexWeights.get(link.kind) ?? DEFAULT_ANNEX_WEIGHTS[link.kind];
    if (weight !== undefined) annexNets.push({ net: link.net, weight });
  }

  const reports: TableReport[] = [];
  const findings: Finding[] = [];
  const fills: Fill[] = [];
  const offices: OfficeReport[] = [];
  for (const t of tables) {
    const o = outcomes.get(t);
    if (!o) {
      reports.push({
        sheet: t.sheet.name,
        kind: t.kind,
        range: rangeAddress(t.top, t.left, t.bottom, t.right),
        rows: [],
        total: null,
        max: null,
        net: null,
        title: t.title,
      });
      continue;
    }
    if (t.kind === 'performance-plan') {
      o.report.score = officeScore(o.parts, annexNets);
      offices.push({ sheet: o.report.sheet, range: o.report.range, score: o.report.score });
    }
    reports.push(o.report);
    findings.push(...o.findings);
    fills.push(...o.fills);
  }
  findings.push(...checkGrandTotals(tables, outcomes));
  const fillsHeld: FillsHeld[] = [];
  for (const t of tables) {
    const o = outcomes.get(t);
    if (o && o.held > 0) fillsHeld.push({ sheet: o.report.sheet, range: o.report.range, cells: o.held, reason: heldFillsReason() });
  }
  if (offices.length === 0 && annexNets.length > 0) {
    const first = reports.find((r) => r.net !== null)!;
    offices.push({ sheet: first.sheet, range: null, score: annexOnlyScore(annexNets) });
  }
  return { tables: reports, findings, fills, offices, score: offices.length === 1 ? offices[0].score : null, fillsHeld };
}

const TOLERANCE = 0.01;

/**
 * সর্বমোট lines, workbook-wide. A line stating its own table's sum is fine; one stating the sum of the
 * last few tables (in workbook order, since the previous grand total) is a grand total and fine too.
 * Otherwise: a line that follows the table's own total is a wrong grand total (sum-mismatch against the
 * annex tables, or every table, since the previous one); a table's only total line is a wrong total.
 */
function checkGrandTotals(tables: RecognizedTable[], outcomes: Map<RecognizedTable, TableOutcome>): Finding[] {
  const findings: Finding[] = [];
  const scored: { table: RecognizedTable; o: TableOutcome }[] = [];
  for (const t of tables) {
    const o = outcomes.get(t);
    if (o) scored.push({ table: t, o });
  }
  let scopeStart = 0;
  for (let i = 0; i < scored.length; i++) {
    const { table, o } = scored[i];
    for (const g of o.grandLines) {
      if (Math.abs(g.value - o.sumClaimed) <= TOLERANCE) continue;
      let acc = o.sumClaimed;
      let matched = false;
      for (let k = i - 1; k >= scopeStart && !matched; k--) {
        acc += scored[k].o.sumClaimed;
        matched = Math.abs(g.value - acc) <= TOLERANCE;
      }
      const scope = scored.slice(scopeStart, i + 1);
      const annexes = scope.filter((s) => ANNEX_KINDS.has(s.table.kind));
      const annexSum = annexes.reduce((sum, s) => sum + s.o.sumClaimed, 0);
      if (!matched && annexes.length >= 2) matched = Math.abs(g.value - annexSum) <= TOLERANCE;
      if (matched || g.afterOwnTotal) scopeStart = i + 1;
      if (matched) continue;
      const sheet = table.sheet.name;
      if (g.afterOwnTotal && scope.length >= 2) {
        const over = annexes.length >= 2 ? annexes : scope;
        const sum = roundMarks(over.reduce((s, x) => s + x.o.sumClaimed, 0));
        findings.push(makeFinding(sheet, g.row, g.col, 'sum-mismatch', SEVERITY['sum-mismatch'], grandTotalMismatchMessage(g.value, sum, over.length)));
      } else {
        findings.push(makeFinding(sheet, g.row, g.col, 'sum-mismatch', SEVERITY['sum-mismatch'], sumMismatchMessage(g.value, o.sumClaimed)));
      }
    }
  }
  return findings;
}
