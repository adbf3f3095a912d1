import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { cellAddress } from '../../src/engine/grid/a1';
import type { Analysis } from '../../src/engine/report/types';
import { ANNEX_COLS, egovRows, S3_COLS, section3Rows, sheet, stack } from '../checks/monitoringGrids';

/**
 * Red-team class 8: one unreadable quarter is one finding (its bad-value). The quarters without it cannot
 * judge the stated total or half-year, so no total-mismatch or half-year-mismatch is raised from them; a
 * readable set of quarters still is checked.
 */
const at = cellAddress;
const rulesOnRow = (a: Analysis, sheetName: string, row0: number) =>
  a.findings.filter((f) => f.sheet === sheetName && f.row === row0 + 1).map((f) => `${f.cell} ${f.rule} ${f.severity}`);

// Section 3: title, two header rows, section label → indicator i on sheet row 4 + i.
const S3 = section3Rows([
  // a remark in Q2; the stated total 105 is right (30 + 30 + 25 + 20)
  { area: '[১] শিক্ষা ব্যবস্থাপনা', areaWeight: '৭০', activity: '[১.১] অনলাইন জরিপ', indicator: '[১.১.১] শিক্ষাতথ্য সংগ্রহের নিমিত্ত শিক্ষা প্রতিষ্ঠান', method: 'সমষ্টি', unit: 'সংখ্যা', weight: '২০',
    tiers: ['১০৫', '৯৫', '৮৪', '৭৪', '৬৩'], q: ['৩০', 'ছবি সংযুক্ত', '২৫', '২০'], annual: '১০৫', claimed: '২০' },
  // "১০০%" in a count row (a unit clash) in Q3; total 4 is right (1 + 1 + 1 + 1)
  { activity: '[১.২] সমন্বয় সভা', indicator: '[১.২.১] সমন্বয় সভা অনুষ্ঠিত', method: 'সমষ্টি', unit: 'সংখ্যা', weight: '২০',
    tiers: ['৪', '৩', '২', '১', '-'], q: ['১', '১', '১০০%', '১'], annual: '৪', claimed: '২০' },
  // control: readable quarters and a wrong total → total-mismatch (2 + 2 + 2 + 2 = 8, not 9); 8 ≥ 8 → 30
  { activity: '[১.৩] পরিদর্শন', indicator: '[১.৩.১] পরিদর্শিত প্রতিষ্ঠান', method: 'সমষ্টি', unit: 'সংখ্যা', weight: '৩০',
    tiers: ['৮', '৭', '৬', '৫', '৪'], q: ['২', '২', '২', '২'], annual: '৯', claimed: '৩০' },
]);

// Annex 5: title, header, tier names → line i on sheet row 3 + i.
const EGOV = egovRows([
  // a % row with #DIV/0! in Q1 (a formula over an empty count): half-year 65% and total 68.75% are not judged
  { serial: '১', activity: '[১.১] ই-নথি', indicator: '[১.১.১] ই-ফাইলে নোট নিষ্পত্তিকৃত', unit: '%', weight: '৮',
    tiers: ['১০০%', '৯০%', '৮০%', '৭০%', '৬০%'], q: [{ error: '#DIV/0!' }, '৭০%', '৬৫%', '৭০%', '৭৫%'], annual: '৬৮.৭৫%', claimed: '৫.৫' },
  // a bad Q3 leaves Q1 and Q2 whole: the wrong half-year (১ + ১ = ২, not ৩) is still a warning
  { serial: '২', activity: '[২.১] তথ্য বাতায়ন', indicator: '[২.১.১] তথ্য বাতায়ন হালনাগাদকৃত', unit: 'সংখ্যা', weight: '২',
    tiers: ['৪', '৩', '২', '১', '-'], q: ['১', '১', '৩', 'চলমান', '১'], annual: '৪', claimed: '২' },
]);

function expectSection3(a: Analysis, name: string, top: number): void {
  expect(rulesOnRow(a, name, top + 4)).toEqual([`${at(top + 4, S3_COLS.q2)} bad-value error`]);
  expect(rulesOnRow(a, name, top + 5)).toEqual([`${at(top + 5, S3_COLS.q3)} bad-value error`]);
  expect(rulesOnRow(a, name, top + 6)).toEqual([`${at(top + 6, S3_COLS.annual)} total-mismatch error`]);
}

function expectAnnex(a: Analysis, name: string, top: number): void {
  expect(rulesOnRow(a, name, top + 3)).toEqual([`${at(top + 3, ANNEX_COLS.q1)} bad-value error`]);
  expect(rulesOnRow(a, name, top + 4).sort()).toEqual([`${at(top + 4, ANNEX_COLS.q3)} bad-value error`, `${at(top + 4, ANNEX_COLS.halfYear)} half-year-mismatch warning`].sort());
}

describe('one sheet per table', () => {
  const a = analyzeWorkbook({ sheets: [sheet('সেকশন ৩', S3), sheet('সংযোজনী ৫', EGOV)] });

  it('Section 3: only the bad-value on each row with an unreadable quarter; a readable wrong total still fires', () => {
    expectSection3(a, 'সেকশন ৩', 0);
    // the blocked rows are not scored (no guess), the control row is: 8 ≥ 8 → 30
    expect(a.tables[0].rows.map((r) => r.computed)).toEqual([null, null, 30]);
  });

  it('annex 5: no half-year or total finding from quarters missing Q1; a bad Q3 leaves the half-year check', () => {
    expectAnnex(a, 'সংযোজনী ৫', 0);
    expect(a.tables[1].rows.map((r) => r.computed)).toEqual([null, null]);
  });
});

describe('the whole document on one sheet', () => {
  const { rows, starts } = stack([S3, EGOV]);
  const a = analyzeWorkbook({ sheets: [sheet('এপিএ', rows)] });

  it('gives the same findings at each table\'s own rows', () => {
    expect(a.tables.map((t) => t.kind)).toEqual(['performance-plan', 'e-governance-plan']);
    expectSection3(a, 'এপিএ', starts[0]);
    expectAnnex(a, 'এপিএ', starts[1]);
  });
});
