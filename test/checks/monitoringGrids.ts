import { sheetFromRows } from '../../src/engine/grid/fromRows';
import type { CellValue, SheetGrid } from '../../src/engine/grid/types';

/**
 * Small monitoring copies as clerks keep them (Bengali headers over two rows, Bengali-digit text), built
 * cell by cell for the value tests: they go through recognition, scoring and checks like a real workbook.
 * Each builder returns rows; `sheet` lays them out, `stack` puts several tables on one sheet.
 */
export type Rows = CellValue[][];

/** Section 3 row: area, area weight, activity, indicator, method, unit, weight, 5 tiers, Q1..Q4, annual, claimed (18 columns). */
export interface S3Row {
  area?: string | null;
  areaWeight?: string | null;
  activity: string;
  indicator: string;
  method: string;
  unit: string;
  weight: string;
  tiers: CellValue[];
  q: CellValue[];
  annual: CellValue;
  claimed: CellValue;
}

export const S3_COLS = { unit: 5, weight: 6, tier100: 7, q1: 12, q2: 13, q3: 14, q4: 15, annual: 16, claimed: 17 } as const;

export function section3Rows(own: S3Row[], total?: CellValue): Rows {
  const rows: Rows = [
    ['কর্মসম্পাদন পরিকল্পনা'],
    ['কর্মসম্পাদনের ক্ষেত্র', 'কর্মসম্পাদনের ক্ষেত্রের মান', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'গণনা পদ্ধতি', 'একক', 'কর্মসম্পাদন সূচকের মান',
      'লক্ষ্যমাত্রা/নির্ণায়ক ২০২৪-২৫', null, null, null, null, '১ম ত্রৈমাসিক অগ্রগতি', '২য় ত্রৈমাসিক অগ্রগতি', '৩য় ত্রৈমাসিক অগ্রগতি', '৪র্থ ত্রৈমাসিক অগ্রগতি',
      'বার্ষিক চূড়ান্ত অগ্রগতি', 'দাবীকৃত নম্বর'],
    [null, null, null, null, null, null, null, 'অসাধারণ ১০০%', 'অতি উত্তম ৯০%', 'উত্তম ৮০%', 'চলতি মান ৭০%', 'চলতি মানের নিম্নে ৬০%'],
    ['এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র'],
  ];
  for (const r of own) {
    rows.push([r.area ?? null, r.areaWeight ?? null, r.activity, r.indicator, r.method, r.unit, r.weight, ...pad(r.tiers, 5), ...pad(r.q, 4), r.annual, r.claimed]);
  }
  if (total !== undefined) rows.push(['মোট', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, total]);
  return rows;
}

/** Annex 5-8 row (2024-25): serial, activity, indicator, unit, weight, 5 tiers, Q1, Q2, half-year, Q3, Q4, annual, claimed (17 columns). */
export interface AnnexRow {
  serial?: string | null;
  activity: string | null;
  indicator: string;
  unit: string;
  weight: string;
  tiers: CellValue[];
  /** Q1, Q2, half-year, Q3, Q4. */
  q: CellValue[];
  annual: CellValue;
  claimed: CellValue;
}

export const ANNEX_COLS = { unit: 3, weight: 4, tier100: 5, q1: 10, q2: 11, halfYear: 12, q3: 13, q4: 14, annual: 15, claimed: 16 } as const;

export function egovRows(lines: AnnexRow[]): Rows {
  const rows: Rows = [
    ['ই-গভর্নেন্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৪-২৫'],
    ['ক্রম', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'একক', 'কর্মসম্পাদন সূচকের মান', 'লক্ষ্যমাত্রা ২০২৪-২০২৫', null, null, null, null,
      '১ম ত্রৈমাসিক', '২য় ত্রৈমাসিক', 'অর্ধবার্ষিক অগ্রগতি (১ম+২য়)', '৩য় ত্রৈমাসিক', '৪র্থ ত্রৈমাসিক', 'বার্ষিক চূড়ান্ত অগ্রগতি', 'দাবীকৃত নম্বর'],
    [null, null, null, null, null, 'অসাধারণ', 'অতি উত্তম', 'উত্তম', 'চলতি মান', 'চলতি মানের নিম্নে'],
  ];
  for (const r of lines) rows.push([r.serial ?? null, r.activity, r.indicator, r.unit, r.weight, ...pad(r.tiers, 5), ...pad(r.q, 5), r.annual, r.claimed]);
  return rows;
}

/** Integrity pair: activity, indicator, weight, unit, responsible, target, label, Q1..Q4, total, remarks, marks (14 columns). */
export interface IntegrityPair {
  activity: string;
  indicator: string;
  weight: string;
  unit: string;
  target: CellValue;
  targets: CellValue[];
  achieved: CellValue[];
  annual: CellValue;
  claimed: CellValue;
}

export const INTEGRITY_COLS = { weight: 2, unit: 3, target: 5, q1: 7, q2: 8, q3: 9, q4: 10, annual: 11, claimed: 13 } as const;

export function integrityRows(group: string, pairs: IntegrityPair[]): Rows {
  const rows: Rows = [
    ['শুদ্ধাচার কৌশল কর্ম-পরিকল্পনা, ২০২৪-২০২৫'],
    ['কার্যক্রমের নাম', 'কর্মসম্পাদন সূচক', 'সূচকের মান', 'একক', 'বাস্তবায়নের দায়িত্বপ্রাপ্ত ব্যক্তি/পদ', '২০২৪-২০২৫ অর্থবছরের লক্ষ্যমাত্রা', 'বাস্তবায়ন অগ্রগতি পরিবীক্ষণ, ২০২৪-২০২৫'],
    [null, null, null, null, null, null, 'লক্ষ্যমাত্রা/ অর্জন', '১ম কোয়ার্টার', '২য় কোয়ার্টার', '৩য় কোয়ার্টার', '৪র্থ কোয়ার্টার', 'মোট অর্জন', 'মন্তব্য', 'অর্জিত মান'],
    [group],
  ];
  for (const p of pairs) {
    rows.push([p.activity, p.indicator, p.weight, p.unit, 'সহকারী প্রোগ্রামার', p.target, 'লক্ষ্যমাত্রা', ...pad(p.targets, 4), p.annual, null, p.claimed]);
    rows.push([null, null, null, null, null, null, 'অর্জন', ...pad(p.achieved, 4), null, null, null]);
  }
  return rows;
}

function pad(cells: CellValue[], n: number): CellValue[] {
  const out = cells.slice(0, n);
  while (out.length < n) out.push(null);
  return out;
}

/** One sheet; `formats` by [row, col] of the rows given. */
export function sheet(name: string, rows: Rows, formats: [number, number, string][] = []): SheetGrid {
  const f = formats.length === 0 ? undefined : rows.map((r) => new Array(Math.max(r.length, 20)).fill(null) as (string | null)[]);
  for (const [r, c, code] of formats) f![r][c] = code;
  return sheetFromRows(name, rows, { formats: f });
}

/** Several tables on one sheet, two blank rows between them; returns the rows and where each block starts. */
export function stack(blocks: Rows[]): { rows: Rows; starts: number[] } {
  const rows: Rows = [];
  const starts: number[] = [];
  for (const b of blocks) {
    if (rows.length > 0) rows.push([], []);
    starts.push(rows.length);
    rows.push(...b);
  }
  return { rows, starts };
}
