import { sheetFromRows } from '../../src/engine/grid/fromRows';
import type { CellValue, SheetGrid } from '../../src/engine/grid/types';
import type { ColumnRole, RecognizedTable, TableRow } from '../../src/engine/layouts/types';
import type { TableKind } from '../../src/engine/report/types';

/**
 * Hand-built recognised tables over real-looking grids, so the checks can be tested without the
 * recogniser. A line lists cell values by column role; the builder lays them out under one header row
 * and records each line's row type the way recognition does.
 */
export type Cells = Partial<Record<ColumnRole, CellValue>>;

export interface Line {
  type: TableRow['type'];
  cells?: Cells;
  /** Integrity plans: the achievement row under the target row. */
  pair?: Cells;
  section?: 'own' | 'governance';
  groupWeight?: number | null;
  /** Total/net lines: which role's column states the figure. */
  valueRole?: ColumnRole;
  /** Text for label lines (section, group, total, net), written in the first column. */
  label?: string;
}

export interface Layout {
  kind: TableKind;
  columns: Partial<Record<ColumnRole, number>>;
  headers: Partial<Record<ColumnRole, string>>;
  generation: RecognizedTable['generation'];
}

export interface Built {
  table: RecognizedTable;
  sheet: SheetGrid;
}

/** Formulas by [row, col] (0-based sheet coordinates) for cells that hold one. */
export type Formulas = [number, number, string][];

export function buildTable(layout: Layout, lines: Line[], opts: { name?: string; title?: string; top?: number; formulas?: Formulas; formats?: [number, number, string][] } = {}): Built {
  const top = opts.top ?? 0;
  const width = Math.max(...Object.values(layout.columns).map((c) => c ?? 0)) + 1;
  const grid: CellValue[][] = [];
  for (let i = 0; i < top; i++) grid.push([]);
  if (opts.title) {
    grid[top - 1] = [opts.title];
  }
  const header: CellValue[] = new Array(width).fill(null);
  for (const [role, text] of Object.entries(layout.headers)) header[layout.columns[role as ColumnRole]!] = text ?? null;
  grid.push(header);
  const rows: TableRow[] = [];
  const place = (cells: Cells | undefined): CellValue[] => {
    const r: CellValue[] = new Array(width).fill(null);
    if (cells) for (const [role, v] of Object.entries(cells)) r[layout.columns[role as ColumnRole]!] = v ?? null;
    return r;
  };
  for (const line of lines) {
    const row = grid.length;
    const r = place(line.cells);
    if (line.label !== undefined) r[0] = line.label;
    grid.push(r);
    const tr: TableRow = { type: line.type, row };
    if (line.section) tr.section = line.section;
    if (line.groupWeight !== undefined) tr.groupWeight = line.groupWeight;
    if (line.valueRole) tr.valueCol = layout.columns[line.valueRole];
    if (line.pair) {
      tr.pairRow = grid.length;
      grid.push(place(line.pair));
    }
    rows.push(tr);
  }
  const formulas = opts.formulas ? grid.map((r) => r.map(() => null as string | null)) : undefined;
  for (const [row, col, f] of opts.formulas ?? []) formulas![row][col] = f;
  const formats = opts.formats ? grid.map((r) => r.map(() => null as string | null)) : undefined;
  for (const [row, col, f] of opts.formats ?? []) formats![row][col] = f;
  const sheet = sheetFromRows(opts.name ?? 'সেকশন ৩', grid, { formats });
  if (formulas) sheet.formulas = formulas;
  const table: RecognizedTable = {
    sheet,
    kind: layout.kind,
    title: opts.title ?? null,
    top,
    left: 0,
    bottom: grid.length - 1,
    right: width - 1,
    headerTop: top,
    headerBottom: top,
    columns: layout.columns,
    rows,
    generation: layout.generation,
  };
  return { table, sheet };
}

/** Section 3 monitoring copy: plan columns, then Q1..Q4, মোট অর্জন and দাবীকৃত নম্বর. */
export const SECTION3: Layout = {
  kind: 'performance-plan',
  generation: 'five-tier',
  columns: {
    area: 0, areaWeight: 1, activity: 2, indicator: 3, method: 4, unit: 5, weight: 6,
    tier100: 7, tier90: 8, tier80: 9, tier70: 10, tier60: 11,
    q1: 12, q2: 13, q3: 14, q4: 15, annual: 16, claimed: 17,
  },
  headers: {
    area: 'কর্মসম্পাদনের ক্ষেত্র', areaWeight: 'কর্মসম্পাদনের ক্ষেত্রের মান', activity: 'কার্যক্রম', indicator: 'কর্মসম্পাদন সূচক',
    method: 'গণনা পদ্ধতি', unit: 'একক', weight: 'কর্মসম্পাদন সূচকের মান',
    tier100: 'অসাধারণ ১০০%', tier90: 'অতি উত্তম ৯০%', tier80: 'উত্তম ৮০%', tier70: 'চলতি মান ৭০%', tier60: 'চলতি মানের নিম্নে ৬০%',
    q1: '১ম ত্রৈমাসিক অগ্রগতি', q2: '২য় ত্রৈমাসিক অগ্রগতি', q3: '৩য় ত্রৈমাসিক অগ্রগতি', q4: '৪র্থ ত্রৈমাসিক অগ্রগতি',
    annual: 'বার্ষিক চূড়ান্ত অগ্রগতি', claimed: 'দাবীকৃত নম্বর',
  },
};

/** 2024-25 annexes 5-8: five tiers, then Q1, Q2, half-year, Q3, Q4, annual and claimed. */
export function annexLayout(kind: TableKind, withArea: boolean): Layout {
  const base = withArea ? 2 : 0;
  const columns: Partial<Record<ColumnRole, number>> = {
    activity: base + 1, indicator: base + 2, unit: base + 3, weight: base + 4,
    tier100: base + 5, tier90: base + 6, tier80: base + 7, tier70: base + 8, tier60: base + 9,
    q1: base + 10, q2: base + 11, halfYear: base + 12, q3: base + 13, q4: base + 14, annual: base + 15, claimed: base + 16,
  };
  if (withArea) {
    columns.area = 0;
    columns.areaWeight = 1;
  } else columns.serial = 0;
  return {
    kind,
    generation: 'five-tier',
    columns,
    headers: {
      serial: 'ক্রম', area: 'কার্যক্রমের ক্ষেত্র', areaWeight: 'মান', activity: 'কার্যক্রম', indicator: 'কর্মসম্পাদন সূচক', unit: 'একক',
      weight: 'কর্মসম্পাদন সূচকের মান', tier100: 'অসাধারণ', tier90: 'অতি উত্তম', tier80: 'উত্তম', tier70: 'চলতি মান', tier60: 'চলতি মানের নিম্নে',
      q1: '১ম ত্রৈমাসিক', q2: '২য় ত্রৈমাসিক', halfYear: 'অর্ধবার্ষিক অগ্রগতি (১ম+২য়)', q3: '৩য় ত্রৈমাসিক', q4: '৪র্থ ত্রৈমাসিক',
      annual: 'বার্ষিক চূড়ান্ত অগ্রগতি', claimed: 'দাবীকৃত নম্বর',
    },
  };
}

/** সংযোজনী ৪ শুদ্ধাচার: weight, unit, responsible, annual target, the লক্ষ্যমাত্রা/অর্জন label, quarters, total, marks. */
export const INTEGRITY: Layout = {
  kind: 'integrity-plan',
  generation: 'single-target',
  columns: {
    activity: 0, indicator: 1, weight: 2, unit: 3, responsible: 4, target: 5, rowLabel: 6,
    q1: 7, q2: 8, q3: 9, q4: 10, annual: 11, remarks: 12, claimed: 13,
  },
  headers: {
    activity: 'কার্যক্রমের নাম', indicator: 'কর্মসম্পাদন সূচক', weight: 'সূচকের মান', unit: 'একক',
    responsible: 'বাস্তবায়নের দায়িত্বপ্রাপ্ত ব্যক্তি/পদ', target: '২০২৪-২০২৫ অর্থবছরের লক্ষ্যমাত্রা', rowLabel: 'লক্ষ্যমাত্রা/ অর্জন',
    q1: '১ম কোয়ার্টার', q2: '২য় কোয়ার্টার', q3: '৩য় কোয়ার্টার', q4: '৪র্থ কোয়ার্টার', annual: 'মোট অর্জন', remarks: 'মন্তব্য', claimed: 'অর্জিত মান',
  },
};
