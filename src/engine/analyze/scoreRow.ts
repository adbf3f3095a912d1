import { pushBadValue } from '../checks/badValues';
import { checkClaimed } from '../checks/checkClaimed';
import { checkAnnualFigure, checkHalfYear, checkQuarterTargets, quarterReadings } from '../checks/checkQuarters';
import { checkTierOrder } from '../checks/checkTierOrder';
import { isReported } from '../checks/figures';
import { figureOf } from '../values/figureOf';
import { isNotApplicable } from '../checks/isNotApplicable';
import { readFractionsAsPercent } from '../checks/percentFractions';
import { makeFinding } from '../checks/makeFinding';
import type { CellRead } from '../checks/readAt';
import { SEVERITY } from '../checks/severities';
import { cellAddress } from '../grid/a1';
import { roundMarks } from '../marks/roundMarks';
import { explainRow, explainScore, setWhy } from '../marks/explainMarks';
import { scoreIndicator, type ScoreInput } from '../marks/scoreIndicator';
import { cannotScoreMessage, governanceNetMismatchMessage, namedMessage, unitUnknownMessage, type FieldName } from '../messages/findingMessages';
import { indicatorName, ownName } from '../messages/indicatorName';
import { annualFigure } from '../methods/annualFigure';
import { isPercentSum, percentSumFigure } from '../methods/percentSum';
import type { Bilingual, Finding, RowReport, TableKind, TierRule } from '../report/types';
import { cleanText } from '../text/cleanText';
import type { MethodKind, Reading } from '../values/types';
import { activityText, type IndicatorCells } from './readIndicatorRow';

/** A Section 3 governance row's annex: its net becomes the row's achievement. */
export interface AnnexLink {
  kind: TableKind;
  net: number;
  /** The annex reports some achievement (decides whether a blank claimed cell is filled). */
  reported: boolean;
}

export interface RowContext {
  sheet: string;
  rule: TierRule;
  section?: 'own' | 'governance';
  annex?: AnnexLink | null;
  /** A Section 3 governance row ([১.১] শুদ্ধাচার …): its achievement is its annex's net. */
  governance?: boolean;
}

export interface RowOutcome {
  report: RowReport;
  findings: Finding[];
  /** False for rows that do not apply (not scored, not in the maximum). */
  applicable: boolean;
  /** The readable weight, applicable or not (weight sums use it); null when blank or unreadable. */
  weight: number | null;
  /** Claimed marks stated on the sheet. */
  claimed: number | null;
  /** Some achievement is reported (a quarter, the annual figure, or the linked annex). */
  reported: boolean;
  /** Where a fill would go: set only when the claimed cell is blank and the marks are computed. */
  fillSlot: { row: number; col: number; marks: number } | null;
}

const QUARTER_FIELDS: FieldName[] = ['q1', 'q2', 'q3', 'q4'];
const QUARTER_TARGET_FIELDS: FieldName[] = ['q1Target', 'q2Target', 'q3Target', 'q4Target'];
const BLANK: Reading = { kind: 'blank' };

/** Score one indicator row and check it: every finding the row's own cells can produce. */
export function scoreRow(cells: IndicatorCells, ctx: RowContext): RowOutcome {
  const sheet = ctx.sheet;
  const weightReading = cells.weight?.reading ?? BLANK;
  const weight = weightReading.kind === 'number' ? weightReading.value : null;
  const claimed = cells.claimed !== null && cells.claimed.reading.kind === 'number' ? cells.claimed.reading.value : null;
  const report: RowReport = {
    row: cells.row + 1,
    indicator: cells.label,
    weight,
    computed: null,
    claimed,
    claimedCell: cells.claimedSlot === null ? null : cellAddress(cells.claimedSlot.row, cells.claimedSlot.col),
    annual: null,
  };
  if (ctx.section) report.section = ctx.section;

  if (isNotApplicable(cells)) {
    setWhy(report, explainRow({ kind: 'not-applicable' }));
    return { report, findings: [], applicable: false, weight, claimed, reported: false, fillSlot: null };
  }

  const findings: Finding[] = [];
  // Fractions in a % row (0.6875 for 68.75%) are read on the row's percent scale, each with a warning.
  cells = readFractionsAsPercent(cells, sheet, findings);
  const unit = cells.unit;
  pushBadValue(findings, sheet, cells.weight, 'weight', 'error');
  for (const t of cells.tiers) pushBadValue(findings, sheet, t, 'tier', 'error', unit);
  pushBadValue(findings, sheet, cells.target, 'target', 'error', unit);
  for (let i = 0; i < cells.quarters.length; i++) pushBadValue(findings, sheet, cells.quarters[i], QUARTER_FIELDS[i], 'error', unit);
  for (let i = 0; i < cells.quarterTargets.length; i++) pushBadValue(findings, sheet, cells.quarterTargets[i], QUARTER_TARGET_FIELDS[i], 'warning', unit);

  // Where the achievement comes from, in this order: the quarters; the stated annual figure; the half-year.
  // The half-year figure stands for Q1 and Q2 when neither is reported (the 15 January report often fills
  // only অর্ধবার্ষিক অগ্রগতি): alone it is the achievement to date, beside Q3/Q4 it is their first half.
  const quarters = quarterReadings(cells.quarters);
  let anyQuarterReported = false;
  let anyQuarterBad = false;
  for (let i = 0; i < quarters.length; i++) {
    if (isReported(quarters[i])) anyQuarterReported = true;
    else if (quarters[i].kind === 'bad') anyQuarterBad = true;
  }
  const half = cells.halfYear?.reading ?? BLANK;
  const annualStated = cells.annual !== null && (isReported(cells.annual.reading) || cells.annual.reading.kind === 'bad');
  const halfInUse =
    (isReported(half) || half.kind === 'bad') && silent(quarters[0]) && silent(quarters[1]) && (anyQuarterReported || (!anyQuarterBad && !annualStated));
  // The half-year feeds the marks only when it stands in for the first two quarters.
  pushBadValue(findings, sheet, cells.halfYear, 'halfYear', halfInUse ? 'error' : 'warning', unit);
  pushBadValue(findings, sheet, cells.annual, 'annual', 'error', unit);
  pushBadValue(findings, sheet, cells.claimed, 'claimed', 'error');

  if (cells.unit === 'unknown' && cells.unitCell !== null) {
    const { row, col, value } = cells.unitCell;
    const text = cleanText(value);
    const holdsNumber = typeof value === 'number' || NUMBER_ONLY.test(text);
    findings.push(makeFinding(sheet, row, col, 'unit-unknown', SEVERITY['unit-unknown'], unitUnknownMessage(text, holdsNumber, cellAddress(row, col))));
  }
  const tierOrder = checkTierOrder(sheet, cells.tiers);
  if (tierOrder) findings.push(tierOrder);
  if (cells.quarterTargets.length > 0) {
    const targetReadings = quarterReadings(cells.quarterTargets);
    const targetsPercentSum = isPercentSum(cells.method, cells.unit, targetReadings);
    const targets = checkQuarterTargets(sheet, cells.target, cells.quarterTargets, targetsPercentSum ? 'average' : cells.method, targetsPercentSum);
    if (targets) findings.push(targets);
  }

  // The figure from the quarters (the half-year standing in for Q1 and Q2), when any is reported; else the
  // stated annual figure. An unreadable half-year in use blocks the row like an unreadable quarter.
  const halfBad = halfInUse && half.kind === 'bad';
  const fromQuarters = anyQuarterReported || (halfInUse && !halfBad);
  const standIn = halfInUse && !halfBad;
  const halfPercent = cells.unit === 'percent' || (half.kind === 'number' && half.percent);
  const source = standIn ? withHalfYear(quarters, half, cells.method === 'sum' && halfPercent ? 'average' : cells.method) : quarters;
  // Percentages under a stated sum are averaged (or taken as the shares or running figure the total states).
  const percentSum = isPercentSum(cells.method, cells.unit, source);
  const method: MethodKind = percentSum ? 'average' : cells.method;
  let derived: Reading = BLANK;
  if (fromQuarters) derived = percentSum ? percentSumFigure(source, standIn ? null : cells.annual?.reading ?? null) : annualFigure(source, method);
  // An unreadable quarter is its own finding: the quarters without it cannot judge the stated total
  // (one cause, one finding), just as they give no marks.
  if (fromQuarters && !anyQuarterBad && !halfBad) {
    const total = checkAnnualFigure(sheet, cells.annual, derived, method);
    if (total) findings.push(total);
  }
  if (derived.kind === 'bad') {
    // The quarters cannot make one figure (dates mixed with numbers …): say so where they start.
    const at = cells.quarters.find((q) => q !== null && isReported(q.reading)) ?? cells.halfYear!;
    findings.push(makeFinding(sheet, at.row, at.col, 'bad-value', SEVERITY['bad-value'], cannotScoreMessage(derived.reason)));
  }
  if (cells.halfYear !== null && isReported(half) && quarters[0].kind !== 'bad' && quarters[1].kind !== 'bad') {
    const q12PercentSum = cells.method === 'sum' && isPercentSum('sum', cells.unit, quarters.slice(0, 2));
    const halfFinding = checkHalfYear(sheet, cells.halfYear, cells.quarters, q12PercentSum ? 'average' : cells.method, q12PercentSum);
    if (halfFinding) findings.push(halfFinding);
  }

  const stated = fromQuarters ? derived : (cells.annual?.reading ?? BLANK);
  let achievement: Reading = isReported(stated) ? stated : BLANK;
  let reported = isReported(stated);
  report.annual = figureOf(isReported(derived) ? derived : stated);

  // Section 3 governance rows take the matching annex's net as their achievement.
  if (ctx.annex) {
    const statedCell = statedAchievementCell(cells);
    if (statedCell !== null) {
      const s = figureOf(statedCell.reading);
      if (s !== null && Math.abs(s - ctx.annex.net) > 0.01) {
        const msg = governanceNetMismatchMessage(s, ctx.annex.kind, ctx.annex.net, cellAddress(statedCell.row, statedCell.col));
        findings.push(makeFinding(sheet, statedCell.row, statedCell.col, 'net-mismatch', SEVERITY['net-mismatch'], msg));
      }
    }
    achievement = { kind: 'number', value: ctx.annex.net, percent: false };
    reported = ctx.annex.reported;
    report.annual = ctx.annex.net;
  }

  // Never score on a guess: an unreadable weight, tier, target or achievement leaves the marks unknown.
  const blocked =
    weight === null ||
    anyBad(cells.tiers) ||
    (cells.target !== null && cells.target.reading.kind === 'bad') ||
    (!ctx.annex && (anyQuarterBad || halfBad || derived.kind === 'bad' || (!fromQuarters && cells.annual !== null && cells.annual.reading.kind === 'bad')));

  let computed: number | null = null;
  if (!blocked && achievement.kind === 'blank' && ctx.governance && !ctx.annex) {
    // A governance row whose annex is not in the workbook and which reports nothing itself: its marks are the
    // annex's net, which cannot be known here. Unknown, not 0 (a claim of 8 is no error we can show).
    computed = null;
    setWhy(report, explainRow({ kind: 'blocked', cause: 'annex' }));
  } else if (!blocked && achievement.kind === 'blank') {
    // apa-rules "No achievement: 0" — scored without the tiers, so a plan row with no tiers yet is no finding.
    computed = 0;
    setWhy(report, explainRow({ kind: 'no-achievement', weight: weight! }));
  } else if (!blocked) {
    const input: ScoreInput = {
      unit: cells.unit,
      weight: weight!,
      achievement,
      tiers: cells.tiers.length > 0 ? tierReadings(cells.tiers) : undefined,
      target: cells.target?.reading,
      rule: ctx.rule,
    };
    const score = scoreIndicator(input);
    setWhy(report, explainScore(input, score, ctx.annex?.kind ?? null));
    if (!score.applicable) {
      return { report, findings: [], applicable: false, weight, claimed, reported: false, fillSlot: null };
    }
    if (score.marks === null) {
      // Unordered tiers already have their tier-order finding, an impossible date its bad-value: one cause, one finding.
      if (score.problem && !tierOrder && !score.ownFinding) {
        const at = firstTargetCell(cells) ?? cells.weight!;
        findings.push(makeFinding(sheet, at.row, at.col, 'bad-value', SEVERITY['bad-value'], cannotScoreMessage(score.problem)));
      }
    } else {
      computed = roundMarks(score.marks);
    }
  } else {
    const cause = weight === null ? 'weight' : anyBad(cells.tiers) ? 'tier' : cells.target?.reading.kind === 'bad' ? 'target' : 'achievement';
    setWhy(report, explainRow({ kind: 'blocked', cause }));
  }
  report.computed = computed;

  const claimedFinding = checkClaimed(sheet, cells.claimed, weight, computed);
  if (claimedFinding) findings.push(claimedFinding);

  const fillSlot =
    cells.claimedSlot !== null && cells.claimedSlot.blank && computed !== null && reported
      ? { row: cells.claimedSlot.row, col: cells.claimedSlot.col, marks: computed }
      : null;
  if (findings.length > 0) nameFindings(findings, cells);
  return { report, findings, applicable: true, weight, claimed, reported, fillSlot };
}

/** Every finding of the row names its indicator (code and first words), once per row with findings. */
function nameFindings(findings: Finding[], cells: IndicatorCells): void {
  const name = nameOf(cells);
  for (const f of findings) {
    if (cells.label !== '') f.indicator = cells.label;
    if (name === null) continue;
    f.messages = namedMessage(name, f.messages);
    f.message = `${f.messages.bn} / ${f.messages.en}`;
  }
}

/**
 * Names memoised by indicator text when that text names the indicator on its own (a code and words, the
 * usual case): copies of a workbook repeat the same indicators on every sheet. Bounded like the other caches.
 */
const NAME_CACHE = new Map<string, Bilingual>();
const NAME_CACHE_LIMIT = 5000;

function nameOf(cells: IndicatorCells): Bilingual | null {
  const text = cells.indicatorText;
  const hit = text.length <= 200 ? NAME_CACHE.get(text) : undefined;
  if (hit !== undefined) return hit;
  const own = ownName(text);
  if (own === null) return indicatorName(text, activityText(cells.sheet, cells.row, cells.activityCol));
  if (text.length <= 200) {
    if (NAME_CACHE.size >= NAME_CACHE_LIMIT) NAME_CACHE.clear();
    NAME_CACHE.set(text, own);
  }
  return own;
}

const NUMBER_ONLY = /^[\s0-9০-৯.,]+$/;

function tierReadings(tiers: (CellRead | null)[]): Reading[] {
  const out: Reading[] = new Array(tiers.length);
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i];
    out[i] = t === null ? BLANK : t.reading;
  }
  return out;
}

function anyBad(cells: (CellRead | null)[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c !== null && c.reading.kind === 'bad') return true;
  }
  return false;
}

/** Where a governance row states its achievement: the annual cell, else the latest reported quarter, else the half-year. */
function statedAchievementCell(cells: IndicatorCells): CellRead | null {
  if (cells.annual !== null && isReported(cells.annual.reading)) return cells.annual;
  for (let i = cells.quarters.length - 1; i >= 0; i--) {
    const q = cells.quarters[i];
    if (q !== null && isReported(q.reading)) return q;
  }
  if (cells.halfYear !== null && isReported(cells.halfYear.reading)) return cells.halfYear;
  return null;
}

/** A quarter that says nothing: blank or "-" (an unreadable one says something unknown). */
function silent(r: Reading): boolean {
  return r.kind === 'blank' || r.kind === 'na';
}

/**
 * The quarters with the half-year figure in place of the silent Q1 and Q2: once for a sum, a running total
 * or the earliest date; twice for an average (it is the mean of two quarters).
 */
function withHalfYear(quarters: Reading[], half: Reading, method: MethodKind): Reading[] {
  return [half, method === 'average' ? half : BLANK, quarters[2], quarters[3]];
}

function firstTargetCell(cells: IndicatorCells): CellRead | null {
  if (cells.target !== null) return cells.target;
  return cells.tiers.find((t) => t !== null) ?? null;
}
