/**
 * CLASS 4 — Integrity plan: an achievement row (labelled অর্জন) that also carries text in the activity or
 * indicator column is taken for a NEW indicator. That happens whenever the activity text wraps onto the second
 * line of the pair (PDF/Word paste of the merged cell) or the merged cells were unmerged and filled down.
 * The real target row is then left without a pair and scored on its own quarterly TARGETS (4 of 4 → full
 * marks), and total-mismatch + claimed-mismatch errors are raised on correct cells.
 */
import { INTEGRITY_HEADER, INTEGRITY_TITLE, computed, errorsOf, grid, integrityBody, run, type Rows } from './grids';

test('achievement row holding the wrapped second line of the activity: ১.১ still 3 of 4 → 1.5, no error', () => {
  const body = integrityBody();
  body[2][0] = 'আয়োজন ও সিদ্ধান্ত বাস্তবায়ন'; // the activity's second line, pasted on the অর্জন row
  const a = run(grid('সংযোজনী ৪', [[INTEGRITY_TITLE], ...INTEGRITY_HEADER, ...body]));
  expect(computed(a)).toEqual([1.5, 2]);
  expect(a.tables[0].max).toBe(4);
  expect(errorsOf(a)).toEqual([]);
});

test('merged cells unmerged and filled down (activity, indicator, weight, unit, responsible, target repeated on the অর্জন row)', () => {
  const body = integrityBody();
  for (const [t, a] of [[1, 2], [3, 4]]) for (let c = 0; c <= 5; c++) body[a][c] = body[t][c];
  const a = run(grid('সংযোজনী ৪', [[INTEGRITY_TITLE], ...INTEGRITY_HEADER, ...body]));
  expect(computed(a)).toEqual([1.5, 2]);
  expect(a.tables[0].max).toBe(4);
  expect(errorsOf(a)).toEqual([]);
});
