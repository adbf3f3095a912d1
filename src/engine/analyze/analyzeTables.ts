import { DEFAULT_ANNEX_WEIGHTS } from '../checks/governanceKind';
import { rangeAddress } from '../grid/a1';
import type { RecognizedTable } from '../layouts/types';
import type { Analysis, AnalyzeOptions, Fill, FillsHeld, Finding, OfficeReport, TableKind, TableReport } from '../report/types';
import { makeFinding } from '../checks/makeFinding';
import { SEVERITY } from '../checks/severities';
import { roundMarks } from '../marks/roundMarks';
import { sumMismatchMessage } from '../messages/findingMessages';
import { grandTotalMismatchMessage, heldFillsReason, hiddenSheetReason } from '../messages/layoutMessages';
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
 * Scores and checks recognised tables, workbook-wide, office by office. A workbook may hold several
 * offices (a district's upazilas) or several copies of one office (a sheet set per quarter): each Section 3
 * starts an office, and the annexes after it (up to the next Section 3; those before the first belong to
 * the first) are its annexes. Per office:
 * 1. its Section 3 governance rows give each of its annexes its weight (else the first Section 3 of the
 *    workbook stating one, else the default 10/10/4/3/3);
 * 2. its annexes are scored; each one's net = total ÷ max × that weight;
 * 3. its Section 3 is scored, the governance rows taking the matching annex's net as their achievement. With
 *    several copies of an annex, the first copy that reports any achievement gives the net, else the first.
 *    An office with no annexes of its own takes the workbook's (one Section 3 sheet and annexes elsewhere).
 * Text tables are reported with no rows and null figures. Tables keep recognition's order.
 */
export function analyzeTables(tables: RecognizedTable[], options: AnalyzeOptions = {}): Analysis {
  const rule = options.tiers ?? 'interpolate';

  const workbookWeights = annexWeightsOf(tables.filter((t) => t.kind === 'performance-plan'));
  const outcomes = new Map<RecognizedTable, TableOutcome>();
  const segments = officeSegments(tables);
  for (const seg of segments) {
    const weights = annexWeightsOf(seg.plan ? [seg.plan] : []);
    for (const t of seg.annexes) {
      const weight = weights.get(t.kind) ?? workbookWeights.get(t.kind) ?? DEFAULT_ANNEX_WEIGHTS[t.kind] ?? null;
      const o = scoreTable(t, { rule, annexWeight: weight });
      outcomes.set(t, o);
      const net = o.report.net;
      if (net === null || weight === null) continue;
      const existing = seg.links.get(t.kind);
      if (!existing || (!existing.reported && o.reported)) seg.links.set(t.kind, { kind: t.kind, net, reported: o.reported, weight });
    }
  }
  // The workbook's first reported copy of each annex, for offices without annexes of their own.
  const workbookLinks = new Map<TableKind, WeightedLink>();
  for (const seg of segments) {
    for (const [kind, link] of seg.links) {
      const existing = workbookLinks.get(kind);
      if (!existing || (!existing.reported && link.reported)) workbookLinks.set(kind, link);
    }
  }
  const linksOf = (seg: OfficeSegment) => (seg.annexes.length > 0 ? seg.links : workbookLinks);
  for (const seg of segments) {
    if (seg.plan) outcomes.set(seg.plan, scoreTable(seg.plan, { rule, annexLinks: linksOf(seg) }));
  }
  const netsOf = (seg: OfficeSegment): AnnexNet[] => [...linksOf(seg).values()].map((l) => ({ net: l.net, weight: l.weight }));
  const segmentOf = new Map<RecognizedTable, OfficeSegment>();
  for (const seg of segments) if (seg.plan) segmentOf.set(seg.plan, seg);

  const reports: TableReport[] = [];
  const findings: Finding[] = [];
  const fills: Fill[] = [];
  const offices: OfficeReport[] = [];
  const visiblePlans = tables.some((t) => t.kind === 'performance-plan' && !t.sheet.hidden);
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
      o.report.score = officeScore(o.parts, netsOf(segmentOf.get(t)!));
      // A hidden copy (a template, an old quarter) is no office of its own beside visible ones.
      if (!t.sheet.hidden || !visiblePlans) offices.push({ sheet: o.report.sheet, range: o.report.range, score: o.report.score });
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
    if (o && o.heldHidden > 0) fillsHeld.push({ sheet: o.report.sheet, range: o.report.range, cells: o.heldHidden, reason: hiddenSheetReason() });
  }
  const annexesAlone = segments.length === 1 && segments[0].plan === null ? netsOf(segments[0]) : [];
  if (offices.length === 0 && annexesAlone.length > 0) {
    const first = reports.find((r) => r.net !== null)!;
    offices.push({ sheet: first.sheet, range: null, score: annexOnlyScore(annexesAlone) });
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

interface WeightedLink extends AnnexLink {
  /** The Section 3 weight the net is out of. */
  weight: number;
}

interface OfficeSegment {
  plan: RecognizedTable | null;
  annexes: RecognizedTable[];
  links: Map<TableKind, WeightedLink>;
}

/** Each Section 3 with the annexes after it (annexes before the first Section 3 go with the first). */
function officeSegments(tables: RecognizedTable[]): OfficeSegment[] {
  const segments: OfficeSegment[] = [];
  const leading: RecognizedTable[] = [];
  for (const t of tables) {
    if (t.kind === 'performance-plan') segments.push({ plan: t, annexes: [], links: new Map() });
    else if (ANNEX_KINDS.has(t.kind)) {
      if (segments.length === 0) leading.push(t);
      else segments[segments.length - 1].annexes.push(t);
    }
  }
  if (segments.length === 0) return [{ plan: null, annexes: leading, links: new Map() }];
  segments[0].annexes.unshift(...leading);
  return segments;
}

/** The annex weights Section 3 governance rows state (the first table stating one wins). */
function annexWeightsOf(plans: RecognizedTable[]): Map<TableKind, number> {
  const weights = new Map<TableKind, number>();
  for (const t of plans) {
    for (const g of governanceRows(t)) if (g.weight !== null && !weights.has(g.kind)) weights.set(g.kind, g.weight);
  }
  return weights;
}
