import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { cellAddress } from '../../src/engine/grid/a1';
import type { Analysis } from '../../src/engine/report/types';
import { ANNEX_COLS, egovRows, S3_COLS, section3Rows, sheet, stack } from './monitoringGrids';

/**
 * Red-team class 22: a % row whose achievements are fractions in General format (=done/total, or the %
 * format lost): 0.6875 under tiers ১০০%..৬০% means 68.75%. It is read so, with a bad-value WARNING on each
 * such cell saying what was read and what to write; only where the tiers/target are plainly on the percent
 * scale. Elsewhere the reading is unchanged.
 */
const at = cellAddress;
const rulesOf = (a: Analysis, name: string, row0: number) =>
  a.findings.filter((f) => f.sheet === name && f.row === row0 + 1).map((f) => `${f.cell} ${f.rule} ${f.severity}`);

// Annex 5: title, header, tier names → line i on sheet row 3 + i. q = Q1, Q2, half-year, Q3, Q4.
const EGOV = egovRows([
  // 0: 0.6, 0.7 (half 0.65), 0.7, 0.75 → 60, 70, 70, 75 → average 68.75% (annual 0.6875 → 68.75) → 68.75% × 8 = 5.5
  { serial: '১', activity: '[১.১] ই-নথি', indicator: '[১.১.১] ই-ফাইলে নোট নিষ্পত্তিকৃত', unit: '%', weight: '৮',
    tiers: ['১০০%', '৯০%', '৮০%', '৭০%', '৬০%'], q: [0.6, 0.7, 0.65, 0.7, 0.75], annual: 0.6875, claimed: '৫.৫' },
  // 1: a count row keeps 0.5 as 0.5 (below the last tier 1 → 0), no warning
  { serial: '২', activity: '[২.১] কর্মশালা', indicator: '[২.১.১] কর্মশালা আয়োজিত', unit: 'সংখ্যা', weight: '২',
    tiers: ['৪', '৩', '২', '১', '-'], q: [0.5, null, null, null, null], annual: null, claimed: null },
  // 2: a % row whose tiers are fractions too (1 … 0.6): one scale, nothing rescaled; 0.7 = the 70% tier → 0.7 × 2 = 1.4
  { serial: '৩', activity: '[৩.১] ই-সেবা', indicator: '[৩.১.১] অনলাইনে সেবা প্রদানকৃত', unit: '%', weight: '২',
    tiers: [1, 0.9, 0.8, 0.7, 0.6], q: [0.7, null, null, null, null], annual: null, claimed: null },
  // 3: "০.৫%" is written as a percentage: 0.5% → 0; no warning
  { serial: '৪', activity: '[৪.১] তথ্য বাতায়ন', indicator: '[৪.১.১] তথ্য বাতায়ন হালনাগাদকৃত', unit: '%', weight: '২',
    tiers: ['১০০%', '৯০%', '৮০%', '৭০%', '৬০%'], q: ['০.৫%', null, null, null, null], annual: null, claimed: null },
]);

// Section 3: tiers as bare numbers 100..60 (> 1: the percent scale); quarters 0.8, 0.9, 1, 1 (text ".৯" too):
// a fraction in the row makes its plain 1s 100% → (80 + 90 + 100 + 100) ÷ 4 = 92.5 → 90 + 2.5 = 92.5% × 35 = 32.375
const S3 = section3Rows([
  { area: '[১] সেবা', areaWeight: '৭০', activity: '[১.১] অভিযোগ নিষ্পত্তি', indicator: '[১.১.১] অভিযোগ নিষ্পত্তিকৃত', method: 'গড়', unit: '%', weight: '৩৫',
    tiers: ['১০০', '৯০', '৮০', '৭০', '৬০'], q: [0.8, '.৯', 1, 1], annual: null, claimed: null },
  // a lone 1 with no fraction beside it is ambiguous (1% or 100%): kept as 1 → below 60 → 0 (no warning)
  { activity: '[১.২] সেবা প্রদান', indicator: '[১.২.১] সেবা প্রদানকৃত', method: 'গড়', unit: '%', weight: '৩৫',
    tiers: ['১০০', '৯০', '৮০', '৭০', '৬০'], q: [1, null, null, null], annual: null, claimed: null },
]);

function expectAnnex(a: Analysis, name: string, top: number, t: number): void {
  expect(a.tables[t].rows.map((r) => r.computed)).toEqual([5.5, 0, 1.4, 0]);
  expect(a.tables[t].rows[0].annual).toBe(68.75);
  const cols = [ANNEX_COLS.q1, ANNEX_COLS.q2, ANNEX_COLS.halfYear, ANNEX_COLS.q3, ANNEX_COLS.q4, ANNEX_COLS.annual];
  expect(rulesOf(a, name, top + 3).sort()).toEqual(cols.map((c) => `${at(top + 3, c)} bad-value warning`).sort());
  const annual = at(top + 3, ANNEX_COLS.annual);
  expect(a.findings.find((f) => f.sheet === name && f.cell === annual)!.messages).toEqual({
    bn: `সূচক [১.১.১] ই-ফাইলে নোট নিষ্পত্তিকৃত: মোট অর্জন (${annual}): ০.৬৮৭৫ লেখা; শতাংশ হিসেবে ৬৮.৭৫% ধরা হলো — ${annual}-এ ৬৮.৭৫% লিখুন`,
    en: `Indicator [1.1.1] ই-ফাইলে নোট নিষ্পত্তিকৃত: Total achievement (${annual}): 0.6875 read as 68.75%; write 68.75% in ${annual}`,
  });
  for (const i of [1, 2, 3]) expect(rulesOf(a, name, top + 3 + i)).toEqual([]);
}

function expectSection3(a: Analysis, name: string, top: number, t: number): void {
  expect(a.tables[t].rows.map((r) => r.computed)).toEqual([32.375, 0]);
  expect(a.tables[t].rows.map((r) => r.annual)).toEqual([92.5, 1]);
  expect(rulesOf(a, name, top + 4)).toEqual([S3_COLS.q1, S3_COLS.q2, S3_COLS.q3, S3_COLS.q4].map((c) => `${at(top + 4, c)} bad-value warning`));
  expect(a.findings.find((f) => f.sheet === name && f.cell === at(top + 4, S3_COLS.q3))!.messages.en).toContain('1 read as 100%');
  expect(rulesOf(a, name, top + 5)).toEqual([]);
  // read with a warning, not guessed: the row is scored and its blank claimed cell filled
  expect(a.fills.filter((f) => f.sheet === name && f.row === top + 4).map((f) => f.value)).toEqual(['৩২.৩৮']); // 32.375 written with 2 decimals
}

describe('one sheet per table', () => {
  const a = analyzeWorkbook({ sheets: [sheet('সেকশন ৩', S3), sheet('সংযোজনী ৫', EGOV)] });
  it('annex 5: fractions under % tiers are percentages, with a warning each; other rows unchanged', () => expectAnnex(a, 'সংযোজনী ৫', 0, 1));
  it('Section 3: bare-number tiers above 1 are the percent scale too; a lone 1 is kept', () => expectSection3(a, 'সেকশন ৩', 0, 0));
  it('raises no error for the fractions', () => {
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('the whole document on one sheet', () => {
  const { rows, starts } = stack([S3, EGOV]);
  const a = analyzeWorkbook({ sheets: [sheet('এপিএ', rows)] });
  it('reads the fractions the same way at each table\'s own rows', () => {
    expect(a.tables.map((t) => t.kind)).toEqual(['performance-plan', 'e-governance-plan']);
    expectSection3(a, 'এপিএ', starts[0], 0);
    expectAnnex(a, 'এপিএ', starts[1], 1);
  });
});
