/**
 * CLASS 18 (silent miss) — The indicator weight headed "ওজন" / "সূচকের ওজন" (the plain Bengali word for weight)
 * is not recognised: every row is "not applicable" (no weight), the table scores 0 of 0, no claim is checked
 * and no finding says why.
 */
import { EGOV_BODY, EGOV_HEADER, EGOV_MARKS, EGOV_TITLE, computed, grid, run } from './grids';

test.each(['ওজন', 'সূচকের ওজন'])('weight column headed "%s"', (label) => {
  const header = EGOV_HEADER.map((r) => [...r]);
  header[0][4] = label;
  const a = run(grid('সংযোজনী ৫', [[EGOV_TITLE], ...header, ...EGOV_BODY]));
  expect(computed(a)).toEqual(EGOV_MARKS);
  expect(a.tables[0].max).toBe(14);
});
