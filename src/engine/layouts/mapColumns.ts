import { classifyNormalized, type HeaderCell } from './classifyHeaderCell';
import type { HeaderBlock } from './headerBlock';
import type { SheetIndex } from './sheetIndex';
import type { ColumnRole } from './types';
import { GROUP_MEANINGS, QUARTER_ORDINALS, type HeaderMeaning } from './vocabulary';
import { cleanText } from '../text/cleanText';

export interface ColumnMap {
  columns: Partial<Record<ColumnRole, number>>;
  /** Meaning of every column that has one (text-table meanings included). */
  meanings: Map<number, HeaderMeaning>;
  /** Header text of each column (header rows joined with " / "), for reports and the task pane. */
  labels: Record<number, string>;
}

const TIER_BY_PERCENT: Record<number, HeaderMeaning> = { 100: 'tier100', 90: 'tier90', 80: 'tier80', 70: 'tier70', 60: 'tier60' };
const TEXT_MEANINGS: ReadonlySet<HeaderMeaning> = new Set<HeaderMeaning>([
  'outcome', 'acronym', 'description', 'implementer', 'evidence', 'linkedOffices', 'coordination',
  'jointlyResponsible', 'dataSource', 'planTerm', 'subject', 'implementationPlan', 'implementationPeriod', 'quantity',
]);

/**
 * Give each column of a header block its meaning. The lowest header row is the most specific
 * (tier names under লক্ষ্যমাত্রা/নির্ণায়ক, quarters under বাস্তবায়ন অগ্রগতি); merged cells spread their
 * text over the columns they cover; an unmerged group title (লক্ষ্যমাত্রা, প্রক্ষেপণ, প্রকৃত অর্জন, অগ্রগতি)
 * is the parent of the columns to its right whose upper cell is blank, so "২০২৬-২০২৭" under a blank
 * cell right of "প্রক্ষেপণ" is the second projection.
 */
export function mapColumns(index: SheetIndex, block: HeaderBlock): ColumnMap {
  const { top, bottom, left, right } = block;
  const height = bottom - top + 1;
  const openGroup: (HeaderMeaning | null)[] = new Array(height).fill(null);
  const meanings = new Map<number, HeaderMeaning>();
  const labels: Record<number, string> = {};
  const bare = new Map<number, number>();

  for (let c = left; c <= right; c++) {
    const cells: (HeaderCell | null)[] = [];
    const parents: (HeaderMeaning | null)[] = [];
    const ordinals: (number | null)[] = [];
    let anyBelow = false;
    for (let h = bottom; h >= top; h--) {
      const cell = index.headerCell(h, c, top);
      ordinals[h - top] = cell ? null : ordinalOf(index.text(h, c));
      const blank = index.isBlank(h, c) && !index.mergeAt(h, c);
      cells[h - top] = cell;
      // Soft spreading: a blank cell with something below it sits under the open group title.
      if (!blank || cell) {
        openGroup[h - top] = cell && cell.kind === 'meaning' && GROUP_MEANINGS.has(cell.meaning) ? cell.meaning : null;
        parents[h - top] = null;
      } else {
        parents[h - top] = anyBelow ? openGroup[h - top] : null;
        if (!anyBelow) openGroup[h - top] = null;
      }
      if (!blank || cell) anyBelow = true;
    }
    const found = leafMeaning(cells, parents, ordinals);
    if (found !== null && typeof found === 'object') {
      bare.set(c, found.bareOrdinal);
      const label = headerLabel(index, block, c);
      if (label) labels[c] = label;
      continue;
    }
    const leaf = found;
    // Words wrapped onto the next row ("১ম" / "ত্রৈমাসিক অগ্রগতি") say more together than the group title alone.
    const joined = leaf === null || GROUP_MEANINGS.has(leaf) ? joinedMeaning(index, block, c) : null;
    const meaning = joined ?? leaf;
    if (meaning) meanings.set(c, meaning);
    const label = headerLabel(index, block, c);
    if (label) labels[c] = label;
  }
  if (bare.size > 0 && [...meanings.values()].some((m) => PROGRESS_MEANINGS.has(m))) {
    for (const [c, n] of bare) meanings.set(c, QUARTER_ROLES[n]);
  }
  return { columns: assignRoles(meanings), meanings, labels };
}

/** From the lowest header row up: the first cell that says something, read with its parent above. */
/** A bare ordinal (১ম, ২য় …) with nothing above it: a quarter only if the block has progress columns. */
interface BareOrdinal {
  bareOrdinal: number;
}

function leafMeaning(cells: (HeaderCell | null)[], parents: (HeaderMeaning | null)[], ordinals: (number | null)[]): HeaderMeaning | BareOrdinal | null {
  const parentAbove = (i: number): HeaderMeaning | null => {
    for (let j = i - 1; j >= 0; j--) {
      const c = cells[j];
      if (c && c.kind === 'meaning') return c.meaning;
      if (parents[j]) return parents[j];
    }
    return null;
  };
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i];
    if (!cell) {
      // A bare ordinal under "ত্রৈমাসিক অগ্রগতি" (merged over the four quarters, or to their left) is that quarter.
      const n = ordinals[i];
      if (n !== null && n !== undefined) {
        const parent = parentAbove(i);
        if (parent === 'progress') return QUARTER_ROLES[n];
        if (parent === null) return { bareOrdinal: n };
      }
      continue;
    }
    const parent = parentAbove(i);
    if (cell.kind === 'meaning') {
      // A tier name above its percentage, or the group title itself when nothing more specific is below.
      return cell.meaning;
    }
    if (cell.kind === 'percent') {
      if (parent && parent.startsWith('tier')) return parent;
      if (parent === null || parent === 'target') {
        const tier = TIER_BY_PERCENT[cell.percent];
        if (tier) return tier;
      }
      continue;
    }
    // A year label names a column of its parent group (প্রকৃত অর্জন / প্রক্ষেপণ / লক্ষ্যমাত্রা).
    if (parent === 'actual' || parent === 'projection' || parent === 'target') return parent;
  }
  return null;
}

/** Header words split over rows without a merge ("কর্মসম্পাদন" / "সূচক"): read the column top to bottom. */
function joinedMeaning(index: SheetIndex, block: HeaderBlock, c: number): HeaderMeaning | null {
  const parts: string[] = [];
  for (let h = block.top; h <= block.bottom; h++) {
    const t = index.text(h, c);
    if (t) parts.push(t);
  }
  if (parts.length < 2) return null;
  const cell = classifyNormalized(parts.join(' '));
  return cell && cell.kind === 'meaning' && !GROUP_MEANINGS.has(cell.meaning) ? cell.meaning : null;
}

function headerLabel(index: SheetIndex, block: HeaderBlock, c: number): string {
  const parts: string[] = [];
  for (let h = block.top; h <= block.bottom; h++) {
    let v = index.value(h, c);
    if (index.isBlank(h, c)) {
      const m = index.mergeAt(h, c);
      if (m && m.top >= block.top) v = index.value(m.top, m.left);
    }
    const t = cleanText(v);
    if (t && parts[parts.length - 1] !== t) parts.push(t);
  }
  return parts.join(' / ');
}

/** Meanings → roles: ordinals for actual/projection, the bare "মান" by its neighbour, first column wins. */
function assignRoles(meanings: Map<number, HeaderMeaning>): Partial<Record<ColumnRole, number>> {
  const roles: Partial<Record<ColumnRole, number>> = {};
  const cols = [...meanings.keys()].sort((a, b) => a - b);
  const set = (role: ColumnRole, c: number) => {
    if (roles[role] === undefined) roles[role] = c;
  };
  for (const c of cols) {
    const m = meanings.get(c)!;
    if (m === 'actual') set(roles.actual1 === undefined ? 'actual1' : 'actual2', c);
    else if (m === 'projection') set(roles.projection1 === undefined ? 'projection1' : 'projection2', c);
    else if (m === 'progress') continue;
    else if (m === 'bareWeight') {
      const leftMeaning = meanings.get(c - 1);
      set(leftMeaning === 'area' || roles.weight !== undefined ? 'areaWeight' : 'weight', c);
    } else if (TEXT_MEANINGS.has(m)) set('text', c);
    else set(m as ColumnRole, c);
  }
  return roles;
}

const QUARTER_ROLES: HeaderMeaning[] = ['q1', 'q2', 'q3', 'q4'];
const PROGRESS_MEANINGS = new Set<HeaderMeaning>(['progress', 'q1', 'q2', 'q3', 'q4', 'halfYear']);
/** Folded ordinals alone: "1ম", "2য়", "প্রথম", "3rd" … → 0..3. */
const ORDINALS: Record<string, number> = {};
QUARTER_ORDINALS.forEach((forms, i) => {
  for (const f of forms) ORDINALS[f] = i;
});
function ordinalOf(norm: string): number | null {
  const n = ORDINALS[norm];
  return n === undefined ? null : n;
}
