import type { SheetGrid } from '../grid/types';
import type { HeaderCell } from './classifyHeaderCell';
import { decideKind } from './decideKind';
import { titleLines } from './findTitle';
import { isHeaderRow, readHeaderBlock } from './headerBlock';
import { mapColumns } from './mapColumns';
import { SheetIndex } from './sheetIndex';
import type { ColumnRole, LayoutNotice, RecognizedTable, TablePart, TableRow } from './types';
import { reconcileColumns } from './reconcileColumns';
import { walkBody, type Body } from './walkBody';
import { normalizeText } from '../text/normalizeText';
import { ANNEX_KEYWORDS, type HeaderMeaning } from './vocabulary';
import { namesKind } from './titleWords';

/**
 * Every standard APA table on one sheet, top to bottom. One pass builds row facts (how many header
 * words each row holds); header blocks are found where a row names two or more meanings; columns are
 * mapped from the block, the body is walked down to the table's end, and the kind is decided from the
 * roles, the title above and the activities. Rows a table has claimed are never scanned again.
 */
export function recognizeSheet(sheet: SheetGrid, cache?: Map<string, HeaderCell | null>): RecognizedTable[] {
  const index = new SheetIndex(sheet, cache);
  const tables: RecognizedTable[] = [];
  let floor = index.top;
  let r = index.top;
  while (r <= index.bottom) {
    const table = isHeaderRow(index, r) ? tableAt(index, r, floor) : null;
    if (!table) {
      r++;
      continue;
    }
    tables.push(table);
    floor = table.bottom + 1;
    r = table.bottom + 1;
  }
  return tables;
}

function tableAt(index: SheetIndex, r: number, floor: number): RecognizedTable | null {
  const header = readHeaderBlock(index, r);
  if (!header) return null;
  const map = mapColumns(index, header);
  const titles = titleLines(index, header.top, header.right, floor);
  const titleNorms = titles.map((t) => normalizeText(t.text));
  const meanings = new Set<HeaderMeaning>(map.meanings.values());
  const cols = map.columns;
  // A weight with tiers, a target or the target/achievement label is a scored table, whatever text columns it
  // adds (a monitoring copy's প্রমাণক or তথ্যসূত্র column); text tables have no weight.
  const scored = cols.weight !== undefined && (cols.tier100 !== undefined || cols.target !== undefined || cols.rowLabel !== undefined);
  const textTable =
    !scored &&
    (meanings.has('acronym') || meanings.has('evidence') || meanings.has('linkedOffices') || meanings.has('coordination') ||
      meanings.has('outcome') || meanings.has('jointlyResponsible') || meanings.has('dataSource') ||
      (cols.weight === undefined && cols.tier100 === undefined && cols.target === undefined && cols.rowLabel === undefined));
  const integrityTitle = titleNorms.some((t) => INTEGRITY_TITLE.some((w) => t.includes(w)));
  let integrity = !textTable && (cols.rowLabel !== undefined || integrityTitle);

  let body = walkBody(index, header, map, { integrity, textTable, titles: titleNorms });
  // Activities are folded only when the vote needs them (the last resort of decideKind): folding every
  // activity and indicator text of a Section 3 body was ~15% of the engine, for a kind its columns decide.
  const rows = body.rows;
  let activities: string[] | null = null;
  const kind = decideKind({
    meanings,
    scored,
    performanceAreas: cols.area !== undefined && PERFORMANCE_AREA.some((w) => index.text(header.top, cols.area!).includes(w) || normalizeText(map.labels[cols.area!] ?? '').includes(w)),
    columns: cols,
    titles: titleNorms,
    get activities(): string[] {
      if (activities === null) activities = activityTexts(index, rows, cols);
      return activities;
    },
    hasSectionRows: body.rows.some((x) => x.type === 'section'),
  });
  if (!kind) return null;
  if (kind === 'integrity-plan' && !integrity) {
    // Decided by its activities: walk again reading target/achievement pairs and group rows.
    integrity = true;
    body = walkBody(index, header, map, { integrity, textTable, titles: titleNorms });
  }
  const { parts, notices } = textTable ? { parts: undefined, notices: [] as LayoutNotice[] } : tableParts(index, body, header.right);
  if (kind === 'annex-plan') notices.push({ kind: 'untitled-annex', row: header.top, col: header.left });

  // The title: the nearest line naming a kind, else the nearest line.
  const named = titles.find((_t, i) => namesKind(titleNorms[i]));
  const title = (named ?? titles[0])?.text ?? null;
  const generation = [cols.tier100, cols.tier90, cols.tier80, cols.tier70, cols.tier60].filter((c) => c !== undefined).length >= 3
    ? 'five-tier'
    : cols.target !== undefined
      ? 'single-target'
      : 'none';

  // Claims read one cell right of the last column widen the table by that column.
  const right = Math.max(header.right, ...(parts ?? []).map((p) => (p.claimBeside ?? p.columns.claimed ?? 0)));
  return {
    sheet: index.sheet,
    kind,
    title,
    top: header.top,
    left: header.left,
    bottom: body.bottom,
    right,
    headerTop: header.top,
    headerBottom: header.numberingRow ?? header.bottom,
    columns: parts ? parts[0].columns : cols,
    rows: body.rows,
    generation,
    columnHeaders: map.labels,
    parts,
    notices: notices.length > 0 ? notices : undefined,
  };
}

/** Each part's columns, checked against its own body rows (reconcileColumns). */
function tableParts(index: SheetIndex, body: Body, right: number): { parts: TablePart[]; notices: LayoutNotice[] } {
  const parts: TablePart[] = [];
  const notices: LayoutNotice[] = [];
  for (let i = 0; i < body.parts.length; i++) {
    const { fromRow, map } = body.parts[i];
    const until = i + 1 < body.parts.length ? body.parts[i + 1].fromRow : Infinity;
    const indicators = body.rows.filter((r) => r.type === 'indicator' && r.row >= fromRow && r.row < until);
    const verdict = reconcileColumns(index, map, fromRow, indicators, fromRow, right);
    parts.push(verdict.part);
    notices.push(...verdict.notices);
  }
  // A part whose body overruled its header is confirmed by another page whose header names the same column.
  for (const p of parts) {
    if (p.claimed === 'from-body' && parts.some((q) => q.claimed === 'certain' && q.columns.claimed === p.columns.claimed)) p.claimed = 'certain';
  }
  return { parts, notices };
}

/** Folded activity and indicator texts of the body's indicator and text rows, blanks left out. */
function activityTexts(index: SheetIndex, rows: readonly TableRow[], cols: Partial<Record<ColumnRole, number>>): string[] {
  const out: string[] = [];
  for (const row of rows) {
    if (row.type !== 'indicator' && row.type !== 'text') continue;
    if (cols.activity !== undefined) {
      const t = index.text(row.row, cols.activity);
      if (t !== '') out.push(t);
    }
    if (cols.indicator !== undefined) {
      const t = index.text(row.row, cols.indicator);
      if (t !== '') out.push(t);
    }
  }
  return out;
}

/** Section 3 names its areas কর্মসম্পাদনের ক্ষেত্র (annexes 6-8: কার্যক্রমের ক্ষেত্র). */
const PERFORMANCE_AREA = ['কর্মসম্পাদনের ক্ষেত্র', 'কর্মসম্পাদন ক্ষেত্র', 'strategic objective'].map((w) => normalizeText(w));
const INTEGRITY_TITLE = ANNEX_KEYWORDS.find((k) => k.kind === 'integrity-plan')!.title.map((w) => normalizeText(w));
