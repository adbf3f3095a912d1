import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { cellAddress } from '../../src/engine/grid/a1';
import type { Analysis } from '../../src/engine/report/types';
import { ANNEX_COLS, egovRows, sheet, stack, type Rows } from './monitoringGrids';

/**
 * Red-team class 5: the mid-year (15 January) report often fills only অর্ধবার্ষিক অগ্রগতি. The achievement
 * comes from the quarters, else the stated annual figure, else the half-year figure; the half-year also stands
 * for Q1 and Q2 beside reported Q3/Q4 when neither of the first two is written.
 */
const at = cellAddress;
const rulesOf = (a: Analysis, name: string, row0: number) =>
  a.findings.filter((f) => f.sheet === name && f.row === row0 + 1).map((f) => `${f.cell} ${f.rule} ${f.severity}`);

// Annex 5: title, header, tier names → line i on sheet row 3 + i. q = Q1, Q2, half-year, Q3, Q4.
const EGOV = egovRows([
  // 0: only the half-year: 2 of tiers 4/3/2/1 = the 80% tier → 0.8 × 2 = 1.6, as claimed
  { serial: '১', activity: '[১.১] সেবা ডাটাবেজ', indicator: '[১.১.১] সেবাসমূহের ডাটাবেজ হালনাগাদকৃত', unit: 'সংখ্যা', weight: '২',
    tiers: ['৪', '৩', '২', '১', '-'], q: [null, null, '২', null, null], annual: null, claimed: '১.৬' },
  // 1: a % row, only the half-year 65%: between 70% (70) and 60% (60) → 65% × 8 = 5.2, claimed cell blank → filled
  { serial: '২', activity: '[২.১] ই-নথি', indicator: '[২.১.১] ই-ফাইলে নোট নিষ্পত্তিকৃত', unit: '%', weight: '৮',
    tiers: ['১০০%', '৯০%', '৮০%', '৭০%', '৬০%'], q: ['-', '-', '৬৫%', null, null], annual: null, claimed: null },
  // 2: half-year 2 and a stated annual 4, quarters blank: the annual figure wins → 4 ≥ 4 → 100% × 2 = 2
  { serial: '৩', activity: '[৩.১] তথ্য বাতায়ন', indicator: '[৩.১.১] তথ্য বাতায়ন হালনাগাদকৃত', unit: 'সংখ্যা', weight: '২',
    tiers: ['৪', '৩', '২', '১', '-'], q: [null, null, '২', null, null], annual: '৪', claimed: '২' },
  // 3: half-year 2 for Q1+Q2, then Q3 1 and Q4 1: 2 + 1 + 1 = 4 → 2; the stated total 3 is a total-mismatch
  { serial: '৪', activity: '[৪.১] কর্মশালা', indicator: '[৪.১.১] কর্মশালা আয়োজিত', unit: 'সংখ্যা', weight: '২',
    tiers: ['৪', '৩', '২', '১', '-'], q: [null, null, '২', '১', '১'], annual: '৩', claimed: '২' },
  // 4: a % row (average): half-year 60% for Q1 and Q2, then 80%, 80% → (60 + 60 + 80 + 80) ÷ 4 = 70% → 0.7 × 4 = 2.8
  { serial: '৫', activity: '[৫.১] ই-সেবা', indicator: '[৫.১.১] অনলাইনে সেবা প্রদানকৃত', unit: '%', weight: '৪',
    tiers: ['১০০%', '৯০%', '৮০%', '৭০%', '৬০%'], q: [null, null, '৬০%', '৮০%', '৮০%'], annual: '৭০%', claimed: '২.৮' },
  // 5: only an unreadable half-year: it is the achievement, so an error; no marks, no fill
  { serial: '৬', activity: '[৬.১] উদ্ভাবন', indicator: '[৬.১.১] উদ্ভাবনী ধারণা বাস্তবায়িত', unit: 'সংখ্যা', weight: '২',
    tiers: ['৪', '৩', '২', '১', '-'], q: [null, null, 'চলমান', null, null], annual: null, claimed: null },
]);

/** A Section 3 half-year copy whose only progress columns are অর্ধবার্ষিক অগ্রগতি and দাবীকৃত নম্বর (H..L tiers, M, N). */
function section3HalfYear(): Rows {
  return [
    ['কর্মসম্পাদন পরিকল্পনা'],
    ['কর্মসম্পাদনের ক্ষেত্র', 'কর্মসম্পাদনের ক্ষেত্রের মান', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'গণনা পদ্ধতি', 'একক', 'কর্মসম্পাদন সূচকের মান',
      'লক্ষ্যমাত্রা/নির্ণায়ক ২০২৪-২৫', null, null, null, null, 'অর্ধবার্ষিক অগ্রগতি', 'দাবীকৃত নম্বর'],
    [null, null, null, null, null, null, null, 'অসাধারণ ১০০%', 'অতি উত্তম ৯০%', 'উত্তম ৮০%', 'চলতি মান ৭০%', 'চলতি মানের নিম্নে ৬০%'],
    ['এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র'],
    // 100 between 105 (100%) and 95 (90%) → 90 + 5/10 × 10 = 95% × 20 = 19
    ['[১] শিক্ষা ব্যবস্থাপনা', '৭০', '[১.১] অনলাইন জরিপ পরিচালনা', '[১.১.১] শিক্ষাতথ্য সংগ্রহের নিমিত্ত শিক্ষা প্রতিষ্ঠান', 'সমষ্টি', 'সংখ্যা', '২০',
      '১০৫', '৯৫', '৮৪', '৭৪', '৬৩', '১০০', '১৯'],
    // 12 of tiers 24/20/15/10/7 → between 15 (80%) and 10 (70%): 70 + 2/5 × 10 = 74% × 50 = 37; 40 claimed → claimed-mismatch
    [null, null, '[১.২] পরিদর্শন', '[১.২.১] পরিদর্শনকৃত কার্যালয়', 'সমষ্টি', 'সংখ্যা', '৫০', '২৪', '২০', '১৫', '১০', '৭', '১২', '৪০'],
  ];
}

function expectAnnex(a: Analysis, name: string, top: number, t: number): void {
  const rows = a.tables[t].rows;
  expect(rows.map((r) => r.computed)).toEqual([1.6, 5.2, 2, 2, 2.8, null]);
  expect(rows.map((r) => r.annual)).toEqual([2, 65, 4, 4, 70, null]);
  for (const i of [0, 1, 2, 4]) expect(rulesOf(a, name, top + 3 + i)).toEqual([]);
  expect(rulesOf(a, name, top + 6)).toEqual([`${at(top + 6, ANNEX_COLS.annual)} total-mismatch error`]);
  expect(a.findings.find((f) => f.sheet === name && f.cell === at(top + 6, ANNEX_COLS.annual))!.messages.en).toBe(
    'Indicator [4.1.1] কর্মশালা আয়োজিত: Total 3, quarters add up to 4: write 4 in P' + (top + 7) + ', or correct the quarters',
  );
  expect(rulesOf(a, name, top + 8)).toEqual([`${at(top + 8, ANNEX_COLS.halfYear)} bad-value error`]);
  // the half-year-only % row is filled with its marks; the unreadable row is not
  expect(a.fills.filter((f) => f.sheet === name && f.row >= top && f.row < top + EGOV.length).map((f) => [f.cell, f.value])).toEqual([
    [at(top + 4, ANNEX_COLS.claimed), '৫.২'],
  ]);
}

function expectSection3(a: Analysis, name: string, top: number, t: number): void {
  expect(a.tables[t].kind).toBe('performance-plan');
  expect(a.tables[t].rows.map((r) => r.computed)).toEqual([19, 37]);
  expect(rulesOf(a, name, top + 4)).toEqual([]);
  expect(rulesOf(a, name, top + 5)).toEqual([`${at(top + 5, 13)} claimed-mismatch error`]);
}

describe('one sheet per table', () => {
  const a = analyzeWorkbook({ sheets: [sheet('সেকশন ৩', section3HalfYear()), sheet('সংযোজনী ৫', EGOV)] });

  it('Section 3 with only a half-year column is scored from it', () => expectSection3(a, 'সেকশন ৩', 0, 0));
  it('annex 5: half-year alone, beside Q3/Q4, below a stated annual figure, and unreadable', () => expectAnnex(a, 'সংযোজনী ৫', 0, 1));
});

describe('the whole document on one sheet', () => {
  const { rows, starts } = stack([section3HalfYear(), EGOV]);
  const a = analyzeWorkbook({ sheets: [sheet('এপিএ', rows)] });

  it('scores each table from its half-year figures, at its own rows', () => {
    expect(a.tables.map((t) => t.kind)).toEqual(['performance-plan', 'e-governance-plan']);
    expectSection3(a, 'এপিএ', starts[0], 0);
    expectAnnex(a, 'এপিএ', starts[1], 1);
  });
});

describe('a half-year beside reported Q1 and Q2 is still only checked', () => {
  it('a wrong half-year is a warning and the marks come from the quarters', () => {
    // Q1 1 + Q2 1 = 2, half-year 3 stated; quarters 1 + 1 + 1 + 1 = 4 → 2
    const rows = egovRows([{ serial: '১', activity: '[১.১] সেবা', indicator: '[১.১.১] সেবা হালনাগাদকৃত', unit: 'সংখ্যা', weight: '২',
      tiers: ['৪', '৩', '২', '১', '-'], q: ['১', '১', '৩', '১', '১'], annual: '৪', claimed: '২' }]);
    const a = analyzeWorkbook({ sheets: [sheet('সংযোজনী ৫', rows)] });
    expect(a.tables[0].rows[0].computed).toBe(2);
    expect(rulesOf(a, 'সংযোজনী ৫', 3)).toEqual([`${at(3, ANNEX_COLS.halfYear)} half-year-mismatch warning`]);
  });
});
