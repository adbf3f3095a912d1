/**
 * CONTROLS: the clean grids every class test starts from. Each class test changes one
 * thing a real office does; these show the unchanged grid is read, scored and checked correctly.
 */
import { EGOV_BODY, EGOV_HEADER, EGOV_MARKS, EGOV_TITLE, INTEGRITY_HEADER, INTEGRITY_TITLE, S3_GOV, S3_GOV_MARKS, S3_HEADER, S3_OWN, S3_OWN_MARKS, OWN_LABEL, GOV_LABEL, computed, errorsOf, grid, integrityBody, run } from './grids';

test('clean e-governance annex', () => {
  const a = run(grid('সংযোজনী ৫', [[EGOV_TITLE], ...EGOV_HEADER, ...EGOV_BODY]));
  expect(a.tables.map((t) => [t.kind, t.range])).toEqual([['e-governance-plan', 'A2:Q7']]);
  expect(computed(a)).toEqual(EGOV_MARKS);
  expect(a.findings).toEqual([]);
});

test('clean Section 3', () => {
  const a = run(grid('সেকশন ৩', [...S3_HEADER, [OWN_LABEL], ...S3_OWN, [GOV_LABEL], ...S3_GOV]));
  expect(a.tables.map((t) => [t.kind, t.range])).toEqual([['performance-plan', 'A1:V13']]);
  expect(computed(a)).toEqual([...S3_OWN_MARKS, ...S3_GOV_MARKS]);
  expect(errorsOf(a)).toEqual([]);
});

test('clean integrity plan', () => {
  const a = run(grid('সংযোজনী ৪', [[INTEGRITY_TITLE], ...INTEGRITY_HEADER, ...integrityBody()]));
  expect(computed(a)).toEqual([1.5, 2]);
  expect(a.tables[0].max).toBe(4);
  expect(a.findings).toEqual([]);
});
