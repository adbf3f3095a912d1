import { sheetFromRows } from '../../src/engine/grid/fromRows';
import type { CellValue, MergeArea } from '../../src/engine/grid/types';
import { recognizeSheet } from '../../src/engine/layouts/recognizeSheet';
import { recognizeWorkbook } from '../../src/engine/layouts/recognizeWorkbook';
import type { RecognizedTable, TableRow } from '../../src/engine/layouts/types';
import { seedCut, seedSheet, stackedSheet } from '../fixtures/grids/seedGrid';

/** Hand-built grids with the mess real workbooks have. Coordinates are 0-based sheet rows/columns. */
const ofType = (t: RecognizedTable, type: TableRow['type']) => t.rows.filter((r) => r.type === type);
const blank = (n: number): CellValue[] => new Array(n).fill(null);
const BN = ['১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯', '১০', '১১', '১২', '১৩', '১৪', '১৫', '১৬', '১৭', '১৮', '১৯', '২০', '২১'];

describe('a Section 3 monitoring copy at C4 with merged three-row headers', () => {
  // Relative rows; the sheet starts at row 3, column 2.
  const header1: CellValue[] = [
    '<b>কর্মসম্পাদনের\nক্ষেত্র</b>', 'কর্মসম্পাদনের ক্ষেত্রের মান', 'কার্যক্রম', 'কর্মসম্পাদন   সূচক', 'গণনা পদ্ধতি', 'একক',
    'কর্মসম্পাদন সূচকের মান', 'প্রকৃত অর্জন ২০২২-২৩', 'প্রকৃত অর্জন* ২০২৩-২৪', 'লক্ষ্যমাত্রা/নির্ণায়ক ২০২৪-২৫', null, null, null, null,
    '১ম কোয়ার্টার অর্জন', '২য় ত্রৈমাসিক অর্জন', '৩য় কোয়ার্টার অর্জন', '৪র্থ কোয়ার্টার অর্জন', 'মোট অর্জন', '**দাবীকৃত নম্বর**', 'মন্তব্য',
  ];
  const rows: CellValue[][] = [
    ['সেকশন ৩'],
    ['কর্মসম্পাদন পরিকল্পনা'],
    [],
    header1,
    [...blank(9), 'অসাধারণ', 'অতি উত্তম', 'উত্তম', 'চলতি মান', 'চলতি মানের নিম্নে'],
    [...blank(9), '১০০%', '৯০%', '৮০%', '৭০%', '৬০%'],
    BN.slice(0, 21),
    ['এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র'],
    ['[১] শিক্ষা ব্যবস্থাপনা', '২৫', '[১.১] অনলাইন জরিপ', '[১.১.১] শিক্ষা প্রতিষ্ঠান', 'সমষ্টি', 'সংখ্যা', '২০', '১০৫', '১০৫', '১০৫', '৯৫', '৮৪', '৭৪', '৬৩', '৩০', '৪০', '২০', '১৫', '১০৫', null, null],
    [null, null, '[১.২] প্রোফাইল প্রণয়ন', '[১.২.১] তথ্যছক', 'সমষ্টি', 'সংখ্যা', '৫', '১৫০০০', '১৫০০', '৮০০', '৭২০', '৬৪০', '৫৬০', '৪৮০', '২০০', '২০০', '২০০', '১০০', '৭০০', '৪.৩৭৫', null],
    ['সুশাসন ও সংস্কারমূলক কর্মসম্পাদনের ক্ষেত্র'],
    ['[১] সুশাসন ও সংস্কারমূলক কার্যক্রমের বাস্তবায়ন জোরদারকরণ', '৩০', '[১.১] শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়ন', '[১.১.১] শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়িত', 'ক্রমপুঞ্জীভূত', 'প্রাপ্ত নম্বর', '১০'],
    ['সর্বমোট', ...blank(18), '৮১.৩৭৫'],
    [],
    ['*সাময়িক (provisional) তথ্য'],
  ];
  const O = { r: 3, c: 2 };
  const merges: MergeArea[] = [];
  for (const c of [0, 1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20]) merges.push({ top: O.r + 3, left: O.c + c, bottom: O.r + 5, right: O.c + c });
  merges.push({ top: O.r + 3, left: O.c + 9, bottom: O.r + 3, right: O.c + 13 });
  merges.push({ top: O.r + 8, left: O.c + 0, bottom: O.r + 9, right: O.c + 0 }); // area merged over its two rows
  merges.push({ top: O.r + 7, left: O.c + 0, bottom: O.r + 7, right: O.c + 20 }); // the label row merged across
  const sheet = sheetFromRows('সেকশন ৩', rows, { originRow: O.r, originCol: O.c, merges });
  const [t] = recognizeSheet(sheet);

  it('maps every column, in sheet coordinates', () => {
    expect(t.kind).toBe('performance-plan');
    expect([t.top, t.left, t.bottom, t.right]).toEqual([O.r + 3, O.c, O.r + 12, O.c + 20]);
    expect([t.headerTop, t.headerBottom]).toEqual([O.r + 3, O.r + 6]);
    const rel = Object.fromEntries(Object.entries(t.columns).map(([k, v]) => [k, (v as number) - O.c]));
    expect(rel).toEqual({
      area: 0, areaWeight: 1, activity: 2, indicator: 3, method: 4, unit: 5, weight: 6, actual1: 7, actual2: 8,
      tier100: 9, tier90: 10, tier80: 11, tier70: 12, tier60: 13, q1: 14, q2: 15, q3: 16, q4: 17, annual: 18, claimed: 19, remarks: 20,
    });
    expect(t.columnHeaders?.[O.c + 10]).toBe('লক্ষ্যমাত্রা/নির্ণায়ক ২০২৪-২৫ / অতি উত্তম / ৯০%');
  });

  it('types the rows: sections, indicators with the merged area, the total line', () => {
    expect(t.rows).toEqual([
      { type: 'section', row: O.r + 7, section: 'own' },
      { type: 'indicator', row: O.r + 8 },
      { type: 'indicator', row: O.r + 9, areaRow: O.r + 8 },
      { type: 'section', row: O.r + 10, section: 'governance' },
      { type: 'indicator', row: O.r + 11 },
      { type: 'total', row: O.r + 12, valueCol: O.c + 19, grand: true }, // সর্বমোট: checked workbook-wide
    ]);
  });

  it('finds the title above the header', () => {
    expect(t.title).toBe('কর্মসম্পাদন পরিকল্পনা');
  });
});

describe('a monitoring copy with one quarter column, মোট অর্জন and অর্জিত মান', () => {
  const sheet = sheetFromRows('মূল্যায়ন', [
    ['কর্মসম্পাদনের ক্ষেত্র', 'ক্ষেত্রের মান', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'গণনা পদ্ধতি', 'একক', 'সূচকের মান', 'লক্ষ্যমাত্রা ২০২৪-২৫', null, null, null, null, '১ম ত্রৈমাসিক অগ্রগতি', 'মোট অর্জন', 'অর্জিত মান'],
    [null, null, null, null, null, null, null, 'অসাধারণ ১০০%', 'অতি উত্তম ৯০%', 'উত্তম ৮০%', 'চলতি মান ৭০%', 'চলতি মানের নিম্নে ৬০%'],
    ['[৩] ই-সেবা প্রদান', '১০', '[৩.১] ই-সেবা', '[৩.১.১] ই-সেবা প্রাপ্ত শিক্ষক', 'সমষ্টি', 'সংখ্যা', '১০', '১২০', '১০৮', '৯৬', '৮৪', '৭২', '৩০', '৩০', null],
  ]);
  it('maps the short progress block', () => {
    const [t] = recognizeSheet(sheet);
    expect(t.kind).toBe('performance-plan');
    expect(t.columns).toMatchObject({ tier100: 7, tier60: 11, q1: 12, annual: 13, claimed: 14 });
    expect(t.columns.q2).toBeUndefined();
    expect(ofType(t, 'indicator').map((r) => r.row)).toEqual([2]);
  });
});

describe('the English Section 3 template', () => {
  const sheet = sheetFromRows('Section 3', [
    ['Strategic Objectives', 'Weight of Strategic Objective', 'Activities', 'Performance Indicators', 'Calculation Method', 'Unit', 'Weight of Performance Indicator', 'Actual Achievement', null, 'Target/Criteria Value for FY 2024-25', null, null, null, null, 'Projection 2025-26', 'Projection 2026-27', 'Q1 Achievement', 'Q2 Achievement', 'Q3 Achievement', 'Q4 Achievement', 'Total Achievement', 'Achieved Marks'],
    [null, null, null, null, null, null, null, '2022-23', '2023-24', 'Excellent', 'Very Good', 'Good', 'Fair', 'Poor'],
    [null, null, null, null, null, null, null, null, null, '100%', '90%', '80%', '70%', '60%'],
    ['[1] Education management', 25, '[1.1] Online survey', '[1.1.1] Institutions surveyed', 'Sum', 'Number', 20, 105, 105, 105, 95, 84, 74, 63, 106, 107, 30, 40, 20, 15, 105, null],
  ]);
  it('reads the same roles from English headers, years under Actual Achievement', () => {
    const [t] = recognizeSheet(sheet);
    expect(t.kind).toBe('performance-plan');
    expect(t.columns).toEqual({
      area: 0, areaWeight: 1, activity: 2, indicator: 3, method: 4, unit: 5, weight: 6, actual1: 7, actual2: 8,
      tier100: 9, tier90: 10, tier80: 11, tier70: 12, tier60: 13, projection1: 14, projection2: 15,
      q1: 16, q2: 17, q3: 18, q4: 19, annual: 20, claimed: 21,
    });
    expect(t.rows).toEqual([{ type: 'indicator', row: 3 }]);
  });
});

describe('a 2023-24 single-target grievance annex with every progress column, totals and a note', () => {
  const sheet = sheetFromRows('অভিযোগ', [
    ['অভিযোগ প্রতিকার ব্যবস্থা সংক্রান্ত কর্মপরিকল্পনা, ২০২৩-২০২৪'],
    [],
    ['কার্যক্রমের ক্ষেত্র', 'মান', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'একক', 'কর্মসম্পাদন সূচকের মান', 'লক্ষ্যমাত্রা ২০২৩-২০২৪', '১ম ত্রৈমাসিক অগ্রগতি', '২য় ত্রৈমাসিক অগ্রগতি', 'অর্ধবার্ষিক অগ্রগতি (১ম+২য়)', '৩য় ত্রৈমাসিক অগ্রগতি', '৪র্থ ত্রৈমাসিক অগ্রগতি', 'বার্ষিক চূড়ান্ত অগ্রগতি', 'দাবিকৃত নম্বর', 'মন্তব্য'],
    ['১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯', '১০', '১১', '১২', '১৩', '১৪', '১৫'],
    ['প্রাতিষ্ঠানিক', '১৪', '[১.১] অনিক ও আপিল কর্মকর্তার তথ্য ওয়েবসাইটে হালনাগাদকরণ', '[১.১.১] তথ্য হালনাগাদকৃত', 'সংখ্যা', '৪', '৪', '১', '১', '২', '১', '১', '৪', '৪', null],
    [null, null, '[১.২] নির্দিষ্ট সময়ে জিআরএস সফটওয়্যারে প্রাপ্ত অভিযোগ নিষ্পত্তি', '[১.২.১] অভিযোগ নিষ্পত্তিকৃত', '%', '৭', '৯০%', '৮০%', '৮৫%', '৮২.৫%', '৯০%', '৯৫%', '৮৭.৫%', null, null],
    ['মোট', null, null, null, null, '১১', null, null, null, null, null, null, null, '৪'],
    ['নীট প্রাপ্ত নম্বর', null, null, null, null, null, null, null, null, null, null, null, null, '১.৪৫'],
    [],
    ['[উপজেলা পর্যায়ের দপ্তরের জন্য কার্যক্রম ২.১ প্রযোজ্য হবে]'],
  ]);
  const [t] = recognizeSheet(sheet);
  it('is a single-target grievance plan with all progress columns', () => {
    expect(t.kind).toBe('grievance-plan');
    expect(t.generation).toBe('single-target');
    expect(t.columns).toEqual({
      area: 0, areaWeight: 1, activity: 2, indicator: 3, unit: 4, weight: 5, target: 6,
      q1: 7, q2: 8, halfYear: 9, q3: 10, q4: 11, annual: 12, claimed: 13, remarks: 14,
    });
    expect(t.headerBottom).toBe(3);
  });
  it('reads the total and net lines with their value columns and stops at the note', () => {
    expect(t.rows).toEqual([
      { type: 'indicator', row: 4 },
      { type: 'indicator', row: 5, areaRow: 4 },
      { type: 'total', row: 6, valueCol: 13 },
      { type: 'net', row: 7, valueCol: 13 },
    ]);
    expect(t.bottom).toBe(7);
  });
});

describe('an annex without a title line', () => {
  it('is decided by its activities (ই-নথি, তথ্য বাতায়ন → e-governance)', () => {
    const sheet = stackedSheet('Sheet3', [
      'ক্রম\tকার্যক্রম\tকর্মসম্পাদন সূচক\tএকক\tকর্মসম্পাদন সূচকের মান\tলক্ষ্যমাত্রা ২০২৪-২০২৫',
      '\t\t\t\t\tঅসাধারণ\tঅতি উত্তম\tউত্তম\tচলতি মান\tচলতি মানের নিম্নে',
      ...seedCut('001', 233, 236),
    ]);
    const [t] = recognizeSheet(sheet);
    expect(t.title).toBeNull();
    expect(t.kind).toBe('e-governance-plan');
    expect(ofType(t, 'indicator')).toHaveLength(4);
  });
  it('is not reported when nothing tells what it is', () => {
    const sheet = sheetFromRows('Sheet4', [
      ['কার্যক্রম', 'কর্মসম্পাদন সূচক', 'একক', 'সূচকের মান', 'লক্ষ্যমাত্রা'],
      ['[১.১] সভা আয়োজন', '[১.১.১] সভা আয়োজিত', 'সংখ্যা', '২', '৪'],
    ]);
    expect(recognizeSheet(sheet)).toEqual([]);
  });
});

describe('an integrity plan with pairs merged over both rows and a total line', () => {
  const sheet = sheetFromRows('শুদ্ধাচার', [
    ['শুদ্ধাচার কৌশল কর্ম-পরিকল্পনা, ২০২৪-২০২৫'],
    ['কার্যক্রমের নাম', 'কর্মসম্পাদন সূচক', 'সূচকের মান', 'একক', 'বাস্তবায়নের দায়িত্বপ্রাপ্ত ব্যক্তি/পদ', '২০২৪-২০২৫ অর্থবছরের লক্ষ্যমাত্রা', 'বাস্তবায়ন অগ্রগতি পরিবীক্ষণ, ২০২৪-২০২৫', null, null, null, null, null, null, 'মন্তব্য'],
    [null, null, null, null, null, null, 'লক্ষ্যমাত্রা/\nঅর্জন', '১ম কোয়ার্টার', '২য় কোয়ার্টার', '৩য় কোয়ার্টার', '৪র্থ কোয়ার্টার', 'মোট অর্জন', 'অর্জিত মান'],
    ['১. প্রাতিষ্ঠানিক ব্যবস্থা.....৬'],
    ['১.১ নৈতিকতা কমিটির সভা আয়োজন', 'সভা আয়োজিত', '২', 'সংখ্যা', 'সহকারী প্রোগ্রামার', '৪', 'লক্ষ্যমাত্রা', '১', '১', '১', '১', '৪', '২'],
    [null, null, null, null, null, null, 'অর্জন', '১', '১', '১', '১'],
    ['১.২ অংশীজনের অংশগ্রহণে সভা', 'অনুষ্ঠিত সভা', '৪', 'সংখ্যা', 'সহকারী প্রোগ্রামার', '৪', 'লক্ষ্যমাত্রা', '১', '১', '১', '১', '৩', null],
    [null, null, null, null, null, null, 'অর্জন', '১', '১', null, '১'],
    ['২. ক্রয়ের ক্ষেত্রে শুদ্ধাচার', null, '২'],
    ['২.১ ক্রয়-পরিকল্পনা ওয়েবসাইটে প্রকাশ', 'ক্রয়-পরিকল্পনা ওয়েবসাইটে প্রকাশিত', '২', 'তারিখ', 'সহকারী প্রোগ্রামার', '৩১/০৭/২০২৪', 'লক্ষ্যমাত্রা', '৩১/০৭/২০২৪', '-', '-', '-'],
    [null, null, null, null, null, null, 'অর্জন', '২৮/০৭/২০২৪'],
    ['মোট', null, '৮', null, null, null, null, null, null, null, null, null, '৫'],
  ], {
    merges: [
      { top: 1, left: 6, bottom: 1, right: 12 },
      ...[0, 1, 2, 3, 4, 5, 11, 12].flatMap((c) => [4, 6, 9].map((r) => ({ top: r, left: c, bottom: r + 1, right: c }))),
    ],
  });
  const [t] = recognizeSheet(sheet);
  it('reads the merged progress header', () => {
    expect(t.kind).toBe('integrity-plan');
    expect(t.columns).toEqual({
      activity: 0, indicator: 1, weight: 2, unit: 3, responsible: 4, target: 5, rowLabel: 6,
      q1: 7, q2: 8, q3: 9, q4: 10, annual: 11, claimed: 12, remarks: 13,
    });
  });
  it('pairs target and achievement rows, reads group weights from the label or the weight cell', () => {
    expect(t.rows).toEqual([
      { type: 'group', row: 3, groupWeight: 6 },
      { type: 'indicator', row: 4, pairRow: 5 },
      { type: 'indicator', row: 6, pairRow: 7 },
      { type: 'group', row: 8, groupWeight: 2 },
      { type: 'indicator', row: 9, pairRow: 10 },
      { type: 'total', row: 11, valueCol: 12 },
    ]);
    expect(t.bottom).toBe(11);
  });
});

describe('a page break inside Section 3', () => {
  const header = seedCut('001', 120, 122);
  const sheet = stackedSheet('S3', [
    header,
    seedCut('001', 123, 125),
    '',
    header,
    // the second row's activity text finishing after the break, then a new label row
    '\t\t…প্রদান (চলমান)\t…ডেটাবেইস হালনাগাদ',
    seedCut('001', 126, 128),
    '',
    '',
    'স্বাক্ষরিত:',
    'সহকারী প্রোগ্রামার',
  ]);
  const [t] = recognizeSheet(sheet);
  it('continues the same table and keeps the finishing text as a text row', () => {
    expect(t.kind).toBe('performance-plan');
    expect(ofType(t, 'repeat-header').map((r) => r.row)).toEqual([7, 8, 9]);
    expect(t.rows.find((r) => r.row === 10)).toEqual({ type: 'text', row: 10 });
    expect(ofType(t, 'indicator')).toHaveLength(5);
  });
  it('ends before the signature lines', () => {
    expect(t.bottom).toBe(13);
  });
});

describe('headers split over rows without merges', () => {
  it('joins the words of one column', () => {
    const sheet = sheetFromRows('x', [
      ['কর্মসম্পাদনের', 'ক্ষেত্রের', 'কার্যক্রম', 'কর্মসম্পাদন', 'গণনা পদ্ধতি', 'একক', 'কর্মসম্পাদন', 'লক্ষ্যমাত্রা'],
      ['ক্ষেত্র', 'মান', null, 'সূচক', null, null, 'সূচকের মান', null],
      ['[১] ক্ষেত্র', '২৫', '[১.১] জরিপ', '[১.১.১] প্রতিষ্ঠান', 'সমষ্টি', 'সংখ্যা', '২০', '১০৫'],
    ]);
    const [t] = recognizeSheet(sheet);
    expect(t.columns).toMatchObject({ area: 0, areaWeight: 1, activity: 2, indicator: 3, method: 4, unit: 5, weight: 6, target: 7 });
    expect(ofType(t, 'indicator').map((r) => r.row)).toEqual([2]);
  });
});

describe('workbooks: several tables per sheet, hidden sheets, sheet order', () => {
  it('recognises all sheets in order, hidden ones too', () => {
    const wb = {
      sheets: [
        seedSheet('প্রচ্ছদ', '001', 1, 100),
        seedSheet('সেকশন ২-৩', '001', 105, 145, { originRow: 10, originCol: 1 }),
        seedSheet('সংযোজনী ৪', '001', 199, 223, { hidden: true }),
        seedSheet('সংযোজনী ৫-৮', '001', 224, 275, { originCol: 3 }),
      ],
    };
    const tables = recognizeWorkbook(wb);
    expect(tables.map((t) => `${t.sheet.name}:${t.kind}`)).toEqual([
      'সেকশন ২-৩:outcomes', 'সেকশন ২-৩:performance-plan', 'সংযোজনী ৪:integrity-plan',
      'সংযোজনী ৫-৮:e-governance-plan', 'সংযোজনী ৫-৮:grievance-plan', 'সংযোজনী ৫-৮:citizen-charter-plan', 'সংযোজনী ৫-৮:rti-plan',
    ]);
    const s3 = tables[1];
    expect(s3.left).toBe(1);
    expect(s3.columns.area).toBe(1);
    expect(s3.headerTop).toBe(10 + (120 - 105));
    expect(tables[2].sheet.hidden).toBe(true);
    expect(tables[3].columns.tier100).toBe(3 + 5);
  });
});

describe('sheets with no APA table', () => {
  it('yields nothing for notes, number grids, budgets and other plans', () => {
    const notes = seedSheet('notes', '001', 1, 104);
    const numbers = sheetFromRows('grid', Array.from({ length: 40 }, (_, r) => Array.from({ length: 12 }, (_, c) => r * 12 + c + 1)));
    const budget = sheetFromRows('বাজেট', [
      ['রাজস্ব বাজেট ২০২৪-২৫'],
      ['অর্থনৈতিক কোড', 'বিবরণ', 'বাজেট ২০২৪-২৫', 'সংশোধিত বাজেট ২০২৩-২৪', 'প্রকৃত ব্যয় ২০২২-২৩'],
      ['৩১১১১০১', 'মূল বেতন (অফিসার)', '১২,০০,০০০', '১১,৫০,০০০', '১০,৯৮,৩৪০'],
      ['৩২১১১১৩', 'বিদ্যুৎ', '৮০,০০০', '৭৫,০০০', '৭১,২০০'],
      ['মোট', null, '১২,৮০,০০০', '১২,২৫,০০০', '১১,৬৯,৫৪০'],
    ]);
    const procurement = sheetFromRows('ক্রয়', [
      ['বার্ষিক ক্রয় পরিকল্পনা ২০২৪-২৫'],
      ['ক্রমিক নং', 'পণ্যের নাম', 'পরিমাণ', 'প্রাক্কলিত ব্যয়', 'ক্রয় পদ্ধতি', 'সময়সীমা'],
      ['১', 'কম্পিউটার', '২', '১,২০,০০০', 'আরএফকিউ', 'ডিসেম্বর ২০২৪'],
    ]);
    const empty = sheetFromRows('blank', []);
    expect(recognizeWorkbook({ sheets: [notes, numbers, budget, procurement, empty] })).toEqual([]);
  });
});
