/**
 * CLASS 5 — Integrity plan: an achievement-row label other than the exact words অর্জন / প্রকৃত অর্জন /
 * achievement / actual ("অগ্রগতি", "অর্জিত", "অর্জন (প্রকৃত)", "Achieved", Bijoy-converted "অজর্ন") is not
 * recognised and, being non-blank, not paired either. The target row is scored on its own quarterly targets:
 * every pair gets FULL marks (1.5 → 2 here) and total-mismatch + claimed-mismatch errors on correct cells.
 */
import { INTEGRITY_HEADER, INTEGRITY_TITLE, computed, errorsOf, grid, integrityBody, run } from './grids';

test.each(['অগ্রগতি', 'অর্জিত', 'অর্জন (প্রকৃত)', 'Achieved', 'অজর্ন'])('achievement rows labelled "%s": ১.১ 3 of 4 → 1.5', (label) => {
  const body = integrityBody();
  body[2][6] = label;
  body[4][6] = label;
  const a = run(grid('সংযোজনী ৪', [[INTEGRITY_TITLE], ...INTEGRITY_HEADER, ...body]));
  expect(computed(a)).toEqual([1.5, 2]);
  expect(errorsOf(a)).toEqual([]);
});
