import type { CellValue, MergeArea, SheetGrid, WorkbookGrid } from '../../src/engine/grid/types';
import { toBengaliDigits } from '../../src/engine/numerals/digits';

/**
 * A synthetic but realistic Section 3 monitoring sheet (কর্মসম্পাদন পরিকল্পনা with Q1..Q4, মোট অর্জন and
 * দাবীকৃত নম্বর), modelled on seed 001: three header rows with merges, a column-numbering row, the two
 * section label rows, Bengali text, Bengali-digit values mixed with real numbers, "-" quarters, stray <b>,
 * percent cells, real date cells and Bengali date text. Deterministic (seeded) so bench runs are comparable.
 *
 * Used by the bench (1/10/100 sheets × 300 rows) and by the robustness and LibreOffice tests.
 */

export interface GeneratedSheet {
  name: string;
  /** rows[r][c] is sheet row r, column c (origin A1). */
  rows: CellValue[][];
  /** Number formats where the cell needs one (percent, date), else null. Same shape as rows. */
  formats: (string | null)[][];
  merges: MergeArea[];
  /** 0-based sheet rows of the indicator rows, in order. */
  indicatorRows: number[];
  /** 0-based column of দাবীকৃত নম্বর (the column fill writes). */
  claimedCol: number;
}

/** Column layout (0-based), as in seed 001 plus the monitoring columns. */
export const COL = {
  area: 0, areaWeight: 1, activity: 2, indicator: 3, method: 4, unit: 5, weight: 6,
  actual1: 7, actual2: 8, tier100: 9, tier90: 10, tier80: 11, tier70: 12, tier60: 13,
  projection1: 14, projection2: 15, q1: 16, q2: 17, q3: 18, q4: 19, annual: 20, claimed: 21, remarks: 22,
} as const;
const WIDTH = 23;

/** mulberry32: tiny, fast, good enough to vary the data reproducibly. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const bn = (n: number): string => toBengaliDigits(String(n));

const AREAS = [
  'মান সম্পন্ন শিক্ষা পরিসংখ্যান বিনির্মাণের মাধ্যমে শিক্ষা ব্যবস্থাপনা শক্তিশালী করণ',
  'তৃনমূল পর্যায়ে শিক্ষার গুণগত মান বৃদ্ধি।',
  'ই-সেবা প্রদান।',
  'শিক্ষা প্রতিষ্ঠানের আইসিটি ল্যাব পরিদর্শন ও কারিগরি সহায়তা প্রদান',
];
const ACTIVITIES = [
  'সমন্বিত শিক্ষাতথ্য ব্যবস্থাপনার অধীন অনলাইন জরিপ পরিচালনা',
  'UITRCE সেন্টারে আইসিটি প্রশিক্ষণ',
  'লোকাল সাইবার সেন্টারে ই-সেবা প্রদান',
  'IEIMS ও CRVS এর আলোকে ৬ষ্ঠ হতে ১২শ শ্রেণি পর্যন্ত স্টুডেন্টস প্রোফাইল প্রণয়ন',
];
const INDICATORS = [
  'শিক্ষাতথ্য সংগ্রহের নিমিত্ত শিক্ষা প্রতিষ্ঠান',
  'আই.সি.টি প্রশিক্ষিত শিক্ষক',
  'ই-সেবা প্রাপ্ত শিক্ষক',
  'শিক্ষা প্রতিষ্ঠানের পরিদর্শিত আইসিটি ল্যাব',
];
const GOVERNANCE: [string, number][] = [
  ['শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়িত', 10],
  ['ই-গভর্ন্যান্স/ উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়িত', 10],
  ['অভিযোগ প্রতিকার কর্মপরিকল্পনা বাস্তবায়িত', 4],
  ['সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা বাস্তবায়িত', 3],
  ['তথ্য অধিকার কর্মপরিকল্পনা বাস্তবায়িত', 3],
];

type Kind = 'count' | 'percent' | 'date' | 'days';

/**
 * One Section 3 sheet with `indicators` indicator rows (the last five are the governance rows, weights 10/10/4/3/3;
 * the own rows' weights add up to 70 as in a correct APA).
 */
export function section3Sheet(name: string, indicators = 300, seed = 1): GeneratedSheet {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const rows: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const merges: MergeArea[] = [];
  const indicatorRows: number[] = [];
  const push = (cells: CellValue[], fmts: (string | null)[] = []) => {
    const r = cells.slice();
    while (r.length < WIDTH) r.push(null);
    const f = fmts.slice();
    while (f.length < WIDTH) f.push(null);
    rows.push(r);
    formats.push(f);
    return rows.length - 1;
  };

  push(['সেকশন ৩']);
  push(['কর্মসম্পাদন পরিকল্পনা']);
  // Three header rows: single-column headers merged down, the tier block merged across.
  const h0 = push([
    'কর্মসম্পাদনের ক্ষেত্র', 'কর্মসম্পাদনের ক্ষেত্রের মান', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'গণনা পদ্ধতি', 'একক',
    'কর্মসম্পাদন সূচকের মান', 'প্রকৃত অর্জন ২০২২-২৩', 'প্রকৃত অর্জন* ২০২৩-২৪', 'লক্ষ্যমাত্রা/নির্ণায়ক ২০২৪-২৫',
    null, null, null, null, 'প্রক্ষেপণ ২০২৫-২০২৬', 'প্রক্ষেপণ ২০২৬-২০২৭', '১ম ত্রৈমাসিক অর্জন', '২য় ত্রৈমাসিক অর্জন',
    '৩য় ত্রৈমাসিক অর্জন', '৪র্থ ত্রৈমাসিক অর্জন', 'মোট অর্জন', 'দাবীকৃত নম্বর', 'মন্তব্য',
  ]);
  push([null, null, null, null, null, null, null, null, null, 'অসাধারণ', 'অতি উত্তম', 'উত্তম', 'চলতি মান', 'চলতি মানের নিম্নে']);
  push([null, null, null, null, null, null, null, null, null, '১০০%', '৯০%', '৮০%', '৭০%', '৬০%']);
  for (let c = 0; c < WIDTH; c++) {
    if (c >= COL.tier100 && c <= COL.tier60) continue;
    merges.push({ top: h0, left: c, bottom: h0 + 2, right: c });
  }
  merges.push({ top: h0, left: COL.tier100, bottom: h0, right: COL.tier60 });
  push(Array.from({ length: WIDTH }, (_, c) => bn(c + 1)));

  const own = Math.max(0, indicators - GOVERNANCE.length);
  const label1 = push(['এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র']);
  merges.push({ top: label1, left: 0, bottom: label1, right: WIDTH - 1 });

  // Own weights: in hundredths so they add to exactly 70 (7000) whatever the row count.
  const hundredths = distribute(7000, own);
  const perArea = 10;
  for (let i = 0; i < own; i++) {
    const areaNo = Math.floor(i / perArea) + 1;
    const inArea = i % perArea;
    const w = hundredths[i] / 100;
    const kind: Kind = pick(['count', 'count', 'count', 'count', 'percent', 'percent', 'date', 'days']);
    const areaStart = inArea === 0;
    const areaWeight = areaStart ? hundredths.slice(i, i + perArea).reduce((a, b) => a + b, 0) / 100 : null;
    const r = push(indicatorRow(rand, pick, {
      areaText: areaStart ? `[${bn(areaNo)}] ${pick(AREAS)}` : null,
      areaWeight,
      activity: `[${bn(areaNo)}.${bn(inArea + 1)}] ${pick(ACTIVITIES)}`,
      indicator: `[${bn(areaNo)}.${bn(inArea + 1)}.১] ${pick(INDICATORS)}`,
      weight: w,
      kind,
    }), kindFormats(kind));
    indicatorRows.push(r);
    // The area cell is merged down over its indicators, as Word→Excel pastes do.
    if (areaStart) {
      const last = Math.min(perArea, own - i) - 1;
      if (last > 0) {
        merges.push({ top: r, left: COL.area, bottom: r + last, right: COL.area });
        merges.push({ top: r, left: COL.areaWeight, bottom: r + last, right: COL.areaWeight });
      }
    }
  }

  const label2 = push(['সুশাসন ও সংস্কারমূলক কর্মসম্পাদনের ক্ষেত্র']);
  merges.push({ top: label2, left: 0, bottom: label2, right: WIDTH - 1 });
  const gov = Math.min(GOVERNANCE.length, indicators);
  for (let g = 0; g < gov; g++) {
    const [text, weight] = GOVERNANCE[g];
    // Cumulative marks: each quarter states the running total; Q4 is the annual figure.
    const q = [0.2, 0.45, 0.7, 0.9].map((f) => Math.round(weight * f * 2) / 2);
    const row: CellValue[] = [
      g === 0 ? '[১] সুশাসন ও সংস্কারমূলক কার্যক্রমের বাস্তবায়ন জোরদারকরণ' : null, g === 0 ? '৩০' : null,
      `[১.${bn(g + 1)}] ${text.replace('বাস্তবায়িত', 'বাস্তবায়ন')}`, `[১.${bn(g + 1)}.১] ${text}`,
      'ক্রমপুঞ্জিভূত', 'প্রাপ্ত নম্বর', bn(weight), null, null, null, null, null, null, null, null, null,
      bn(q[0]), bn(q[1]), bn(q[2]), bn(q[3]), bn(q[3]), null, null,
    ];
    indicatorRows.push(push(row));
  }
  push(['সর্বমোট', null, null, null, null, null, '১০০']);
  return { name, rows, formats, merges, indicatorRows, claimedCol: COL.claimed };
}

/** Split `total` into `n` whole parts that differ by at most one. */
function distribute(total: number, n: number): number[] {
  if (n === 0) return [];
  const base = Math.floor(total / n);
  const extra = total - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < extra ? 1 : 0));
}

function kindFormats(kind: Kind): (string | null)[] {
  const f: (string | null)[] = [];
  if (kind === 'percent') for (const c of [COL.q1, COL.q2]) f[c] = '0%';
  if (kind === 'date') f[COL.q2] = 'dd/mm/yyyy';
  return f;
}

/** Write a number the way clerks do: Bengali digits mostly, sometimes a real number, sometimes ASCII or <b>-wrapped text. */
function messy(rand: () => number, n: number): CellValue {
  const x = rand();
  if (x < 0.6) return bn(n);
  if (x < 0.8) return n;
  if (x < 0.9) return String(n);
  if (x < 0.95) return `<b>${bn(n)}</b>`;
  return ` ${bn(n)} `;
}

function indicatorRow(
  rand: () => number,
  pick: <T>(xs: readonly T[]) => T,
  o: { areaText: string | null; areaWeight: number | null; activity: string; indicator: string; weight: number; kind: Kind },
): CellValue[] {
  const row: CellValue[] = new Array(WIDTH).fill(null);
  row[COL.area] = o.areaText;
  row[COL.areaWeight] = o.areaWeight === null ? null : bn(o.areaWeight);
  row[COL.activity] = o.activity;
  row[COL.indicator] = o.indicator;
  row[COL.weight] = bn(o.weight);
  if (o.kind === 'count') {
    const top = 40 * (1 + Math.floor(rand() * 25));
    const tiers = [1, 0.9, 0.8, 0.7, 0.6].map((f) => Math.round(top * f));
    row[COL.method] = 'সমষ্টি';
    row[COL.unit] = 'সংখ্যা';
    row[COL.actual1] = bn(Math.round(top * 0.8));
    row[COL.actual2] = bn(Math.round(top * 0.9));
    tiers.forEach((t, k) => (row[COL.tier100 + k] = bn(t)));
    row[COL.projection1] = bn(Math.round(top * 1.1));
    row[COL.projection2] = bn(Math.round(top * 1.2));
    const qs = [0, 1, 2, 3].map(() => Math.round((top / 4) * (0.5 + rand() * 0.6)));
    const reportedQ4 = rand() < 0.85; // some offices have not reported Q4 yet
    qs.forEach((q, k) => (row[COL.q1 + k] = k === 3 && !reportedQ4 ? '-' : messy(rand, q)));
    const sum = qs.slice(0, reportedQ4 ? 4 : 3).reduce((a, b) => a + b, 0);
    // A clerk's slip now and then: the stated total does not add up.
    row[COL.annual] = bn(rand() < 0.05 ? sum + 10 : sum);
  } else if (o.kind === 'percent') {
    row[COL.method] = 'গড়';
    row[COL.unit] = '%';
    row[COL.actual1] = '৮৫%';
    row[COL.actual2] = '৯০%';
    ['১০০%', '৯০%', '৮০%', '৭০%', '৬০%'].forEach((t, k) => (row[COL.tier100 + k] = t));
    row[COL.projection1] = '১০০%';
    row[COL.projection2] = '১০০%';
    const qs = [0, 1, 2, 3].map(() => 70 + Math.floor(rand() * 31));
    row[COL.q1] = qs[0] / 100; // real number in a 0% cell: 0.97 shown as 97%
    row[COL.q2] = qs[1] / 100;
    row[COL.q3] = `${bn(qs[2])}%`;
    row[COL.q4] = `${bn(qs[3])}%`;
    row[COL.annual] = `${bn(Math.round((qs[0] + qs[1] + qs[2] + qs[3]) / 4))}%`;
  } else if (o.kind === 'date') {
    row[COL.method] = 'তারিখ';
    row[COL.unit] = 'তারিখ';
    row[COL.actual1] = '৩০/০৯/২০২৩';
    row[COL.actual2] = '৩১/১০/২০২৩';
    ['৩১/০৮/২৪', '০৮/০৯/২৪', '১৫/০৯/২৪', '২২/০৯/২৪', '৩০/০৯/২৪'].forEach((t, k) => (row[COL.tier100 + k] = t));
    row[COL.q1] = '-';
    row[COL.q2] = 45544 + Math.floor(rand() * 20); // a real Excel date (2024-09-09 + n days)
    row[COL.q3] = '-';
    row[COL.q4] = pick(['-', '--', null]);
    row[COL.annual] = pick(['১২.০৯.২৪', '১৬-০৯- ২০২৪', '১০ সেপ্টেম্বর, ২০২৪']);
  } else {
    // Days: lower is better, so the tiers rise.
    row[COL.method] = 'গড়';
    row[COL.unit] = 'দিন';
    row[COL.actual1] = '১০';
    row[COL.actual2] = '৯';
    ['৭', '৮', '৯', '১০', '১২'].forEach((t, k) => (row[COL.tier100 + k] = t));
    row[COL.projection1] = '৭';
    row[COL.projection2] = '৬';
    const qs = [0, 1, 2, 3].map(() => 6 + Math.floor(rand() * 7));
    qs.forEach((q, k) => (row[COL.q1 + k] = bn(q)));
    row[COL.annual] = bn((qs[0] + qs[1] + qs[2] + qs[3]) / 4);
  }
  // Most claimed cells are blank (the add-in fills them); a few clerks already wrote a figure.
  if (rand() < 0.1) row[COL.claimed] = bn(Math.round(o.weight * 80) / 100);
  return row;
}

/** The generated sheet as the engine sees it (what an adapter would read). */
export function gridOf(sheet: GeneratedSheet): SheetGrid {
  return {
    name: sheet.name,
    hidden: false,
    originRow: 0,
    originCol: 0,
    values: sheet.rows.map((r) => r.slice()),
    formats: sheet.formats.map((r) => r.map((f) => f ?? 'General')),
    merges: sheet.merges.slice(),
  };
}

/** A workbook of `sheets` Section 3 sheets, named like offices name them ("সেকশন ৩", "সেকশন ৩ (২)", …). */
export function generatedSheets(sheets: number, indicators = 300): GeneratedSheet[] {
  return Array.from({ length: sheets }, (_, i) =>
    section3Sheet(i === 0 ? 'সেকশন ৩' : `সেকশন ৩ (${bn(i + 1)})`, indicators, i + 1));
}

export function generatedWorkbook(sheets: number, indicators = 300): WorkbookGrid {
  return { sheets: generatedSheets(sheets, indicators).map(gridOf) };
}
