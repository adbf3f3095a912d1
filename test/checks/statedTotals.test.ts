import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import type { Analysis } from '../../src/engine/report/types';
import {
  EGOV_TITLE, INTEGRITY_GROUP, INTEGRITY_TITLE, egovHeader, egovRows, integrityHeader, integrityPairs, sheet, stack, type Rows,
} from '../fixtures/grids/messyAnnexes';

/**
 * Every stated figure is read, wherever the clerk wrote it (issue "Real clerk workbooks", class 4): total
 * and net lines written as one cell holding label and value, and a grand total of claimed marks over
 * several annex tables. Marks of the fixtures: e-governance 4 + 3.6 + 1.6 = 9.2 of 10 (claims the same),
 * net 9.2 ÷ 10 × 10 = 9.2; integrity 1.5 + 2 + 0.5 = 4 of 5 (claims 1.5 + 2 = 3.5), net 4 ÷ 5 × 10 = 8.
 */
const egov = (lines: Rows): Rows => [[EGOV_TITLE], ...egovHeader(), ...egovRows(), ...lines];
const integrity = (lines: Rows): Rows => [[INTEGRITY_TITLE], [], ...integrityHeader(12, 'one-row'), INTEGRITY_GROUP, ...integrityPairs(12, 13), ...lines];

const rulesAt = (a: Analysis) => a.findings.map((f) => `${f.cell} ${f.rule} ${f.severity}`);

describe('total and net lines written in one cell', () => {
  test.each([
    ['মোট: ৯.২০', 'নীট: ৯.২'],
    ['মোট ৯.২', 'নীট : ৯.২০ নম্বর'],
    ['Total: 9.2', 'Net: 9.2'],
  ])('"%s" and "%s" agree: no finding', (total, net) => {
    const a = analyzeWorkbook({ sheets: [sheet('ই-গভর্ন্যান্স', egov([[total], [net]]))] });
    expect(a.findings).toEqual([]);
    expect(a.tables).toHaveLength(1);
  });

  test('a wrong net in one cell is net-mismatch: "নীট: ৬.০" where 9.2 ÷ 10 × 10 = 9.2', () => {
    const a = analyzeWorkbook({ sheets: [sheet('ই-গভর্ন্যান্স', egov([['মোট: ৯.২০'], ['নীট: ৬.০']]))] });
    expect(rulesAt(a)).toEqual(['A8 net-mismatch error']);
    expect(a.findings[0].messages.bn).toContain('৬');
  });

  test('a wrong total in one cell is sum-mismatch: "মোট .৫০" where the claims add up to 9.2', () => {
    const a = analyzeWorkbook({ sheets: [sheet('ই-গভর্ন্যান্স', egov([['মোট .৫০']]))] });
    expect(rulesAt(a)).toEqual(['A7 sum-mismatch error']);
    expect(a.findings[0].messages.en).toBe('Total 0.5 stated, but the claimed marks add up to 9.2');
  });

  test('a label with no figure after it states nothing (no finding)', () => {
    const a = analyzeWorkbook({ sheets: [sheet('ই-গভর্ন্যান্স', egov([['মোট (১+২+৩)']]))] });
    expect(a.findings).toEqual([]);
  });
});

describe('a grand total of claimed marks over several annex tables', () => {
  // Claims: e-governance 9.2 + integrity 3.5 = 12.7.
  const doc = (grand: string): Rows => stack([egov([['মোট: ৯.২']]), integrity([['মোট: ৩.৫'], [grand]])]);

  test.each([
    ['the whole document on one sheet', (grand: string) => [sheet('এপিএ', doc(grand))]],
    ['one sheet per annex, the grand total under the last', (grand: string) => [sheet('ই-গভর্ন্যান্স', egov([['মোট: ৯.২']])), sheet('শুদ্ধাচার', integrity([['মোট: ৩.৫'], [grand]]))]],
  ])('%s: right → no finding; wrong → sum-mismatch against the tables\' sum', (_where, sheets) => {
    expect(analyzeWorkbook({ sheets: sheets('সর্বমোট দাবীকৃত নম্বর: ১২.৭০') }).findings).toEqual([]);
    const a = analyzeWorkbook({ sheets: sheets('সর্বমোট দাবীকৃত নম্বর: ৭২.৭৫') });
    expect(a.findings.map((f) => f.rule)).toEqual(['sum-mismatch']);
    expect(a.findings[0].messages.en).toBe('Grand total 72.75 stated, but the claimed marks of the 2 tables add up to 12.7');
  });

  test('a table\'s only সর্বমোট line stating its own sum is its total (Section 3 style)', () => {
    const a = analyzeWorkbook({ sheets: [sheet('এপিএ', stack([egov([['মোট: ৯.২']]), integrity([['সর্বমোট: ৩.৫']])]))] });
    expect(a.findings).toEqual([]);
  });

  test('a table\'s only সর্বমোট line that is wrong is that table\'s sum-mismatch', () => {
    const a = analyzeWorkbook({ sheets: [sheet('এপিএ', stack([egov([['মোট: ৯.২']]), integrity([['সর্বমোট: ৫']])]))] });
    expect(a.findings.map((f) => f.messages.en)).toEqual(['Total 5 stated, but the claimed marks add up to 3.5']);
  });
});
