/**
 * Section 3 governance rows that state only their claimed marks (no quarters, no annual figure) in a
 * workbook without the annexes: their marks are the annex nets, which cannot be known here. They are not
 * scored (computed null) and a claim is no claimed-mismatch error; with the annex in the workbook, the claim is
 * checked against its net.
 */
import { EGOV_BODY, EGOV_HEADER, EGOV_TITLE, S3_GOV, S3_HEADER, S3_OWN, OWN_LABEL, GOV_LABEL, errorsOf, grid, n, run, type Rows } from './grids';

/** The governance rows with their quarters and annual figure blanked, claims kept (8, 7, 4, 3, 3). */
const claimsOnly: Rows = S3_GOV.map((r) => r.map((v, c) => (c >= 16 && c <= 20 ? n : v)));

test('no annex in the workbook: governance rows unscored, no error', () => {
  const a = run(grid('সেকশন ৩', [...S3_HEADER, [OWN_LABEL], ...S3_OWN, [GOV_LABEL], ...claimsOnly]));
  const s3 = a.tables[0];
  expect(s3.rows.slice(3).map((r) => [r.computed, r.claimed])).toEqual([[null, 8], [null, 7], [null, 4], [null, 3], [null, 3]]);
  expect(errorsOf(a)).toEqual([]);
  expect(a.fills).toEqual([]);
});

test('with the e-governance annex: its row is checked against the net', () => {
  // EGOV_BODY: 2 + 5.5 + 3.6 = 11.1 of 14 → net 11.1 ÷ 14 × 10 = 7.9286; the claim 7 is a claimed-mismatch.
  const a = run(
    grid('সেকশন ৩', [...S3_HEADER, [OWN_LABEL], ...S3_OWN, [GOV_LABEL], ...claimsOnly]),
    grid('সংযোজনী ৫', [[EGOV_TITLE], ...EGOV_HEADER, ...EGOV_BODY]),
  );
  const egovRow = a.tables[0].rows[4];
  expect(egovRow.computed).toBeCloseTo(7.9286, 4);
  expect(errorsOf(a)).toEqual(['claimed-mismatch@সেকশন ৩!V10']);
});

test("the office's score says the governance part is unknown rather than 0 of 30", () => {
  const a = run(grid('সেকশন ৩', [...S3_HEADER, [OWN_LABEL], ...S3_OWN, [GOV_LABEL], ...claimsOnly]));
  // own 20 + 4.375 + 9 = 33.375 of 35 (this cut's areas); governance unknown.
  expect(a.score).toEqual({ own: 33.375, ownMax: 35, governance: null, governanceMax: null, total: 33.375, max: 35, basis: null });
});
