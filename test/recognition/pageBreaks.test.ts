import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import type { CellValue } from '../../src/engine/grid/types';
import type { Analysis } from '../../src/engine/report/types';
import {
  EGOV_TITLE, INTEGRITY_GROUP, INTEGRITY_TITLE, OFFICE_LINE, egovHeader, egovRows, integrityHeader, integrityPairs, sheet, stack, type Rows,
} from '../fixtures/grids/messyAnnexes';

/**
 * One table across a page break, even with lines repeated above the header (issue "Real clerk workbooks",
 * class 3): a pasted report repeats the office-name line, the title or a stray "+" before the header on
 * the next page. The table continues: one table, one total, one net.
 */
const HEADER = integrityHeader(12, 'one-row');

function placements(rows: Rows): [string, () => Analysis][] {
  return [
    ['one sheet per annex', () => analyzeWorkbook({ sheets: [sheet('শুদ্ধাচার', rows)] })],
    ['the whole document on one sheet', () => analyzeWorkbook({ sheets: [sheet('এপিএ', stack([egovDoc(), rows]))] })],
  ];
}

/** An e-governance annex before the integrity plan (as a whole document pasted on one sheet has it). */
function egovDoc(): Rows {
  return [[EGOV_TITLE], ...egovHeader(), ...egovRows()];
}

const integrity = (a: Analysis) => a.tables.filter((t) => t.kind === 'integrity-plan');

describe.each([
  ['the office-name line and the title', [[OFFICE_LINE], [], [INTEGRITY_TITLE], []]],
  ['a stray "+" line', [['+']]],
  ['a page number and blank lines', [[], [], ['পৃষ্ঠা ১৭'], [], [], []]],
])('lines repeated above the header after a page break: %s', (_name, between) => {
  const rows: Rows = [
    [INTEGRITY_TITLE], [OFFICE_LINE], [],
    ...HEADER, INTEGRITY_GROUP, ...integrityPairs(12, 13, ['1.1', '1.2']),
    ...(between as Rows), ...HEADER, ...integrityPairs(12, 13, ['1.3']),
    ['মোট', null, '৫', null, null, null, null, null, null, null, null, null, '৩.৫'],
    ['নীট', null, null, null, null, null, null, null, null, null, null, null, '৮'],
  ];

  test.each(placements(rows))('%s: one integrity plan, one total, one net', (_where, run) => {
    const a = run();
    const plans = integrity(a);
    expect(plans).toHaveLength(1);
    // 1.5 + 2 + 0.5 = 4 of 5 → net 4 ÷ 5 × 10 = 8, as the net line states.
    expect(plans[0].rows.map((r) => r.computed)).toEqual([1.5, 2, 0.5]);
    expect([plans[0].total, plans[0].max, plans[0].net]).toEqual([4, 5, 8]);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a table of another kind after a title naming it is not swallowed', () => {
  // Same columns (annexes 5-8 share them), but the line between names another annex: two tables.
  const rows: Rows = [
    [EGOV_TITLE], ...egovHeader(), ...egovRows(),
    [], ['উপজেলা পর্যায়ের কার্যালয়ের জন্য অভিযোগ প্রতিকার ব্যবস্থা সংক্রান্ত কর্মপরিকল্পনা ২০২৪-২৫'], [],
    ...egovHeader(), ...egovRows(['৪', '৩.৬', '১.৬'], 16, ['[১.১] অভিযোগ নিষ্পত্তি', '[১.২] জিআরএস প্রতিবেদন', '[২.১] অভিযোগ প্রতিকার প্রশিক্ষণ']),
  ];
  test('two tables, each with its own kind', () => {
    const a = analyzeWorkbook({ sheets: [sheet('এপিএ', rows)] });
    expect(a.tables.map((t) => t.kind)).toEqual(['e-governance-plan', 'grievance-plan']);
  });
});

describe('the repeated header shifted one column right (the next page has a serial column)', () => {
  const shift = (rows: Rows): Rows => rows.map((r) => [null, ...r]);
  const header2 = shift(HEADER);
  header2[0][0] = 'ক্রম';
  const rows: Rows = [
    [INTEGRITY_TITLE], [],
    ...HEADER, INTEGRITY_GROUP, ...integrityPairs(12, 13, ['1.1', '1.2']),
    [], ...header2, ...shift(integrityPairs(12, 13, ['1.3'])).map((r, i) => (i === 0 ? ['৩', ...r.slice(1)] : r)),
  ];
  test.each(placements(rows))('%s: the second part is read through its own header', (_where, run) => {
    const a = run();
    const plans = integrity(a);
    expect(plans).toHaveLength(1);
    expect(plans[0].rows.map((r) => [r.weight, r.computed, r.claimed])).toEqual([[2, 1.5, 1.5], [2, 2, 2], [1, 0.5, null]]);
    // The fill for ১.৩ goes into the second part's marks column (N, one right of M).
    expect(a.fills.map((f) => f.cell.replace(/[0-9]+/, ''))).toEqual(['N']);
  });
});

describe('an integrity pair split by a page break', () => {
  // The target row ends page 1; page 2 repeats the header, then a row of dates with no label (the target
  // cell's text finishing), then the অর্জন row. The target pairs with the অর্জন row.
  const pairs = integrityPairs(12, 13, ['1.1']);
  const rows: Rows = [
    [INTEGRITY_TITLE], [],
    ...HEADER, INTEGRITY_GROUP, ...integrityPairs(12, 13, ['1.2']),
    pairs[0],
    [], ...HEADER,
    [null, null, null, null, null, null, null, '৩০/০৯/২৪', '৩১/১২/২৪', '৩১/০৩/২৫', '৩০/০৬/২৫'] as CellValue[],
    pairs[1],
  ];
  test.each(placements(rows))('%s', (_where, run) => {
    const a = run();
    const plans = integrity(a);
    expect(plans).toHaveLength(1);
    // ১.২: 4 of 4 → 2; ১.১: 3 of 4 meetings (its অর্জন row after the break) → 1.5, as claimed.
    expect(plans[0].rows.map((r) => [r.computed, r.claimed])).toEqual([[2, 2], [1.5, 1.5]]);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a page whose header overruled by its body is confirmed by the next page header', () => {
  // Page 1's header says N, its body writes marks in M, and ১.২ has no claim yet; page 2's header says M.
  const page1 = integrityPairs(12, 13, ['1.1', '1.2']);
  page1[2][12] = null;
  const rows: Rows = [
    [INTEGRITY_TITLE], [],
    ...integrityHeader(13, 'one-row'), INTEGRITY_GROUP, ...page1,
    [], ...HEADER, ...integrityPairs(12, 13, ['1.3']),
  ];
  test('the blank claim on page 1 is filled in M, and the header warning stays', () => {
    const a = analyzeWorkbook({ sheets: [sheet('শুদ্ধাচার', rows)] });
    expect(a.fills.map((f) => [f.cell, f.value])).toEqual([['M8', '২'], ['M13', '০.৫']]);
    expect(a.findings.filter((f) => f.messages.en.includes('look swapped'))).toHaveLength(1);
  });
});

describe("another office's plan stacked under the first (a district's consolidated sheet)", () => {
  // The same title and header, but a different office's name line between: two plans, not one.
  const office = (name: string): Rows => [[INTEGRITY_TITLE], [`আঞ্চলিক/মাঠ পর্যায়ের কার্যালয়ের নাম: ${name}`], [], ...HEADER, INTEGRITY_GROUP, ...integrityPairs(12, 13)];
  test('two integrity plans, each with its own total', () => {
    const a = analyzeWorkbook({ sheets: [sheet('জেলা', stack([office('উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া'), office('উপজেলা নির্বাহী অফিসারের কার্যালয়, লালপুর')], 1))] });
    expect(integrity(a).map((t) => [t.total, t.max])).toEqual([[4, 5], [4, 5]]);
  });
});
