import { governanceRows } from '../analyze/governanceRows';
import { valueAt } from '../grid/access';
import { columnsAt } from '../layouts/tableParts';
import { normalizeText } from '../text/normalizeText';
import type { RecognizedTable } from '../layouts/types';
import { weightSumMessage } from '../messages/findingMessages';
import type { Finding } from '../report/types';
import { badValues } from './badValues';
import { makeFinding } from './makeFinding';
import { readAt, type CellRead } from './readAt';
import { SEVERITY } from './severities';

const TOLERANCE = 0.01;
/** Section 3: the office's own areas weigh 70, governance 30 (apa-rules "Weights and totals"). */
const OWN_TOTAL = 70;
const GOVERNANCE_TOTAL = 30;
const ALL_TOTAL = 100;

interface Area {
  /** The row stating the area (its first row). */
  row: number;
  weight: CellRead | null;
  sum: number;
  indicators: number;
  section: 'own' | 'governance';
}

/**
 * weight-sum: indicator weights in an area (or integrity group) against the area's weight, and for
 * Section 3 the own areas against 70, governance against 30, or (when the table has no section labels)
 * all areas against 100. `weights` holds each indicator row's readable weight (0-based row → weight).
 * Unreadable area weights are bad-value warnings (they feed no marks).
 */
export function checkWeightSums(table: RecognizedTable, weights: Map<number, number | null>): Finding[] {
  return table.kind === 'integrity-plan' ? checkGroups(table, weights) : checkAreas(table, weights);
}

function checkAreas(table: RecognizedTable, weights: Map<number, number | null>): Finding[] {
  const { sheet } = table;
  if (table.columns.areaWeight === undefined) return [];
  const areas: Area[] = [];
  const byRow = new Map<number, Area>();
  let section: 'own' | 'governance' = 'own';
  let sawSection = false;
  let current: Area | null = null;
  for (const tr of table.rows) {
    if (tr.type === 'section') {
      section = tr.section ?? section;
      sawSection = true;
      current = null;
      continue;
    }
    if (tr.type !== 'indicator') continue;
    const columns = columnsAt(table, tr.row);
    let areaRow = tr.areaRow ?? (columns.area !== undefined && nonBlank(valueAt(sheet, tr.row, columns.area)) ? tr.row : null);
    // The area and its weight filled down on every row (unmerged and filled, or typed again): the same area.
    if (areaRow === tr.row && current !== null && columns.area !== undefined && sameArea(table, current.row, tr.row, columns.area, columns.areaWeight)) {
      areaRow = current.row;
    }
    if (areaRow !== null && areaRow !== undefined) {
      let a = byRow.get(areaRow);
      if (!a) {
        a = { row: areaRow, weight: readAt(sheet, areaRow, columns.areaWeight, null), sum: 0, indicators: 0, section };
        byRow.set(areaRow, a);
        areas.push(a);
      }
      current = a;
    }
    if (current === null) continue;
    const w = weights.get(tr.row);
    if (w !== null && w !== undefined) {
      current.sum += w;
      current.indicators++;
    }
  }

  const findings: Finding[] = badValues(
    sheet.name,
    areas.map((a) => ({ cell: a.weight, field: 'areaWeight' as const, severity: 'warning' as const })),
  );
  for (const a of areas) {
    const w = areaWeight(a);
    if (w === null || a.indicators === 0 || Math.abs(w - a.sum) <= TOLERANCE) continue;
    findings.push(makeFinding(sheet.name, a.weight!.row, a.weight!.col, 'weight-sum', SEVERITY['weight-sum'], weightSumMessage('area', w, a.sum)));
  }
  if (table.kind !== 'performance-plan') return findings;

  // The 70/30/100 splits, checked only when every area of the part states a readable weight.
  const parts: { areas: Area[]; expected: number; scope: 'own' | 'governance' | 'all' }[] = sawSection
    ? [
        { areas: areas.filter((a) => a.section === 'own'), expected: OWN_TOTAL, scope: 'own' },
        { areas: areas.filter((a) => a.section === 'governance'), expected: GOVERNANCE_TOTAL, scope: 'governance' },
      ]
    : [{ areas, expected: ALL_TOTAL, scope: 'all' }];
  // A Section 3 without labels and without governance rows may be the own areas alone (70), or all of it (100).
  const ownOnly = !sawSection && governanceRows(table).length === 0;
  for (const p of parts) {
    if (p.areas.length === 0 || p.areas.some((a) => areaWeight(a) === null)) continue;
    const sum = p.areas.reduce((s, a) => s + areaWeight(a)!, 0);
    if (Math.abs(sum - p.expected) <= TOLERANCE) continue;
    if (ownOnly && Math.abs(sum - OWN_TOTAL) <= TOLERANCE) continue;
    const last = p.areas[p.areas.length - 1].weight!;
    findings.push(makeFinding(sheet.name, last.row, last.col, 'weight-sum', SEVERITY['weight-sum'], weightSumMessage(p.scope, p.expected, sum)));
  }
  return findings;
}

function checkGroups(table: RecognizedTable, weights: Map<number, number | null>): Finding[] {
  const findings: Finding[] = [];
  let group: { row: number; weight: number; sum: number; indicators: number } | null = null;
  const close = () => {
    if (group && group.indicators > 0 && Math.abs(group.sum - group.weight) > TOLERANCE) {
      const col = labelColumn(table, group.row);
      findings.push(makeFinding(table.sheet.name, group.row, col, 'weight-sum', SEVERITY['weight-sum'], weightSumMessage('group', group.weight, group.sum)));
    }
  };
  for (const tr of table.rows) {
    if (tr.type === 'group') {
      close();
      group = tr.groupWeight !== null && tr.groupWeight !== undefined ? { row: tr.row, weight: tr.groupWeight, sum: 0, indicators: 0 } : null;
      continue;
    }
    if (tr.type !== 'indicator' || group === null) continue;
    const w = weights.get(tr.row);
    if (w !== null && w !== undefined) {
      group.sum += w;
      group.indicators++;
    }
  }
  close();
  return findings;
}

/** Row r repeats the area text (and weight) of row `of`. Exported: the per-area marks group rows the same way. */
export function sameArea(table: RecognizedTable, of: number, r: number, areaCol: number, weightCol: number | undefined): boolean {
  return sameText(valueAt(table.sheet, of, areaCol), valueAt(table.sheet, r, areaCol)) &&
    (weightCol === undefined || sameText(valueAt(table.sheet, of, weightCol), valueAt(table.sheet, r, weightCol)));
}

/** Equal as a clerk reads them (folded), deciding the common cases without folding: most area texts differ. */
function sameText(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') {
    // Folding only removes markup, spaces and punctuation and folds digits and vowel length: texts whose
    // first letters differ stay different (a cheap test before folding two long sentences).
    const fa = firstLetter(a);
    if (fa !== '' && fa !== firstLetter(b)) return false;
  }
  return normalizeText(a as never) === normalizeText(b as never);
}

function firstLetter(s: string): string {
  const m = LETTER.exec(s.slice(0, 12).normalize('NFC'));
  return m ? m[0].toLowerCase() : '';
}

/** Bengali consonants and independent vowels, Latin letters: what folding keeps as they are (but the case). */
const LETTER = /[\u0985-\u09B9A-Za-z]/;

function areaWeight(a: Area): number | null {
  return a.weight !== null && a.weight.reading.kind === 'number' ? a.weight.reading.value : null;
}

function nonBlank(v: unknown): boolean {
  return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
}

/** The first non-blank cell of a label row (group labels sit in the first column, often merged across). */
function labelColumn(table: RecognizedTable, row: number): number {
  for (let c = table.left; c <= table.right; c++) if (nonBlank(valueAt(table.sheet, row, c))) return c;
  return table.left;
}
