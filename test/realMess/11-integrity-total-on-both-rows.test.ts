/**
 * CLASS 11 — Integrity plan without merges: offices write the মোট column on BOTH rows of a pair, the target
 * total on the লক্ষ্যমাত্রা row and the achieved total on the অর্জন row. The engine reads the annual figure from
 * the target row first, so the correct achievement total draws a total-mismatch error ("4, quarters add up to 3").
 */
import { INTEGRITY_HEADER, INTEGRITY_TITLE, computed, errorsOf, grid, integrityBody, run } from './grids';

test('target row মোট = ৪ (targets), achievement row মোট = ৩ (achieved): no total-mismatch, 1.5 marks', () => {
  const body = integrityBody();
  body[1][11] = '৪'; // target row: total of the quarterly targets
  body[2][11] = '৩'; // achievement row: total achieved
  const a = run(grid('সংযোজনী ৪', [[INTEGRITY_TITLE], ...INTEGRITY_HEADER, ...body]));
  expect(computed(a)).toEqual([1.5, 2]);
  expect(errorsOf(a)).toEqual([]);
});
