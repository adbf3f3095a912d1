/**
 * CLASS 13 — A total line whose label "মোট" is typed in the INDICATOR column (under the last indicator, with the
 * sum of weights under সূচকের মান and the sum of claims under দাবীকৃত নম্বর) is scored as an indicator: the
 * maximum doubles (its weight 14 is added), the net halves, and the correct total draws a claimed-mismatch
 * ERROR ("claimed 11.1, computed 0"). The sum itself is never checked.
 */
import { EGOV_BODY, EGOV_HEADER, EGOV_MARKS, EGOV_TITLE, computed, errorsOf, grid, n, run } from './grids';

test('মোট in the indicator column: a total line, not an indicator', () => {
  const total = [n, n, 'মোট', n, '১৪', n, n, n, n, n, n, n, n, n, n, n, '১১.১'];
  const a = run(grid('সংযোজনী ৫', [[EGOV_TITLE], ...EGOV_HEADER, ...EGOV_BODY, total]));
  expect(computed(a)).toEqual(EGOV_MARKS);
  expect(a.tables[0].max).toBe(14);
  expect(a.tables[0].net).toBeCloseTo((11.1 / 14) * 10, 2);
  expect(errorsOf(a)).toEqual([]);
});

test('the same line with a WRONG claimed sum (১২.১) raises sum-mismatch', () => {
  const total = [n, n, 'মোট', n, '১৪', n, n, n, n, n, n, n, n, n, n, n, '১২.১'];
  const a = run(grid('সংযোজনী ৫', [[EGOV_TITLE], ...EGOV_HEADER, ...EGOV_BODY, total]));
  expect(errorsOf(a)).toEqual(['sum-mismatch@সংযোজনী ৫!Q8']);
});
