/**
 * CLASS 14 (miss) — Total and net lines are recognised only when মোট/সর্বমোট/নীট is the FIRST word. Clerks
 * write "প্রাপ্ত মোট নম্বর", "অর্জিত মোট নম্বর", "প্রাপ্ত নীট নম্বর": those lines are skipped, so a wrong
 * total or net is never reported.
 */
import { EGOV_BODY, EGOV_HEADER, EGOV_TITLE, errorsOf, grid, n, run } from './grids';

const line = (label: string, value: string) => [label, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, value];

test.each(['প্রাপ্ত মোট নম্বর', 'অর্জিত মোট নম্বর'])('wrong total on a line labelled "%s" (১২.১ for 11.1) → sum-mismatch', (label) => {
  const a = run(grid('সংযোজনী ৫', [[EGOV_TITLE], ...EGOV_HEADER, ...EGOV_BODY, line(label, '১২.১')]));
  expect(errorsOf(a)).toEqual(['sum-mismatch@সংযোজনী ৫!Q8']);
});

test('wrong net on a line labelled "প্রাপ্ত নীট নম্বর" (৯ for 11.1 ÷ 14 × 10 = 7.93) → net-mismatch', () => {
  const a = run(grid('সংযোজনী ৫', [[EGOV_TITLE], ...EGOV_HEADER, ...EGOV_BODY, line('মোট', '১১.১'), line('প্রাপ্ত নীট নম্বর', '৯')]));
  expect(errorsOf(a)).toEqual(['net-mismatch@সংযোজনী ৫!Q9']);
});
