import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import type { Analysis } from '../../src/engine/report/types';
import type { CellValue } from '../../src/engine/grid/types';
import {
  EGOV_TITLE, INTEGRITY_GROUP, INTEGRITY_TITLE, egovHeader, egovRows, integrityHeader, integrityPairs, sheet, stack, type Rows,
} from '../fixtures/grids/messyAnnexes';

/**
 * The header and the body disagree: the body decides, with one warning for the table (issue "Real clerk
 * workbooks", class 2). Each case runs with the annex on a sheet of its own and with it pasted on one sheet
 * after another table (the whole document on one sheet).
 */
const SECTION_2_ROWS: Rows = [
  ['সেকশন ২: বিভিন্ন কার্যক্রমের চূড়ান্ত ফলাফল/প্রভাব'],
  ['চূড়ান্ত ফলাফল/প্রভাব', 'চূড়ান্ত ফলাফল সূচক', 'একক', 'প্রকৃত অর্জন', n(), 'লক্ষ্যমাত্রা ২০২৪-২৫'],
  ['শিক্ষার মান উন্নয়ন', 'প্রশিক্ষিত শিক্ষক', 'সংখ্যা', '২০০', '২২০', '২৪০'],
];
function n(): null {
  return null;
}

function placements(rows: Rows): [string, () => Analysis][] {
  return [
    ['one sheet per annex', () => analyzeWorkbook({ sheets: [sheet('শুদ্ধাচার', rows)] })],
    ['the whole document on one sheet', () => analyzeWorkbook({ sheets: [sheet('এপিএ', stack([SECTION_2_ROWS, rows]))] })],
  ];
}

const rowsOf = (a: Analysis, kind: string) => a.tables.find((t) => t.kind === kind)!.rows;
const errors = (a: Analysis) => a.findings.filter((f) => f.severity === 'error');

describe('two header rows with the labels of M and N swapped relative to the body', () => {
  // The upper row says মন্তব্য over M, the lower row অর্জিত মান over N; every row has marks in M, notes in N.
  const rows: Rows = [[INTEGRITY_TITLE], [], ...integrityHeader(13), INTEGRITY_GROUP, ...integrityPairs(12, 13), ['মোট: ৩.৫০']];

  test.each(placements(rows))('%s: claims read from M, one warning naming M and N, no errors, the fill held back', (_where, run) => {
    const a = run();
    const r = rowsOf(a, 'integrity-plan');
    expect(r.map((x) => [x.computed, x.claimed])).toEqual([[1.5, 1.5], [2, 2], [0.5, null]]);
    expect(errors(a)).toEqual([]);
    const layout = a.findings.filter((f) => f.messages.en.includes('look swapped'));
    expect(layout).toHaveLength(1);
    expect(layout[0].severity).toBe('warning');
    expect(layout[0].cell.startsWith('M')).toBe(true);
    expect(layout[0].messages.bn).toContain('কলাম M ও N-এর শিরোনাম উল্টো মনে হচ্ছে: M-কে দাবীকৃত নম্বর ধরা হলো');
    // ১.৩'s blank claim is not written into a column whose header says মন্তব্য: held back and counted.
    expect(a.fills).toEqual([]);
    expect(a.fillsHeld).toEqual([expect.objectContaining({ cells: 1 })]);
    expect(layout[0].messages.en).toContain('1 blank cell not filled');
  });
});

describe('a header repeated after a page break with a different column order', () => {
  // Page 1's header puts অর্জিত মান over N, page 2's over M; the body writes marks in M on both pages.
  const rows: Rows = [
    [INTEGRITY_TITLE], [],
    ...integrityHeader(13, 'one-row'), INTEGRITY_GROUP, ...integrityPairs(12, 13, ['1.1', '1.2']),
    [], ...integrityHeader(12, 'one-row'), ...integrityPairs(12, 13, ['1.3']),
    ['মোট', n(), '৫', n(), n(), n(), n(), n(), n(), n(), n(), n(), '৩.৫'],
  ];

  test.each(placements(rows))('%s: one table, each part read through its own header, marks from M everywhere', (_where, run) => {
    const a = run();
    const plans = a.tables.filter((t) => t.kind === 'integrity-plan');
    expect(plans).toHaveLength(1);
    expect(plans[0].rows.map((x) => [x.computed, x.claimed])).toEqual([[1.5, 1.5], [2, 2], [0.5, null]]);
    expect(errors(a)).toEqual([]);
    // Page 1's header is the one at odds with its body: one warning; page 2's header confirms M, so the fill goes there.
    expect(a.findings.filter((f) => f.messages.en.includes('look swapped'))).toHaveLength(1);
    expect(a.fills.map((f) => f.cell)).toHaveLength(1);
    expect(a.fills[0].cell.startsWith('M')).toBe(true);
  });
});

describe('a claimed mark one cell right of the claimed column, under no header', () => {
  // Row 2's claim sits in R, beside the blank Q cell of the claimed column.
  const body = egovRows(['৪', null, '১.৬']);
  (body[1] as CellValue[])[17] = '৩.৬';
  const rows: Rows = [[EGOV_TITLE], ...egovHeader(), ...body, ['মোট', n(), n(), n(), '১০', n(), n(), n(), n(), n(), n(), n(), n(), n(), n(), n(), '৯.২']];

  test.each(placements(rows))('%s: read as the claim with one warning, and nothing is filled next to it', (_where, run) => {
    const a = run();
    const r = rowsOf(a, 'e-governance-plan');
    expect(r.map((x) => [x.computed, x.claimed])).toEqual([[4, 4], [3.6, 3.6], [1.6, 1.6]]);
    expect(errors(a)).toEqual([]);
    const beside = a.findings.filter((f) => f.messages.en.includes('one column right'));
    expect(beside).toHaveLength(1);
    expect(beside[0].messages.en).toContain('R');
    expect(a.fills).toEqual([]);
  });
});

describe('remark text typed under the claimed header in every row', () => {
  const rows: Rows = [[EGOV_TITLE], ...egovHeader(), ...egovRows(['প্রমাণক সংযুক্ত', 'ওয়েবসাইটে প্রকাশিত', 'নোটিশ ও হাজিরা সংযুক্ত'])];

  test.each(placements(rows))('%s: not N bad-value errors but one warning; marks computed, no claims, no fills', (_where, run) => {
    const a = run();
    const r = rowsOf(a, 'e-governance-plan');
    expect(r.map((x) => [x.computed, x.claimed])).toEqual([[4, null], [3.6, null], [1.6, null]]);
    expect(a.findings.filter((f) => f.rule === 'bad-value' && f.severity === 'error')).toEqual([]);
    const warning = a.findings.filter((f) => f.messages.en.includes('holds remarks'));
    expect(warning).toHaveLength(1);
    expect(warning[0].messages.bn).toContain('৩টি সারিতে');
    expect(a.fills).toEqual([]);
  });

  test('a single unreadable claim among numbers is still that cell\'s error', () => {
    const a = analyzeWorkbook({ sheets: [sheet('ই-গভর্ন্যান্স', [[EGOV_TITLE], ...egovHeader(), ...egovRows(['৪', 'চলমান', '১.৬'])])] });
    expect(a.findings.filter((f) => f.rule === 'bad-value' && f.severity === 'error').map((f) => f.cell)).toEqual(['Q5']);
    expect(a.findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });
});

describe('a clean table raises no layout warning and fills as before', () => {
  const rows: Rows = [[INTEGRITY_TITLE], [], ...integrityHeader(12, 'one-row'), INTEGRITY_GROUP, ...integrityPairs(12, 13)];
  test.each(placements(rows))('%s', (_where, run) => {
    const a = run();
    expect(a.findings).toEqual([]);
    expect(a.fills.map((f) => [f.cell.slice(0, 1), f.value])).toEqual([['M', '০.৫']]);
    expect(a.fillsHeld).toEqual([]);
  });
});
