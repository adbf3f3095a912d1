import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { cellAddress } from '../../src/engine/grid/a1';
import type { Analysis } from '../../src/engine/report/types';
import { egovRows, S3_COLS, section3Rows, sheet, stack } from './monitoringGrids';

/**
 * Red-team class 10: a % row whose গণনা পদ্ধতি says সমষ্টি. Percentages are rates and are not added: the
 * quarters are averaged, unless the stated total is their sum (at most 100%: shares of the year's work) or,
 * with quarters that never fall, the latest (running percentages). A count row under সমষ্টি still adds up.
 */
const at = cellAddress;
const rulesOf = (a: Analysis, name: string, row0: number) =>
  a.findings.filter((f) => f.sheet === name && f.row === row0 + 1).map((f) => `${f.cell} ${f.rule} ${f.severity}`);

const TIERS = ['১০০%', '৯০%', '৮০%', '৭০%', '৬০%'];
// title, two header rows, section label → indicator i on sheet row 4 + i; weights 10 × 6 + 10 = 70
const S3 = section3Rows([
  // 0: 90% each quarter, total 90% → 90% → the 90% tier → 9 of 10, as claimed
  { area: '[১] ই-সেবা প্রদান', areaWeight: '৭০', activity: '[১.১] ই-নথির ব্যবহার বৃদ্ধি', indicator: '[১.১.১] ই-ফাইলে নোট নিষ্পত্তিকৃত', method: 'সমষ্টি', unit: '%', weight: '১০',
    tiers: TIERS, q: ['৯০%', '৯০%', '৯০%', '৯০%'], annual: '৯০%', claimed: '৯' },
  // 1: shares of the year's work 25% × 4, total 100% → 100% → 10
  { activity: '[১.২] ভবন নির্মাণ', indicator: '[১.২.১] নির্মাণ কাজের অগ্রগতি', method: 'সমষ্টি', unit: '%', weight: '১০',
    tiers: TIERS, q: ['২৫%', '২৫%', '২৫%', '২৫%'], annual: '১০০%', claimed: '১০' },
  // 2: running percentages 30, 55, 80, 100, total 100% → 100% → 10
  { activity: '[১.৩] ডিজিটাইজেশন', indicator: '[১.৩.১] নথি ডিজিটাইজকৃত', method: 'সমষ্টি', unit: '%', weight: '১০',
    tiers: TIERS, q: ['৩০', '৫৫', '৮০', '১০০'], annual: '১০০', claimed: '১০' },
  // 3: the clerk added rates 80 + 90 + 85 + 95 = 350: average 87.5% → 87.5% × 10 = 8.75; the total is an error
  { activity: '[১.৪] অভিযোগ নিষ্পত্তি', indicator: '[১.৪.১] অভিযোগ নিষ্পত্তিকৃত', method: 'সমষ্টি', unit: '%', weight: '১০',
    tiers: TIERS, q: ['৮০%', '৯০%', '৮৫%', '৯৫%'], annual: '৩৫০%', claimed: '৮.৭৫' },
  // 4: no total yet, Q1 80% and Q2 90% → 85% → 8.5, claimed cell blank → filled
  { activity: '[১.৫] সেবা প্রদান', indicator: '[১.৫.১] নির্ধারিত সময়ে সেবা প্রদানকৃত', method: 'সমষ্টি', unit: '%', weight: '১০',
    tiers: TIERS, q: ['৮০%', '৯০%', null, null], annual: null, claimed: null },
  // 5: the full marks a sum gave (360% ≥ 100%) are no longer computed: 90% → 9, so a claim of 10 is an error
  { activity: '[১.৬] তথ্য বাতায়ন', indicator: '[১.৬.১] তথ্য বাতায়ন হালনাগাদকৃত', method: 'সমষ্টি', unit: '%', weight: '১০',
    tiers: TIERS, q: ['৯০%', '৯০%', '৯০%', '৯০%'], annual: null, claimed: '১০' },
  // 6: a count row under সমষ্টি still adds: 2 + 2 + 2 + 2 = 8 ≥ 8 → 10
  { activity: '[১.৭] পরিদর্শন', indicator: '[১.৭.১] পরিদর্শিত প্রতিষ্ঠান', method: 'সমষ্টি', unit: 'সংখ্যা', weight: '১০',
    tiers: ['৮', '৭', '৬', '৫', '৪'], q: ['২', '২', '২', '২'], annual: '৮', claimed: '১০' },
]);

function expectSection3(a: Analysis, name: string, top: number, t: number): void {
  const rows = a.tables[t].rows;
  expect(rows.map((r) => r.computed)).toEqual([9, 10, 10, 8.75, 8.5, 9, 10]);
  expect(rows.map((r) => r.annual)).toEqual([90, 100, 100, 87.5, 85, 90, 8]);
  for (const i of [0, 1, 2, 4, 6]) expect(rulesOf(a, name, top + 4 + i)).toEqual([]);
  expect(rulesOf(a, name, top + 7)).toEqual([`${at(top + 7, S3_COLS.annual)} total-mismatch error`]);
  const total = a.findings.find((f) => f.sheet === name && f.cell === at(top + 7, S3_COLS.annual))!;
  expect(total.messages.bn).toContain('মোট অর্জন ৩৫০, ত্রৈমাসিক অর্জনের গড় ৮৭.৫');
  expect(total.messages.en).toContain(`Total 350, quarters average 87.5: write 87.5% in ${at(top + 7, S3_COLS.annual)}`);
  expect(rulesOf(a, name, top + 9)).toEqual([`${at(top + 9, S3_COLS.claimed)} claimed-mismatch error`]);
  expect(a.fills.filter((f) => f.sheet === name && f.row >= top && f.row < top + S3.length).map((f) => [f.cell, f.value])).toEqual([
    [at(top + 8, S3_COLS.claimed), '৮.৫'],
  ]);
}

// an annex (no method column: a count row sums, a % row averages) beside it, unchanged
const EGOV = egovRows([
  { serial: '১', activity: '[১.১] ই-নথি', indicator: '[১.১.১] ই-ফাইলে নোট নিষ্পত্তিকৃত', unit: '%', weight: '৮',
    tiers: TIERS, q: ['৬০%', '৭০%', '৬৫%', '৭০%', '৭৫%'], annual: '৬৮.৭৫%', claimed: '৫.৫' },
  { serial: '২', activity: '[২.১] কর্মশালা', indicator: '[২.১.১] কর্মশালা আয়োজিত', unit: 'সংখ্যা', weight: '২',
    tiers: ['৪', '৩', '২', '১', '-'], q: ['১', '১', '২', '১', '১'], annual: '৪', claimed: '২' },
]);

describe('one sheet per table', () => {
  const a = analyzeWorkbook({ sheets: [sheet('সেকশন ৩', S3), sheet('সংযোজনী ৫', EGOV)] });
  it('Section 3: % quarters under সমষ্টি are averaged, or the shares or running figure the total states', () => expectSection3(a, 'সেকশন ৩', 0, 0));
  it('the annex is unchanged', () => {
    expect(a.tables[1].rows.map((r) => r.computed)).toEqual([5.5, 2]);
    expect(a.findings.filter((f) => f.sheet === 'সংযোজনী ৫')).toEqual([]);
  });
});

describe('the whole document on one sheet', () => {
  const { rows, starts } = stack([S3, EGOV]);
  const a = analyzeWorkbook({ sheets: [sheet('এপিএ', rows)] });
  it('gives the same marks and findings at each table\'s own rows', () => {
    expect(a.tables.map((t) => t.kind)).toEqual(['performance-plan', 'e-governance-plan']);
    expectSection3(a, 'এপিএ', starts[0], 0);
    expect(a.tables[1].rows.map((r) => r.computed)).toEqual([5.5, 2]);
    expect(a.findings.filter((f) => f.row - 1 >= starts[1]).map((f) => f.cell)).toEqual([]);
  });
});
