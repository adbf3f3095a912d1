import { checkLayout } from '../checks/checkLayout';
import { checkTotalLines, grandLines, type GrandLine } from '../checks/checkTotalLines';
import { partAt } from '../layouts/tableParts';
import { checkWeightSums } from '../checks/checkWeightSums';
import { usesBengaliDigits } from '../checks/digitStyle';
import { fillMarks, fillValue } from '../checks/fillValue';
import { makeFinding } from '../checks/makeFinding';
import { cellAddress, rangeAddress } from '../grid/a1';
import type { RecognizedTable, TablePart } from '../layouts/types';
import { explainNet, explainRow } from '../marks/explainMarks';
import { netMarks } from '../marks/netMarks';
import { roundMarks } from '../marks/roundMarks';
import { rowUnreadableMessage } from '../messages/findingMessages';
import type { Fill, Finding, RowReport, TableKind, TableReport, TierRule } from '../report/types';
import { areaTally, setIndicatorText } from './areaMarks';
import { governanceRows } from './governanceRows';
import { readIndicatorRow } from './readIndicatorRow';
import { scoreRow, type AnnexLink, type RowOutcome } from './scoreRow';

export interface TableOutcome {
  report: TableReport;
  findings: Finding[];
  fills: Fill[];
  /** Some indicator reports an achievement (Section 3 governance rows use the annex copy that does). */
  reported: boolean;
  /** Section 3: marks and maximum of its own-area rows and of its governance rows (the office's score). */
  parts: ScoreParts;
  /** Sum of the claimed marks the table states (a grand total over several tables adds these). */
  sumClaimed: number;
  /** Its সর্বমোট lines, checked workbook-wide (analyzeTables). */
  grandLines: GrandLine[];
  /** Blank claimed cells held back because the claimed column is not certain. */
  held: number;
  /** Blank claimed cells not filled because the sheet is hidden. */
  heldHidden: number;
}

export interface ScoreParts {
  own: PartSum;
  governance: PartSum;
}

export interface PartSum {
  total: number;
  max: number;
  /** Indicator rows counted (applicable or not): a part with none is absent from the table. */
  rows: number;
  /** Rows with computed marks (a governance row whose annex is missing has none). */
  scored: number;
}

export interface TableOptions {
  rule: TierRule;
  /** Annexes: the Section 3 weight the net is scaled to. */
  annexWeight?: number | null;
  /** Section 3: the annex nets its governance rows take as achievement. */
  annexLinks?: Map<TableKind, AnnexLink>;
}

/** Scores a scored table: its rows, total, max, net, every finding and the fills for its blank claims. */
export function scoreTable(table: RecognizedTable, options: TableOptions): TableOutcome {
  const sheet = table.sheet.name;
  const findings: Finding[] = [];
  const rows: RowReport[] = [];
  const fills: Fill[] = [];
  const weights = new Map<number, number | null>();
  const bengali = usesBengaliDigits(table);
  const governance = new Map(governanceRows(table).map((g) => [g.row.row, g.kind]));
  const labelled = table.rows.some((r) => r.type === 'section');
  const parts: ScoreParts = { own: { total: 0, max: 0, rows: 0, scored: 0 }, governance: { total: 0, max: 0, rows: 0, scored: 0 } };
  const areas = table.kind === 'performance-plan' ? areaTally(table) : null;
  const held = new Map<TablePart, number>();
  let hiddenHeld = 0;

  let total = 0;
  let max = 0;
  let sumClaimed = 0;
  let sumWeights = 0;
  let reported = false;
  let section: 'own' | 'governance' | undefined;
  for (const tr of table.rows) {
    if (tr.type === 'section') {
      section = tr.section ?? section;
      areas?.section(tr.section);
    }
    if (tr.type !== 'indicator') continue;
    let outcome: RowOutcome;
    try {
      const kind = governance.get(tr.row);
      const annex = kind !== undefined ? options.annexLinks?.get(kind) ?? null : null;
      outcome = scoreRow(readIndicatorRow(table, tr), {
        sheet, rule: options.rule, section: table.kind === 'performance-plan' ? section : undefined, annex, governance: kind !== undefined,
      });
    } catch {
      // One strange row must never stop the workbook: report it and move on.
      findings.push(makeFinding(sheet, tr.row, table.left, 'bad-value', 'error', rowUnreadableMessage()));
      rows.push({ row: tr.row + 1, indicator: '', weight: null, computed: null, claimed: null, why: explainRow({ kind: 'blocked', cause: 'achievement' }).why });
      continue;
    }
    setIndicatorText(outcome.report, table, tr);
    areas?.add(tr, outcome.report.computed, outcome.applicable ? outcome.weight : null);
    rows.push(outcome.report);
    findings.push(...outcome.findings);
    weights.set(tr.row, outcome.weight);
    if (outcome.weight !== null) sumWeights += outcome.weight;
    if (outcome.claimed !== null) sumClaimed += outcome.claimed;
    if (outcome.applicable && outcome.weight !== null) max += outcome.weight;
    if (outcome.report.computed !== null) total += outcome.report.computed;
    if (outcome.reported) reported = true;
    // Which part of the office's score the row counts in: by its section label, else by being a governance row.
    const part = (labelled ? section === 'governance' : governance.has(tr.row)) ? parts.governance : parts.own;
    part.rows++;
    if (outcome.applicable && outcome.weight !== null) part.max += outcome.weight;
    if (outcome.report.computed !== null) {
      part.total += outcome.report.computed;
      part.scored++;
    }
    if (outcome.fillSlot) {
      const { row, col, marks } = outcome.fillSlot;
      const tablePart = partAt(table, tr.row);
      // Fill only where the claimed column is certain (a header its body contradicts may be the remarks), and
      // never on a hidden sheet (the report contract: a fill changes no hidden sheet).
      if (table.sheet.hidden) hiddenHeld++;
      else if (tablePart.claimed !== 'certain') held.set(tablePart, (held.get(tablePart) ?? 0) + 1);
      else fills.push({ sheet, cell: cellAddress(row, col), row, col, marks: fillMarks(marks), value: fillValue(marks, bengali) });
    }
  }

  total = roundMarks(total);
  max = roundMarks(max);
  const isAnnex = table.kind !== 'performance-plan';
  const weight = isAnnex ? options.annexWeight ?? null : null;
  const net = isAnnex && weight !== null ? netMarks(total, max, weight) : null;

  try {
    findings.push(...checkLayout(table, held));
    findings.push(...checkWeightSums(table, weights));
    findings.push(...checkTotalLines(table, { sumClaimed: roundMarks(sumClaimed), sumWeights: roundMarks(sumWeights), total, max, weight, net }));
  } catch {
    findings.push(makeFinding(sheet, table.top, table.left, 'bad-value', 'error', rowUnreadableMessage()));
  }
  findings.sort((a, b) => a.row - b.row);
  let heldCount = 0;
  for (const n of held.values()) heldCount += n;

  const report: TableReport = {
    sheet,
    kind: table.kind,
    range: rangeAddress(table.top, table.left, table.bottom, table.right),
    rows,
    total,
    max,
    net: net === null ? null : roundMarks(net),
    title: table.title,
  };
  const areaReports = areas?.result();
  if (areaReports) report.areas = areaReports;
  if (isAnnex) report.netMax = weight;
  if (report.net !== null && weight !== null) report.netWhy = explainNet(total, max, weight, report.net);
  return {
    report,
    findings,
    fills,
    reported,
    parts,
    sumClaimed: roundMarks(sumClaimed),
    grandLines: grandLinesOf(table),
    held: heldCount,
    heldHidden: hiddenHeld,
  };
}

function grandLinesOf(table: RecognizedTable): GrandLine[] {
  try {
    return grandLines(table);
  } catch {
    return [];
  }
}
