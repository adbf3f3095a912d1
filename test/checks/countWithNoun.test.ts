import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { cellAddress } from '../../src/engine/grid/a1';
import type { Analysis } from '../../src/engine/report/types';
import { ANNEX_COLS, egovRows, integrityRows, S3_COLS, section3Rows, sheet, stack } from './monitoringGrids';

/**
 * Red-team class 12: "১টি সভা", "৬০ জন শিক্ষক", "৩ টি সভা অনুষ্ঠিত" — a count, its counting word and what was
 * counted — is the count in count rows. Words that carry another figure, or say the count was not achieved,
 * stay unreadable (bad-value, no marks).
 */
const at = cellAddress;
const rulesOf = (a: Analysis, name: string, row0: number) =>
  a.findings.filter((f) => f.sheet === name && f.row === row0 + 1).map((f) => `${f.cell} ${f.rule} ${f.severity}`);

// Section 3: indicator i on sheet row 4 + i; weights 40 + 20 + 10 = 70
const S3 = section3Rows([
  // 60 × 4 = 240 ≥ 240 → 40
  { area: '[১] প্রশিক্ষণ', areaWeight: '৭০', activity: '[১.১] আইসিটি প্রশিক্ষণ', indicator: '[১.১.১] আই.সি.টি প্রশিক্ষিত শিক্ষক', method: 'সমষ্টি', unit: 'সংখ্যা', weight: '৪০',
    tiers: ['২৪০', '২১৬', '১৯২', '১৬৮', '১৪৪'], q: ['৬০ জন শিক্ষক', '৬০ জনকে প্রশিক্ষণ প্রদান', '৬০ জন', '৬০'], annual: '২৪০ জন শিক্ষক', claimed: '৪০' },
  // "not held" is no meeting: bad-value, no marks
  { activity: '[১.২] সমন্বয় সভা', indicator: '[১.২.১] সমন্বয় সভা অনুষ্ঠিত', method: 'সমষ্টি', unit: 'সংখ্যা', weight: '২০',
    tiers: ['৪', '৩', '২', '১', '-'], q: ['১টি সভা অনুষ্ঠিত', '১টি সভা অনুষ্ঠিত হয়নি', null, null], annual: null, claimed: null },
  // two counts in one cell: which is the achievement? bad-value, no marks
  { activity: '[১.৩] কর্মশালা', indicator: '[১.৩.১] কর্মশালা/ সেমিনার আয়োজিত', method: 'সমষ্টি', unit: 'সংখ্যা', weight: '১০',
    tiers: ['৪', '৩', '২', '১', '-'], q: ['২টি সভা ও ১টি কর্মশালা', null, null, null], annual: null, claimed: null },
]);

// Annex 5: line i on sheet row 3 + i. q = Q1, Q2, half-year, Q3, Q4.
const EGOV = egovRows([
  // 1 + 1 + 1 = 3 → the 90% tier → 0.9 × 4 = 3.6; the half-year "২টি কর্মশালা" agrees with Q1 + Q2
  { serial: '১', activity: '[১.১] স্মার্ট বাংলাদেশ কর্মশালা', indicator: '[১.১.১] কর্মশালা/ সেমিনার আয়োজিত', unit: 'সংখ্যা', weight: '৪',
    tiers: ['৪', '৩', '২', '১', '-'], q: ['১টি কর্মশালা', '১টি কর্মশালা', '২টি কর্মশালা', '১টি সেমিনার', '-'], annual: '৩টি', claimed: '৩.৬' },
  // money is another figure: "৫০ টাকা" stays unreadable
  { serial: '২', activity: '[২.১] সেবা', indicator: '[২.১.১] সেবা প্রদানকৃত', unit: 'সংখ্যা', weight: '২',
    tiers: ['৪', '৩', '২', '১', '-'], q: ['৫০ টাকা', null, null, null, null], annual: null, claimed: null },
]);

// Integrity: 3 of 4 meetings, weight 2 → 1.5 (apa-rules' worked example); target row 4, achievement row 5
// ১.২ (সংখ্যা ও তারিখ): "১টি সভা (১০/০৭/২৪)" is one dated meeting, "১টি সভা" one undated: 3 of 4 → 1.5 (rows 6, 7)
const INTEGRITY = integrityRows('১. প্রাতিষ্ঠানিক ব্যবস্থা.....৪', [
  { activity: '১.১ নৈতিকতা কমিটির সভা আয়োজন', indicator: 'সভা আয়োজিত', weight: '২', unit: 'সংখ্যা', target: '৪',
    targets: ['১', '১', '১', '১'], achieved: ['১ টি সভা অনুষ্ঠিত', '১ টি সভা অনুষ্ঠিত', '-', '১ টি সভা অনুষ্ঠিত'], annual: null, claimed: '১.৫' },
  { activity: '১.২ অংশীজনের অংশগ্রহণে সভা', indicator: 'অনুষ্ঠিত সভা', weight: '২', unit: 'সংখ্যা ও তারিখ', target: '৪',
    targets: ['১', '১', '১', '১'], achieved: ['১টি সভা (১০/০৭/২৪)', '১টি সভা', '-', '১টি সভা'], annual: null, claimed: '১.৫' },
]);

function expectSection3(a: Analysis, name: string, top: number, t: number): void {
  expect(a.tables[t].rows.map((r) => r.computed)).toEqual([40, null, null]);
  expect(rulesOf(a, name, top + 4)).toEqual([]);
  expect(rulesOf(a, name, top + 5)).toEqual([`${at(top + 5, S3_COLS.q2)} bad-value error`]);
  expect(rulesOf(a, name, top + 6)).toEqual([`${at(top + 6, S3_COLS.q1)} bad-value error`]);
}

function expectAnnex(a: Analysis, name: string, top: number, t: number): void {
  expect(a.tables[t].rows.map((r) => r.computed)).toEqual([3.6, null]);
  expect(rulesOf(a, name, top + 3)).toEqual([]);
  expect(rulesOf(a, name, top + 4)).toEqual([`${at(top + 4, ANNEX_COLS.q1)} bad-value error`]);
}

function expectIntegrity(a: Analysis, name: string, top: number, t: number): void {
  expect(a.tables[t].kind).toBe('integrity-plan');
  expect(a.tables[t].rows.map((r) => r.computed)).toEqual([1.5, 1.5]);
  expect(a.findings.filter((f) => f.sheet === name && f.row - 1 >= top + 4 && f.row - 1 <= top + 7)).toEqual([]);
}

describe('one sheet per table', () => {
  const a = analyzeWorkbook({ sheets: [sheet('সেকশন ৩', S3), sheet('সংযোজনী ৫', EGOV), sheet('সংযোজনী ৪', INTEGRITY)] });
  it('Section 3: counts with nouns are read; "not held" and two counts are not', () => expectSection3(a, 'সেকশন ৩', 0, 0));
  it('annex 5: "১টি কর্মশালা" quarters are scored; "৫০ টাকা" is unreadable', () => expectAnnex(a, 'সংযোজনী ৫', 0, 1));
  it('annex 4: "১ টি সভা অনুষ্ঠিত" achievements are scored', () => expectIntegrity(a, 'সংযোজনী ৪', 0, 2));
});

describe('the whole document on one sheet', () => {
  const { rows, starts } = stack([S3, EGOV, INTEGRITY]);
  const a = analyzeWorkbook({ sheets: [sheet('এপিএ', rows)] });
  it('reads them the same way at each table\'s own rows', () => {
    expect(a.tables.map((t) => t.kind)).toEqual(['performance-plan', 'e-governance-plan', 'integrity-plan']);
    expectSection3(a, 'এপিএ', starts[0], 0);
    expectAnnex(a, 'এপিএ', starts[1], 1);
    expectIntegrity(a, 'এপিএ', starts[2], 2);
  });
});
