import { readHeaderBlock, isHeaderRow, type HeaderBlock } from './headerBlock';
import { isAchievementLabel, isNoteLine, isTargetLabel, sectionOf, totalLineKind } from './lineLabels';
import { mapColumns, type ColumnMap } from './mapColumns';
import { parseGroupLabel } from './parseGroupLabel';
import type { SheetIndex } from './sheetIndex';
import type { ColumnRole, TableRow } from './types';

export interface BodyOptions {
  /** Integrity plans: rows come in target/achievement pairs and group rows carry weights. */
  integrity: boolean;
  /** Text tables: every data row is 'text' (nothing is scored). */
  textTable: boolean;
  /** The title lines above the first header, folded: repeated above a later header they continue the table. */
  titles?: string[];
}

export interface Body {
  rows: TableRow[];
  /** Last row that belongs to the table (header bottom when the body is empty). */
  bottom: number;
  /** The body's parts: under the first header, then under each header repeated after a page break. */
  parts: { fromRow: number; map: ColumnMap }[];
}

/**
 * Rows that may sit between two parts of one table (blank lines of a page break, a stray cell) before the
 * table is considered ended. Rows in such a gap are kept (as 'text') only if the table continues after it.
 */
const MAX_GAP = 4;
/** Share of the roles a header repeated after a page break must name again (in any columns). */
const SAME_ROLES = 0.75;
/**
 * How far past a page break the repeated header may sit: blank lines plus lines a pasted report repeats
 * above it (the office-name line, the title, a stray "+", a page number).
 */
const LOOKAHEAD = 10;

/** Section, total, net and group labels are short lines. */
const MAX_LABEL_CHARS = 120;

/** Columns whose cells hold figures: a row with any of them filled is a data row. */
const FIGURE_ROLES: ColumnRole[] = [
  'weight', 'unit', 'method', 'target', 'tier100', 'tier90', 'tier80', 'tier70', 'tier60', 'actual1', 'actual2',
  'projection1', 'projection2', 'q1', 'q2', 'q3', 'q4', 'halfYear', 'annual', 'claimed',
];

/**
 * Walk down from under the header and type every row of the table: indicators (pairs for integrity
 * plans), section labels, group rows, page-break repeats of the header, text rows, total and net lines.
 * The table ends at a note line, at a different header, or after a gap with nothing that fits.
 */
export function walkBody(index: SheetIndex, header: HeaderBlock, map: ColumnMap, opts: BodyOptions): Body {
  const { left, right } = header;
  // The current part's columns: a header repeated after a page break may order them differently.
  let cols = map.columns;
  const rows: TableRow[] = [];
  const parts: Body['parts'] = [{ fromRow: header.top, map }];
  let pending: { row: number; blank: boolean; page: boolean }[] = [];
  let bottom = header.numberingRow ?? header.bottom;
  let lastAreaRow: number | null = null;
  let openIndicator: TableRow | null = null;
  const singles = new Set<number>();
  const ownTitles = new Set(opts.titles ?? []);

  const has = (role: ColumnRole, r: number) => cols[role] !== undefined && !index.isBlank(r, cols[role]!);
  const accept = (row: TableRow) => {
    for (const p of pending) if (!p.blank) rows.push({ type: 'text', row: p.row });
    pending = [];
    rows.push(row);
    if (row.row > bottom) bottom = row.row;
    if (row.pairRow !== undefined && row.pairRow > bottom) bottom = row.pairRow;
  };
  /**
   * A line a pasted report repeats at a page break, in one or two cells: a line that stood above the first
   * header (the title, the office name), a page number, or a stray mark with no words ("+", "।"). Any other
   * text (another office's name, another annex's title) starts something else.
   */
  const isPageLine = (r: number): boolean => {
    const f = index.row(r);
    if (f.nonBlank === 0 || f.nonBlank > 2) return false;
    for (let c = f.first; c <= f.last; c++) {
      if (index.isBlank(r, c)) continue;
      const v = index.value(r, c);
      if (typeof v === 'number') continue;
      if (typeof v !== 'string' || v.length > MAX_LABEL_CHARS) return false;
      const t = index.text(r, c);
      if (ownTitles.has(t) || !WORD.test(t) || PAGE_NUMBER.test(t)) continue;
      return false;
    }
    return true;
  };
  /** The header block at r, when it repeats this table's roles (its columns may be in another order). */
  const repeatAt = (r: number): { block: HeaderBlock; map: ColumnMap } | null => {
    if (!isHeaderRow(index, r)) return null;
    const block = readHeaderBlock(index, r);
    if (!block) return null;
    const again = mapColumns(index, block);
    return sameRoles(map, again) ? { block, map: again } : null;
  };
  /** A repeated header ahead, past nothing but blank and page lines. */
  const repeatAhead = (from: number): boolean => {
    for (let k = from; k <= Math.min(index.bottom, from + LOOKAHEAD); k++) {
      if (index.row(k).nonBlank === 0) continue;
      if (isHeaderRow(index, k)) return repeatAt(k) !== null;
      if (!isPageLine(k)) return false;
    }
    return false;
  };
  const hold = (r: number, blank: boolean): boolean => {
    const page = !blank && isPageLine(r);
    pending.push({ row: r, blank, page });
    if (pending.length <= MAX_GAP) return true;
    // A long page break (blank lines, the office name and title repeated) before the header comes again.
    return pending.every((p) => p.blank || p.page) && repeatAhead(r + 1);
  };
  /** Integrity plans: an achievement-labelled row ahead of an unlabelled one, before the next indicator. */
  const achievementAhead = (from: number): boolean => {
    if (cols.rowLabel === undefined) return false;
    for (let k = from; k <= Math.min(index.bottom, from + LOOKAHEAD); k++) {
      if (index.row(k).nonBlank === 0 || index.row(k).numbering) continue;
      const label = index.text(k, cols.rowLabel);
      if (isAchievementLabel(label)) return true;
      if (isTargetLabel(label) || has('activity', k) || has('indicator', k) || has('weight', k)) return false;
    }
    return false;
  };

  let r = bottom + 1;
  while (r <= index.bottom) {
    // The cells of this row inside the table's columns.
    let count = 0;
    let first = -1;
    for (let c = left; c <= right; c++) {
      if (index.isBlank(r, c)) continue;
      count++;
      if (first < 0) first = c;
    }
    if (count === 0) {
      if (!hold(r, true)) break;
      r++;
      continue;
    }

    // A header: the same one repeated after a page break continues the table; any other ends it.
    if (isHeaderRow(index, r)) {
      const again = pending.every((p) => p.blank || p.page) ? repeatAt(r) : null;
      if (again) {
        for (const p of pending) if (!p.blank) rows.push({ type: 'repeat-header', row: p.row });
        pending = [];
        const last = again.block.numberingRow ?? again.block.bottom;
        for (let h = r; h <= last; h++) accept({ type: 'repeat-header', row: h });
        parts.push({ fromRow: r, map: again.map });
        cols = again.map.columns;
        // An integrity pair may straddle the break: its achievement row comes under the repeated header.
        if (!opts.integrity) openIndicator = null;
        r = last + 1;
        continue;
      }
      // Single lines right above the next table are its title, not this table's text.
      while (rows.length > 0 && rows[rows.length - 1].type === 'text' && singles.has(rows[rows.length - 1].row)) rows.pop();
      bottom = rows.length > 0 ? Math.max(...rows.map((x) => x.pairRow ?? x.row)) : header.numberingRow ?? header.bottom;
      break;
    }
    if (index.row(r).numbering) {
      accept({ type: 'repeat-header', row: r });
      r++;
      continue;
    }

    const firstValue = index.value(r, first);
    // Fold the first cell only when it can be a label: labels are short and never start with a code "[১…".
    const firstText =
      typeof firstValue === 'string' && firstValue.length <= MAX_LABEL_CHARS && !CODE_RAW.test(firstValue) ? index.text(r, first) : '';
    const single = count === 1;
    if (single) singles.add(r);

    if (single) {
      if (isNoteLine(firstValue)) break;
      const section = opts.textTable ? null : sectionOf(firstText);
      if (section) {
        accept({ type: 'section', row: r, section });
        lastAreaRow = null;
        openIndicator = null;
        r++;
        continue;
      }
    }
    const total = totalLineKind(firstText);
    // মোট typed under the last indicator (in the indicator column) is a total line too, when it is just the label.
    if (total && (first !== cols.indicator || firstText.split(' ').length <= 3) && onlyFigures(index, r, first, right)) {
      const line: TableRow = { type: total, row: r };
      const valueCol = figureColumn(index, r, first, right, cols.claimed);
      if (valueCol !== undefined && index.isBlank(r, valueCol) && INLINE_FIGURE.test(String(firstValue))) {
        // "মোট: ২৯.৫০", "নীট: ৬.০": label and figure in one cell.
        line.valueCol = first;
        line.inline = true;
      } else if (valueCol !== undefined) line.valueCol = valueCol;
      else if (INLINE_FIGURE.test(String(firstValue))) {
        line.valueCol = first;
        line.inline = true;
      }
      if (total === 'total' && GRAND.test(firstText)) line.grand = true;
      accept(line);
      openIndicator = null;
      r++;
      continue;
    }
    if (opts.integrity) {
      const group = parseGroupLabel(firstValue);
      if (group && first <= (cols.activity ?? left) && !has('indicator', r) && !has('rowLabel', r)) {
        let weight = group.weight;
        if (weight === null && cols.weight !== undefined) weight = numberIn(index, r, cols.weight);
        accept({ type: 'group', row: r, groupWeight: weight });
        openIndicator = null;
        r++;
        continue;
      }
      const label = cols.rowLabel !== undefined ? index.text(r, cols.rowLabel) : '';
      const describes = count >= 2 && (has('activity', r) || has('indicator', r) || has('weight', r));
      if (openIndicator && openIndicator.pairRow === undefined) {
        // The achievement half of the pair above (its activity, weight and marks were merged over both rows):
        // the row labelled অর্জন (even with the activity's wrapped text or filled-down cells on it), a row
        // repeating the target row's activity and indicator (unmerged and filled down), or an unlabelled row of
        // figures when no labelled one follows it.
        const paired =
          isAchievementLabel(label) ||
          (label === '' && sameIndicatorAs(index, r, openIndicator.row, cols)) ||
          (!describes && label === '' && (cols.rowLabel === undefined ? true : hasProgress(index, r, cols) && !achievementAhead(r + 1)));
        if (paired) {
          openIndicator.pairRow = r;
          for (const p of pending) if (!p.blank) rows.push({ type: 'text', row: p.row });
          pending = [];
          if (r > bottom) bottom = r;
          openIndicator = null;
          r++;
          continue;
        }
      }
      if (describes || isTargetLabel(label)) {
        const row: TableRow = { type: 'indicator', row: r };
        accept(row);
        openIndicator = row;
        r++;
        continue;
      }
    } else if (!opts.textTable && isIndicatorRow(index, r, cols)) {
      const row: TableRow = { type: 'indicator', row: r };
      if (cols.area !== undefined) {
        if (!index.isBlank(r, cols.area)) lastAreaRow = r;
        else {
          const m = index.mergeAt(r, cols.area);
          if (m && m.top < r) row.areaRow = m.top;
          else if (lastAreaRow !== null) row.areaRow = lastAreaRow;
        }
      }
      accept(row);
      r++;
      continue;
    }

    // Anything else: text of a text table, or a stray line (kept only if the table goes on after it).
    if (opts.textTable && (pending.length === 0 || count >= 2)) {
      accept({ type: 'text', row: r });
      r++;
      continue;
    }
    if (!single && pending.length === 0) {
      // A continuation line ("the first row's text finishing" after a page break) inside the table.
      accept({ type: 'text', row: r });
      r++;
      continue;
    }
    if (!hold(r, false)) break;
    r++;
  }
  return { rows, bottom, parts };
}

/** Scored tables: a row with an indicator (coded, or with figures), or an activity with a weight. */
function isIndicatorRow(index: SheetIndex, r: number, cols: Partial<Record<ColumnRole, number>>): boolean {
  const filled = (role: ColumnRole) => cols[role] !== undefined && !index.isBlank(r, cols[role]!);
  const figures = FIGURE_ROLES.some(filled);
  if (filled('indicator')) return figures || CODE.test(index.text(r, cols.indicator!)) || CODE_RAW.test(String(index.value(r, cols.indicator!)));
  if (filled('activity')) return figures;
  return false;
}

/** Everything right of the label is a figure or blank (a total line, not a data row). */
function onlyFigures(index: SheetIndex, r: number, from: number, to: number): boolean {
  for (let c = from + 1; c <= to; c++) {
    const v = index.value(r, c);
    if (index.isBlank(r, c)) continue;
    if (typeof v === 'number') continue;
    if (typeof v === 'string' && FIGURE.test(v)) continue;
    return false;
  }
  return true;
}

/** The stated figure of a total/net line: the claimed-marks cell when filled, else the rightmost figure. */
function figureColumn(index: SheetIndex, r: number, from: number, to: number, claimed: number | undefined): number | undefined {
  if (claimed !== undefined && claimed > from && !index.isBlank(r, claimed)) return claimed;
  for (let c = to; c > from; c--) {
    const v = index.value(r, c);
    if (typeof v === 'number' || (typeof v === 'string' && FIGURE.test(v) && !index.isBlank(r, c))) return c;
  }
  return claimed !== undefined && claimed > from ? claimed : undefined;
}

function numberIn(index: SheetIndex, r: number, c: number): number | null {
  const v = index.value(r, c);
  if (typeof v === 'number') return v;
  const t = index.text(r, c);
  return INTEGER_OR_DECIMAL.test(t) ? Number(t.replace(' ', '.')) : null;
}

/** The repeated header names (nearly) the same roles as the first one, wherever it puts them. */
function sameRoles(a: ColumnMap, b: ColumnMap): boolean {
  const ka = Object.keys(a.columns) as ColumnRole[];
  const kb = Object.keys(b.columns) as ColumnRole[];
  const total = Math.max(ka.length, kb.length);
  if (total === 0) return false;
  const same = ka.filter((k) => b.columns[k] !== undefined).length;
  return same / total >= SAME_ROLES;
}

/** The row repeats the activity and indicator of row `of` (merged cells unmerged and filled down). */
function sameIndicatorAs(index: SheetIndex, r: number, of: number, cols: Partial<Record<ColumnRole, number>>): boolean {
  let compared = 0;
  for (const role of ['activity', 'indicator'] as const) {
    const c = cols[role];
    if (c === undefined || index.isBlank(of, c)) continue;
    if (index.text(r, c) !== index.text(of, c)) return false;
    compared++;
  }
  return compared > 0;
}

/** An integrity achievement row reports something: a quarter, the half-year, the annual figure or the marks. */
function hasProgress(index: SheetIndex, r: number, cols: Partial<Record<ColumnRole, number>>): boolean {
  for (const role of PROGRESS_ROLES) {
    const c = cols[role];
    if (c !== undefined && !index.isBlank(r, c)) return true;
  }
  return false;
}

const PROGRESS_ROLES: ColumnRole[] = ['q1', 'q2', 'q3', 'q4', 'halfYear', 'annual', 'claimed'];
/** A label cell that also holds its figure: "মোট: ২৯.৫০", "মোট .৫০", "নীট: ৬.০". */
const INLINE_FIGURE = /[0-9\u09E6-\u09EF]/;
/** Letters of a word (a line of only marks and digits is no text). */
const WORD = /[\u0980-\u09FFA-Za-z]/;
/** "পৃষ্ঠা ১৭", "পাতা-২", "Page 3 of 9" (folded). */
const PAGE_NUMBER = /^(?:পৃষ্ঠা|পাতা|page|pg|p)(?: no)? \d+(?: (?:of|এর) \d+)?$/;
/** A total line naming itself the grand total (সর্বমোট, Grand total). */
const GRAND = /^(?:সর্বমোট|grand)(?: |$)/;

/** "[১.১.১]" folds to "1 1 1 …"; a coded indicator starts with numbers. */
const CODE = /^\d+(?: \d+)+(?: |$)/;
const CODE_RAW = /^\s*\[/;
const FIGURE = /^[\s0-9\u09E6-\u09EF.,%()\-–=+*/]*$/;
const INTEGER_OR_DECIMAL = /^\d+(?: \d+)?$/;
