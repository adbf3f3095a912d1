/**
 * CLASS 9 — The unit column is matched only by the exact words একক / unit. "একক (Unit)" (bilingual templates),
 * "এককঃ" (visarga as colon), "পরিমাপের একক", "Unit of Measurement" leave the table without a unit: annex %
 * rows are then SUMMED (no method column; default for an unknown unit is sum) → wrong marks + total-mismatch +
 * claimed-mismatch; Section 3 governance rows (unit প্রাপ্ত নম্বর) get bad-value errors and no marks.
 */
import { EGOV_BODY, EGOV_HEADER, EGOV_MARKS, EGOV_TITLE, S3_GOV, S3_GOV_MARKS, S3_HEADER, S3_OWN, S3_OWN_MARKS, OWN_LABEL, GOV_LABEL, computed, errorsOf, grid, run } from './grids';

test.each(['একক (Unit)', 'এককঃ', 'পরিমাপের একক', 'Unit of Measurement'])('annex unit column headed "%s": % row averaged → 5.5', (label) => {
  const header = EGOV_HEADER.map((r) => [...r]);
  header[0][3] = label;
  const a = run(grid('সংযোজনী ৫', [[EGOV_TITLE], ...header, ...EGOV_BODY]));
  expect(computed(a)).toEqual(EGOV_MARKS);
  expect(errorsOf(a)).toEqual([]);
});

test('Section 3 unit column headed "একক (Unit)": governance rows scored as marks, no bad-value', () => {
  const header = S3_HEADER.map((r) => [...r]);
  header[0][5] = 'একক (Unit)';
  const a = run(grid('সেকশন ৩', [...header, [OWN_LABEL], ...S3_OWN, [GOV_LABEL], ...S3_GOV]));
  expect(computed(a)).toEqual([...S3_OWN_MARKS, ...S3_GOV_MARKS]);
  expect(errorsOf(a)).toEqual([]);
});
