/**
 * CLASS 10 — The column-numbering row (১ ২ ৩ …) is recognised only when strictly consecutive from 1. When an
 * office appends monitoring columns and numbers them carelessly (a gap, a repeated number, numbering from ০),
 * the numbering row is scored as an INDICATOR: its "weight" 7 and "claimed" 22 give claimed-over-weight and
 * total-mismatch errors, a unit-unknown warning, weight-sum warnings, and the maximum grows by 7.
 */
import { S3_GOV, S3_GOV_MARKS, S3_HEADER, S3_OWN, S3_OWN_MARKS, OWN_LABEL, GOV_LABEL, computed, errorsOf, grid, run } from './grids';

const BN = (i: number) => String(i).replace(/[0-9]/g, (d) => '০১২৩৪৫৬৭৮৯'[+d]);

test.each([
  ['a gap (১৬ then ১৮)', [...Array.from({ length: 16 }, (_, i) => i + 1), 18, 19, 20, 21, 22, 23]],
  ['a repeated number', [...Array.from({ length: 20 }, (_, i) => i + 1), 20, 21]],
])('numbering row with %s is not an indicator', (_label, nums) => {
  const numbering = (nums as number[]).map(BN);
  const a = run(grid('সেকশন ৩', [...S3_HEADER, numbering, [OWN_LABEL], ...S3_OWN, [GOV_LABEL], ...S3_GOV]));
  expect(computed(a)).toEqual([...S3_OWN_MARKS, ...S3_GOV_MARKS]);
  expect(a.tables[0].max).toBe(65); // 20 + 5 + 10 own + 30 governance
  expect(errorsOf(a)).toEqual([]);
});
