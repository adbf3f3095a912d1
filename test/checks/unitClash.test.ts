import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { cellAddress } from '../../src/engine/grid/a1';
import type { Analysis, TableReport } from '../../src/engine/report/types';
import { ANNEX_COLS, egovRows, INTEGRITY_COLS, integrityRows, S3_COLS, section3Rows, sheet, stack, type Rows } from './monitoringGrids';

/**
 * Issue #8 part 1: a percentage where the unit says count or date is not a count. `১০০%` ("fully achieved")
 * in a সংখ্যা row read as 100 was a silent 0 against tiers ৩০০০..১৮০০ and a silent full mark against ৪..১.
 * Such a cell is bad-value (error where it feeds marks), the row gets no marks and no fill, its weight stays
 * in the maximum; the same for a number in a date row and a date in a count row. A % row keeps its readings.
 */

// Rows 0-3 are title, two header rows and the section label: indicator i sits on sheet row 4 + i.
const S3_LINES = section3Rows([
  // 30 + 20 + 10 + 5 + 5 = 70, the own areas' weight
  { area: '[১] শিক্ষা ব্যবস্থাপনা', areaWeight: '৭০', activity: '[১.১] আইসিটি প্রশিক্ষণ', indicator: '[১.১.১] আই.সি.টি প্রশিক্ষিত শিক্ষক ও কর্মচারী', method: 'সমষ্টি', unit: 'সংখ্যা', weight: '৩০',
    tiers: ['৩০০০', '২৭০০', '২৪০০', '২১০০', '১৮০০'], q: ['৭০০', '৮০০', '১০০%', null], annual: null, claimed: null },
  { activity: '[১.২] সমন্বয় সভা', indicator: '[১.২.১] সমন্বয় সভা অনুষ্ঠিত', method: 'সমষ্টি', unit: 'সংখ্যা', weight: '২০',
    tiers: ['৪', '৩', '২', '১', '-'], q: ['১', '১', '১০০%', null], annual: null, claimed: null },
  // a % row: "৮০" meaning 80% and "১০০%" are both percentages; average of 80, 100, 90, 90 = 90 → the 90% tier → 0.9 × 10 = 9
  { activity: '[১.৩] ই-নথি', indicator: '[১.৩.১] ই-নথিতে নোট নিষ্পত্তি', method: 'গড়', unit: '%', weight: '১০',
    tiers: ['১০০%', '৯০%', '৮০%', '৭০%', '৬০%'], q: ['৮০', '১০০%', '৯০%', '৯০'], annual: null, claimed: null },
  { activity: '[১.৪] তথ্য বাতায়ন', indicator: '[১.৪.১] তথ্য বাতায়ন হালনাগাদকৃত', method: 'তারিখ', unit: 'তারিখ', weight: '৫',
    tiers: ['৩১/০৮/২৪', '০৮/০৯/২৪', '১৫/০৯/২৪', '২২/০৯/২৪', '২৯/০৯/২৪'], q: ['৫', null, null, null], annual: null, claimed: null },
  { activity: '[১.৫] পরিদর্শন', indicator: '[১.৫.১] পরিদর্শিত প্রতিষ্ঠান', method: 'সমষ্টি', unit: 'সংখ্যা', weight: '৫',
    tiers: ['১২', '১০', '৮', '৬', '৪'], q: ['৩', '৩', '৩', '৩১/০৩/২৫'], annual: null, claimed: null },
]);

function findingsOf(a: Analysis): string[] {
  return a.findings.map((f) => `${f.cell} ${f.rule} ${f.severity}`).sort();
}
const at = (row: number, col: number) => cellAddress(row, col);

function expectSection3(t: TableReport, a: Analysis, top: number, sheetName: string): void {
  expect(t.kind).toBe('performance-plan');
  expect(t.rows.map((r) => r.computed)).toEqual([null, null, 9, null, null]);
  expect(t.max).toBe(70); // the unscored rows keep their weights in the maximum
  expect(t.total).toBe(9);
  const mine = a.findings.filter((f) => f.sheet === sheetName && f.row - 1 >= top && f.row - 1 < top + S3_LINES.length);
  expect(mine.map((f) => `${f.cell} ${f.rule} ${f.severity}`).sort()).toEqual(
    [at(top + 4, S3_COLS.q3), at(top + 5, S3_COLS.q3), at(top + 7, S3_COLS.q1), at(top + 8, S3_COLS.q4)].map((c) => `${c} bad-value error`).sort(),
  );
  // only the % row is filled
  expect(a.fills.filter((f) => f.sheet === sheetName && f.row >= top && f.row < top + S3_LINES.length).map((f) => [f.cell, f.value])).toEqual([[at(top + 6, S3_COLS.claimed), '৯']]);
}

describe('Section 3 on its own sheet', () => {
  const a = analyzeWorkbook({ sheets: [sheet('সেকশন ৩', S3_LINES)] });
  const t = a.tables[0];

  it('reports each contradicting cell, scores none of their rows, fills only the clean row', () => {
    expectSection3(t, a, 0, 'সেকশন ৩');
  });

  it('says in the message which indicator, what the unit wants, and the wrong value', () => {
    const f = a.findings.find((x) => x.cell === at(4, S3_COLS.q3))!;
    expect(f.message).toBe(
      "সূচক [১.১.১] আই.সি.টি প্রশিক্ষিত শিক্ষক…: ৩য় ত্রৈমাসিক অর্জন (O5): একক 'সংখ্যা': অর্জিত সংখ্যা লিখুন, ১০০% নয় / " +
        'Indicator [1.1.1] আই.সি.টি প্রশিক্ষিত শিক্ষক…: Q3 achievement (O5): unit is count: write the number achieved, not 100%',
    );
    expect(f.indicator).toBe('[১.১.১]');
    expect(a.findings.find((x) => x.cell === at(7, S3_COLS.q1))!.messages.en).toBe(
      'Indicator [1.4.1] তথ্য বাতায়ন হালনাগাদকৃত: Q1 achievement (M8): unit is date: write the date it was achieved, not 5',
    );
    expect(a.findings.find((x) => x.cell === at(8, S3_COLS.q4))!.messages.bn).toBe(
      "সূচক [১.৫.১] পরিদর্শিত প্রতিষ্ঠান: ৪র্থ ত্রৈমাসিক অর্জন (P9): একক 'সংখ্যা': অর্জিত সংখ্যা লিখুন, ৩১/০৩/২৫ নয়",
    );
  });

  it('scores the same rows from their numbers once the count is written', () => {
    const fixed = S3_LINES.map((r) => r.slice());
    // 700 + 800 + 500 = 2000, between 2100 (70%) and 1800 (60%): 60 + (2000-1800)/(2100-1800)×10 = 66.667%
    fixed[4][S3_COLS.q3] = '৫০০';
    fixed[5][S3_COLS.q3] = '১'; // 1 + 1 + 1 = 3 → the 90% tier → 0.9 × 20 = 18
    const b = analyzeWorkbook({ sheets: [sheet('সেকশন ৩', fixed)] });
    expect(b.tables[0].rows[0].computed).toBeCloseTo(20, 4); // 66.667% × 30
    expect(b.tables[0].rows[1].computed).toBe(18);
  });

  it('keeps a date serial in a date row a date, and 0 in a date row nothing done', () => {
    const rows = S3_LINES.map((r) => r.slice());
    rows[7][S3_COLS.q1] = 45545; // 10/09/2024 with its format lost: between 08/09 and 15/09 → the 80% tier → 4
    const b = analyzeWorkbook({ sheets: [sheet('সেকশন ৩', rows)] });
    expect(b.tables[0].rows[3].computed).toBe(4);
    expect(b.findings.some((f) => f.cell === at(7, S3_COLS.q1))).toBe(false);
  });
});

describe('a contradicting total beside reported quarters', () => {
  it('is an error at the total, and the row is scored from its quarters (the rules\' figure, not a guess)', () => {
    const rows = S3_LINES.map((r) => r.slice());
    rows[5][S3_COLS.q3] = '১'; // [১.২.১]: 1 + 1 + 1 = 3 → the 90% tier → 0.9 × 20 = 18
    rows[5][S3_COLS.annual] = '১০০%';
    const a = analyzeWorkbook({ sheets: [sheet('সেকশন ৩', rows)] });
    const f = a.findings.filter((x) => x.row === 6);
    expect(f.map((x) => `${x.cell} ${x.rule} ${x.severity}`)).toEqual([`${at(5, S3_COLS.annual)} bad-value error`]);
    expect(f[0].messages.en).toBe('Indicator [1.2.1] সমন্বয় সভা অনুষ্ঠিত: Total achievement (Q6): unit is count: write the number achieved, not 100%');
    expect(a.tables[0].rows[1].computed).toBe(18);
  });

  it('blocks the row when no quarter is reported: the total is then the achievement', () => {
    const rows = S3_LINES.map((r) => r.slice());
    rows[5][S3_COLS.q1] = null;
    rows[5][S3_COLS.q2] = null;
    rows[5][S3_COLS.q3] = null;
    rows[5][S3_COLS.annual] = '১০০%';
    const a = analyzeWorkbook({ sheets: [sheet('সেকশন ৩', rows)] });
    expect(a.tables[0].rows[1].computed).toBeNull();
    expect(a.fills.some((x) => x.row === 5)).toBe(false);
  });
});

describe('annex 5 on its own sheet: tiers, half-year and a %-formatted number', () => {
  // title, header, tier names: line i on sheet row 3 + i
  const rows: Rows = egovRows([
    // tiers copied from the header's 100%..60% into a count row: each is a contradiction (a target tier)
    { serial: '১', activity: '[১.১] উদ্ভাবনী ধারণা', indicator: '[১.১.১] উদ্ভাবনী ধারণা বাস্তবায়িত', unit: 'সংখ্যা', weight: '২',
      tiers: ['১০০%', '৯০%', '৮০%', '৭০%', '৬০%'], q: ['১', null, '১', null, null], annual: '১', claimed: null },
    // the half-year cell feeds no marks: a warning, and the row is still scored (1+1+1+1 = 4 → 100% of 3)
    { serial: '২', activity: '[২.১] তথ্য বাতায়ন', indicator: '[২.১.১] তথ্য বাতায়ন হালনাগাদকৃত', unit: 'সংখ্যা', weight: '৩',
      tiers: ['৪', '৩', '২', '১', '-'], q: ['১', '১', '১০০%', '১', '১'], annual: '৪', claimed: '৩' },
    // Excel stores 1 in a %-formatted cell and shows 100%: the same clash
    { serial: '৩', activity: '[৩.১] কর্মশালা', indicator: '[৩.১.১] কর্মশালা আয়োজিত', unit: 'সংখ্যা', weight: '৫',
      tiers: ['৪', '৩', '২', '১', '-'], q: ['১', '১', '২', 1, null], annual: null, claimed: null },
  ]);
  const a = analyzeWorkbook({ sheets: [sheet('সংযোজনী ৫', rows, [[5, ANNEX_COLS.q3, '0%']])] });
  const t = a.tables[0];

  it('reports the five tier cells, the half-year warning and the %-formatted quarter', () => {
    expect(t.kind).toBe('e-governance-plan');
    const tierCells = [0, 1, 2, 3, 4].map((i) => `${at(3, ANNEX_COLS.tier100 + i)} bad-value error`);
    expect(findingsOf(a)).toEqual([...tierCells, `${at(4, ANNEX_COLS.halfYear)} bad-value warning`, `${at(5, ANNEX_COLS.q3)} bad-value error`].sort());
    expect(t.rows.map((r) => r.computed)).toEqual([null, 3, null]);
    expect(t.max).toBe(10);
    expect(a.fills).toEqual([]);
    expect(a.findings.find((f) => f.cell === at(3, ANNEX_COLS.tier100))!.messages.en).toBe(
      'Indicator [1.1.1] উদ্ভাবনী ধারণা বাস্তবায়িত: Target tier (F4): unit is count: write the target number, not 100%',
    );
    expect(a.findings.find((f) => f.cell === at(5, ANNEX_COLS.q3))!.messages.en).toContain('not 100%');
  });
});

describe('annex 4 on its own sheet: a target written as a percentage', () => {
  const rows = integrityRows('১. প্রাতিষ্ঠানিক ব্যবস্থা.....২', [
    { activity: '১.১ নৈতিকতা কমিটির সভা আয়োজন', indicator: 'সভা আয়োজিত', weight: '২', unit: 'সংখ্যা', target: '১০০%',
      targets: ['১', '১', '১', '১'], achieved: ['১', '১', '১', '১'], annual: '৪', claimed: null },
  ]);
  const a = analyzeWorkbook({ sheets: [sheet('শুদ্ধাচার', rows)] });

  it('is bad-value at the target, the row unscored and unfilled', () => {
    expect(findingsOf(a)).toEqual([`${at(4, INTEGRITY_COLS.target)} bad-value error`]);
    expect(a.tables[0].rows[0].computed).toBeNull();
    expect(a.fills).toEqual([]);
    expect(a.findings[0].messages.bn).toBe("সূচক [১.১] সভা আয়োজিত: লক্ষ্যমাত্রা (F5): একক 'সংখ্যা': লক্ষ্যমাত্রার সংখ্যা লিখুন, ১০০% নয়");
  });
});

describe('the whole document on one sheet', () => {
  const annex = egovRows([
    { serial: '১', activity: '[১.১] ই-নথি', indicator: '[১.১.১] ই-নথিতে নোট নিষ্পত্তি', unit: 'সংখ্যা', weight: '৪',
      tiers: ['৪', '৩', '২', '১', '-'], q: ['১', '১', '২', '১০০%', null], annual: null, claimed: null },
  ]);
  const { rows, starts } = stack([S3_LINES, annex]);
  const a = analyzeWorkbook({ sheets: [sheet('এপিএ', rows)] });

  it('finds the same contradictions in each table, at their own rows', () => {
    expect(a.tables.map((t) => t.kind)).toEqual(['performance-plan', 'e-governance-plan']);
    expectSection3(a.tables[0], a, starts[0], 'এপিএ');
    const annexFindings = a.findings.filter((f) => f.row - 1 >= starts[1]);
    expect(annexFindings.map((f) => `${f.cell} ${f.rule}`)).toEqual([`${at(starts[1] + 3, ANNEX_COLS.q3)} bad-value`]);
    expect(a.tables[1].rows[0].computed).toBeNull();
  });
});
