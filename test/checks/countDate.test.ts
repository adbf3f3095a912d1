import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { cellAddress } from '../../src/engine/grid/a1';
import type { Analysis } from '../../src/engine/report/types';
import { INTEGRITY_COLS, integrityRows, S3_COLS, section3Rows, sheet, stack, type Rows } from './monitoringGrids';

/**
 * Issue #8 part 5: counts with dates, and dates as clerks type them. A সংখ্যা ও তারিখ item scores
 * min(dated achievements ÷ target count, 1) × weight, whichever of the three quarterly forms the clerk used
 * ("১ ও ৩১/০৭/ ২৩", a real Excel date per quarter, several dates in one cell). One impossible date is reported
 * as exactly that date; a stated count is still read (the dates are evidence), a count that would be the
 * number of dates written is not guessed.
 */

// title, two header rows, group label; pair i: target row 4 + 2i, achievement row 5 + 2i
const T = '৪ ও ৩১/০৭/২০২৩ ৩১/১০/২০২৩ ৩১/০১/২০২৪ ৩০/০৪/২০২৪';
const QT = ['১ ও ৩১/০৭/২০২৩', '১ ও ৩১/১০/২০২৩', '১ ও ৩১/০১/২০২৪', '১ ও ৩০/০৪/২০২৪'];
const EXCEL_30_10_2023 = 45229;
const INTEGRITY: Rows = integrityRows('১. প্রাতিষ্ঠানিক ব্যবস্থা.....৬', [
  // 3 dated achievements of 4, weight 1 → 0.75 (apa-rules): a real Excel date (1) and two dates in one cell (2)
  { activity: '১.১ কর্ম-পরিবেশ উন্নয়ন', indicator: 'উন্নত কর্ম-পরিবেশ', weight: '১', unit: 'সংখ্যা ও তারিখ', target: T, targets: QT,
    achieved: [EXCEL_30_10_2023, null, '১০/০১/২৪, ২৮/০১/২৪', null], annual: '৩', claimed: null },
  // the target names 31/04/2024 (April has 30 days): reported, but its count 4 is stated; 4 of 4 × 2 = 2
  { activity: '১.২ অংশীজনের সভা', indicator: 'অনুষ্ঠিত সভা', weight: '২', unit: 'সংখ্যা ও তারিখ', target: '৪ ও ৩১/০৭/২০২৩ ৩১/১০/২০২৩ ৩১/০১/২০২৪ ৩১/০৪/২০২৪', targets: QT,
    achieved: ['১ ও ৩১/০৭/ ২৩', '১', '১', '১'], annual: '৪', claimed: null },
  // dates only, one impossible: is it an achievement? The count would be a guess: no marks
  { activity: '১.৩ প্রশিক্ষণ', indicator: 'প্রশিক্ষণ আয়োজিত', weight: '১', unit: 'সংখ্যা ও তারিখ', target: '২', targets: ['১', '১', '-', '-'],
    achieved: ['১০/০৭/২৩ ৩১/০৯/২৩', null, null, null], annual: null, claimed: null },
  // a stated count with an impossible date: 2 of 2 × 1 = 1, the date reported
  { activity: '১.৪ পরিদর্শন', indicator: 'পরিদর্শন সম্পন্ন', weight: '১', unit: 'সংখ্যা ও তারিখ', target: '২', targets: ['১', '১', '-', '-'],
    achieved: ['২ ও ১৫/০৭/২৩ ৩১/০৯/২৩', null, null, null], annual: null, claimed: null },
  // "৩১-৭ ২০২৩" is 31 July 2023: on the target date → full weight 1
  { activity: '১.৫ ক্রয়-পরিকল্পনা প্রকাশ', indicator: 'ক্রয়-পরিকল্পনা ওয়েবসাইটে প্রকাশিত', weight: '১', unit: 'তারিখ', target: '৩১/০৭/২০২৩', targets: ['৩১/০৭/২০২৩', '-', '-', '-'],
    achieved: ['৩১-৭ ২০২৩', '-', '-', '-'], annual: null, claimed: null },
]);
const FORMATS: [number, number, string][] = [[5, INTEGRITY_COLS.q1, 'dd/mm/yyyy']];
const at = (row: number, col: number) => cellAddress(row, col);

function expectIntegrity(a: Analysis, top: number): void {
  const t = a.tables.find((x) => x.kind === 'integrity-plan')!;
  expect(t.rows.map((r) => r.computed)).toEqual([0.75, 2, null, 1, 1]);
  expect(t.total).toBe(4.75);
  expect(t.max).toBe(6);
  const mine = a.findings.filter((f) => f.row - 1 >= top && f.row - 1 < top + INTEGRITY.length);
  expect(mine.map((f) => `${f.cell} ${f.rule} ${f.severity}`)).toEqual([
    `${at(top + 6, INTEGRITY_COLS.target)} bad-value error`,
    `${at(top + 9, INTEGRITY_COLS.q1)} bad-value error`,
    `${at(top + 11, INTEGRITY_COLS.q1)} bad-value error`,
  ]);
  expect(a.fills.filter((f) => f.row >= top && f.row < top + INTEGRITY.length).map((f) => [f.cell, f.value])).toEqual([
    [at(top + 4, INTEGRITY_COLS.claimed), '০.৭৫'],
    [at(top + 6, INTEGRITY_COLS.claimed), '২'],
    [at(top + 10, INTEGRITY_COLS.claimed), '১'],
    [at(top + 12, INTEGRITY_COLS.claimed), '১'],
  ]);
}

describe('annex 4 on its own sheet', () => {
  const a = analyzeWorkbook({ sheets: [sheet('শুদ্ধাচার', INTEGRITY, FORMATS)] });

  it('scores 3 dated achievements of 4 as 0.75 whichever form each quarter takes, and the other items', () => {
    expectIntegrity(a, 0);
    // the stated totals agree with the quarters: 1 (the Excel date) + 2 (two dates) = 3; "১ ও …" + 1 + 1 + 1 = 4
    expect(a.findings.some((f) => f.rule === 'total-mismatch')).toBe(false);
    expect(a.tables[0].rows.map((r) => r.annual)).toEqual([3, 4, null, 2, 45138]);
  });

  it('reads a count with its dates as a plain figure where the unit says count (the dates are evidence)', () => {
    // pair ১.২ as a সংখ্যা row: its achievement "১ ও ৩১/০৭/ ২৩" is still 1, its target a plain 4
    const rows = INTEGRITY.map((r) => r.slice());
    rows[6][INTEGRITY_COLS.unit] = 'সংখ্যা';
    rows[6][INTEGRITY_COLS.target] = '৪';
    rows[6][INTEGRITY_COLS.q1] = '১';
    rows[6][INTEGRITY_COLS.q2] = '১';
    rows[6][INTEGRITY_COLS.q3] = '১';
    rows[6][INTEGRITY_COLS.q4] = '১';
    const b = analyzeWorkbook({ sheets: [sheet('শুদ্ধাচার', rows, FORMATS)] });
    expect(b.tables[0].rows[1].computed).toBe(2);
    expect(b.findings.filter((f) => f.row === 7 || f.row === 8)).toEqual([]);
  });

  it('names exactly the impossible date, with the month\'s days, and says the count was read', () => {
    const target = a.findings.find((f) => f.cell === at(6, INTEGRITY_COLS.target))!;
    expect(target.message).toBe(
      'সূচক [১.২] অনুষ্ঠিত সভা: লক্ষ্যমাত্রা (F7): ৩১/০৪/২০২৪ তারিখটি হয় না: এপ্রিল ৩০ দিনের; F7-এ সঠিক তারিখ লিখুন (সংখ্যা ৪ পড়া হয়েছে) / ' +
        'Indicator [1.2] অনুষ্ঠিত সভা: Target (F7): 31/04/2024 is not a date: April has 30 days; write the real date in F7 (the count 4 is still read)',
    );
    const datesOnly = a.findings.find((f) => f.cell === at(9, INTEGRITY_COLS.q1))!;
    expect(datesOnly.messages.en).toBe(
      'Indicator [1.3] প্রশিক্ষণ আয়োজিত: Q1 achievement (H10): 31/09/23 is not a date: September has 30 days; write the number achieved and its dates in H10 (not counted as zero)',
    );
  });
});

describe('a Section 3 সংখ্যা ও তারিখ row whose method says তারিখ', () => {
  // 1 + 1 + 1 = 3 dated achievements → the 90% tier of ৪ ৩ ২ ১ → 0.9 × 70 = 63 (the earliest date would count one)
  const rows = section3Rows([
    { area: '[১] সুশাসন', areaWeight: '৭০', activity: '[১.১] সভা', indicator: '[১.১.১] সভার সিদ্ধান্ত বাস্তবায়িত', method: 'তারিখ', unit: 'সংখ্যা ও তারিখ', weight: '৭০',
      tiers: ['৪', '৩', '২', '১', '-'], q: ['১ ও ৩১/০৭/২৪', '১ ও ৩১/১০/২৪', '১ ও ৩১/০১/২৫', null], annual: '৩', claimed: null },
  ]);
  const a = analyzeWorkbook({ sheets: [sheet('সেকশন ৩', rows)] });

  it('counts the dated achievements', () => {
    expect(a.tables[0].rows[0].computed).toBe(63);
    expect(a.findings).toEqual([]);
    expect(a.fills.map((f) => [f.cell, f.value])).toEqual([[at(4, S3_COLS.claimed), '৬৩']]);
  });
});

describe('the whole document on one sheet', () => {
  const s3 = section3Rows([
    { area: '[১] সেবা', areaWeight: '৭০', activity: '[১.১] সেবা প্রদান', indicator: '[১.১.১] সেবা প্রদানকৃত', method: 'সমষ্টি', unit: 'সংখ্যা', weight: '৭০',
      tiers: ['৪', '৩', '২', '১', '-'], q: ['১', '১', '১', '১'], annual: '৪', claimed: '৭০' },
  ]);
  const { rows, starts } = stack([s3, INTEGRITY]);
  const formats = FORMATS.map(([r, c, f]) => [r + starts[1], c, f] as [number, number, string]);
  const a = analyzeWorkbook({ sheets: [sheet('এপিএ', rows, formats)] });

  it('reads the integrity plan below Section 3 the same way', () => {
    expect(a.tables.map((t) => t.kind)).toEqual(['performance-plan', 'integrity-plan']);
    expect(a.tables[0].rows[0].computed).toBe(70);
    expectIntegrity(a, starts[1]);
  });
});
