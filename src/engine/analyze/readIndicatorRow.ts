import { formulaAt, valueAt } from '../grid/access';
import type { CellValue, SheetGrid } from '../grid/types';
import type { ColumnRole, RecognizedTable, TableRow } from '../layouts/types';
import { classifyMethod } from '../methods/classifyMethod';
import { defaultMethod } from '../methods/defaultMethod';
import { cleanText } from '../text/cleanText';
import { classifyUnit } from '../units/classifyUnit';
import type { MethodKind, UnitKind } from '../values/types';
import { readAt, type CellRead } from '../checks/readAt';
import { partAt } from '../layouts/tableParts';
import { isTargetLabel } from '../layouts/lineLabels';
import { normalizeText } from '../text/normalizeText';

/** Everything the checks need from one indicator row, read once. Coordinates are 0-based sheet cells. */
export interface IndicatorCells {
  row: number;
  /** Integrity plans: the achievement row of the pair. */
  pairRow: number | null;
  label: string;
  /** The indicator cell's text; with the activity cell (read only when a finding needs it) it names the indicator. */
  indicatorText: string;
  sheet: SheetGrid;
  activityCol: number | undefined;
  unitCell: { row: number; col: number; value: CellValue } | null;
  unit: UnitKind | null;
  method: MethodKind;
  /** True when the method came from a গণনা পদ্ধতি cell (Section 3), false when defaulted by unit (annexes). */
  methodStated: boolean;
  weight: CellRead | null;
  /** The five tiers 100%..60% (null where the table has no such column); empty for single-target tables. */
  tiers: (CellRead | null)[];
  target: CellRead | null;
  /** Q1..Q4 achievements (null where the table has no such column). */
  quarters: (CellRead | null)[];
  /** Integrity plans: Q1..Q4 targets on the target row. */
  quarterTargets: (CellRead | null)[];
  halfYear: CellRead | null;
  annual: CellRead | null;
  claimed: CellRead | null;
  /** The cell a fill would write (the claimed column on the indicator's row), when the table has one. */
  claimedSlot: { row: number; col: number; blank: boolean } | null;
}

const TIER_ROLES = ['tier100', 'tier90', 'tier80', 'tier70', 'tier60'] as const;
const QUARTER_ROLES = ['q1', 'q2', 'q3', 'q4'] as const;
const LABEL = /^\s*\[+\s*([0-9০-৯]+(?:\s*\.\s*[0-9০-৯]+)*)\s*\]+/;
const SPACES = /\s+/g;

/** Read one indicator row of a scored table (for integrity plans, the target row and its pair). */
export function readIndicatorRow(table: RecognizedTable, tr: TableRow): IndicatorCells {
  const sheet = table.sheet;
  const part = partAt(table, tr.row);
  const cols = part.columns;
  const row = tr.row;
  const integrity = table.kind === 'integrity-plan';
  const pairRow = integrity && tr.pairRow !== undefined ? tr.pairRow : null;

  const unitValue = cols.unit === undefined ? null : valueAt(sheet, row, cols.unit);
  const unit = cols.unit === undefined ? null : unitOf(unitValue);
  const stated = cols.method === undefined ? null : methodOf(valueAt(sheet, row, cols.method));
  // A count-and-date row scores how many dated achievements there are: the earliest date counts nothing.
  const method = unit === 'count-date' && stated === 'date' ? 'sum' : stated ?? defaultMethod(unit);

  const tiers = table.generation === 'five-tier' || cols.tier100 !== undefined ? readRoles(sheet, row, cols, TIER_ROLES, unit) : [];
  const achievementRow = pairRow ?? row;
  // An integrity target row whose achievement row was never found: its quarter cells are targets, never
  // achievements (reading them as achievements would give full marks for a plan).
  const unpairedTarget = integrity && pairRow === null && cols.rowLabel !== undefined && isTargetLabel(normalizeText(valueAt(sheet, row, cols.rowLabel)));
  const quarters = unpairedTarget ? [null, null, null, null] : readRoles(sheet, achievementRow, cols, QUARTER_ROLES, unit);
  const quarterTargets = pairRow !== null || unpairedTarget ? readRoles(sheet, row, cols, QUARTER_ROLES, unit) : [];

  const indicatorText = cols.indicator === undefined ? '' : cleanText(valueAt(sheet, row, cols.indicator));
  return {
    row,
    pairRow,
    label: indicatorLabel(indicatorText, sheet, row, cols.activity),
    indicatorText,
    sheet,
    activityCol: cols.activity,
    unitCell: cols.unit === undefined ? null : { row, col: cols.unit, value: unitValue },
    unit,
    method,
    methodStated: stated !== null,
    weight: readAt(sheet, row, cols.weight, null),
    tiers,
    target: readAt(sheet, row, cols.target, unit),
    quarters,
    quarterTargets,
    halfYear: readAt(sheet, achievementRow, cols.halfYear, unit),
    // Integrity plans merge total and marks over the pair; unmerged copies may carry them on either row.
    annual: readAnnual(sheet, row, pairRow, cols.annual, unit),
    claimed: part.claimed === 'text' ? null : claimedCell(sheet, row, pairRow, cols.claimed, part.claimBeside),
    claimedSlot: cols.claimed === undefined ? null : { row, col: cols.claimed, blank: claimSlotBlank(sheet, row, pairRow, cols.claimed, part.claimBeside) },
  };
}

/**
 * The claimed marks: the claimed column's cell, or, where that is blank and the table writes some claims one
 * cell right (under no header), the cell beside it. A column of remarks under the claimed header reads none.
 */
function claimedCell(sheet: SheetGrid, row: number, pairRow: number | null, col: number | undefined, beside: number | undefined): CellRead | null {
  const cell = readPreferringFirst(sheet, row, pairRow, col, null);
  if (beside === undefined || cell === null || cell.reading.kind !== 'blank') return cell;
  const other = readPreferringFirst(sheet, row, pairRow, beside, null);
  return other !== null && other.reading.kind !== 'blank' ? other : cell;
}

/** A fill may go into the claimed cell only when it, its pair's cell and any claim beside it are all blank. */
function claimSlotBlank(sheet: SheetGrid, row: number, pairRow: number | null, col: number, beside: number | undefined): boolean {
  const blank = (c: number) => isBlankCell(sheet, row, c) && (pairRow === null || isBlankCell(sheet, pairRow, c));
  return blank(col) && (beside === undefined || blank(beside));
}

function readRoles(
  sheet: SheetGrid, row: number, cols: RecognizedTable['columns'], roles: readonly ColumnRole[], unit: UnitKind | null,
): (CellRead | null)[] {
  const out: (CellRead | null)[] = new Array(roles.length);
  for (let i = 0; i < roles.length; i++) out[i] = readAt(sheet, row, cols[roles[i]], unit);
  return out;
}

/**
 * The annual figure of an integrity pair: merged over both rows it sits on the target row; written on both
 * rows (unmerged), the target row holds the target's total and the achievement row the achieved total.
 */
function readAnnual(sheet: SheetGrid, row: number, pairRow: number | null, col: number | undefined, unit: UnitKind | null): CellRead | null {
  if (pairRow !== null && col !== undefined && !isBlankCell(sheet, row, col) && !isBlankCell(sheet, pairRow, col)) return readAt(sheet, pairRow, col, unit);
  return readPreferringFirst(sheet, row, pairRow, col, unit);
}

function readPreferringFirst(sheet: SheetGrid, row: number, pairRow: number | null, col: number | undefined, unit: UnitKind | null): CellRead | null {
  const first = readAt(sheet, row, col, unit);
  if (first === null || pairRow === null || first.reading.kind !== 'blank') return first;
  const second = readAt(sheet, pairRow, col, unit);
  return second !== null && second.reading.kind !== 'blank' ? second : first;
}

/**
 * Units and methods memoised by text: a sheet repeats "সংখ্যা", "সমষ্টি", "প্রাপ্ত নম্বর" on every row, and
 * classifying is a pure function of the text. Bounded like the reading cache.
 */
const UNIT_CACHE = new Map<string, UnitKind | null>();
const METHOD_CACHE = new Map<string, MethodKind | null>();
const CACHE_LIMIT = 5000;

function unitOf(v: CellValue): UnitKind | null {
  if (typeof v !== 'string') return classifyUnit(v);
  let u = UNIT_CACHE.get(v);
  if (u === undefined) {
    if (UNIT_CACHE.size >= CACHE_LIMIT) UNIT_CACHE.clear();
    u = classifyUnit(v);
    UNIT_CACHE.set(v, u);
  }
  return u;
}

function methodOf(v: CellValue): MethodKind | null {
  if (typeof v !== 'string') return classifyMethod(v);
  let m = METHOD_CACHE.get(v);
  if (m === undefined) {
    if (METHOD_CACHE.size >= CACHE_LIMIT) METHOD_CACHE.clear();
    m = classifyMethod(v);
    METHOD_CACHE.set(v, m);
  }
  return m;
}

/** The activity cell's text ('' when the table has no activity column). */
export function activityText(sheet: SheetGrid, row: number, col: number | undefined): string {
  return col === undefined ? '' : cleanText(valueAt(sheet, row, col));
}

/** Blank = no value (or only whitespace) and no formula: the only cells a fill may write. */
export function isBlankCell(sheet: SheetGrid, row: number, col: number): boolean {
  if (formulaAt(sheet, row, col)) return false;
  const v = valueAt(sheet, row, col);
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** "[১.১.১]" from the indicator (or activity) cell, else the indicator's text. */
function indicatorLabel(indicator: string, sheet: SheetGrid, row: number, activityCol: number | undefined): string {
  const m = LABEL.exec(indicator);
  if (m) return `[${m[1].replace(SPACES, '')}]`;
  if (indicator !== '') return indicator;
  const activity = activityText(sheet, row, activityCol);
  const a = LABEL.exec(activity);
  return a ? `[${a[1].replace(SPACES, '')}]` : activity;
}
