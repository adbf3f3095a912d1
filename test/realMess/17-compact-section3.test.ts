/**
 * CLASS 17 (miss) — A compact Section 3 monitoring copy without the গণনা পদ্ধতি, প্রকৃত অর্জন and প্রক্ষেপণ columns
 * and without the two label rows is not recognised at all when it includes the governance rows (their
 * activities name all five annexes once each: the annex vote ties and decideKind gives up), and is reported as
 * an untitled annex-plan (with a warning) when it holds the own rows only.
 */
import { S3_GOV, S3_GOV_MARKS, S3_HEADER, S3_OWN, S3_OWN_MARKS, computed, grid, run, type Rows } from './grids';

const compact = (r: unknown[]) => r.filter((_, c) => ![4, 7, 8, 14, 15].includes(c));

test('compact Section 3 (area … weight, five tiers, Q1..Q4, মোট অর্জন, দাবীকৃত নম্বর), own and governance rows', () => {
  const rows = [...S3_HEADER, ...S3_OWN, ...S3_GOV].map(compact) as Rows;
  const a = run(grid('অগ্রগতি', rows));
  expect(a.tables.map((t) => t.kind)).toEqual(['performance-plan']);
  expect(computed(a)).toEqual([...S3_OWN_MARKS, ...S3_GOV_MARKS]);
});

test('compact Section 3 with the own rows only is a performance plan, not an untitled annex', () => {
  const rows = [...S3_HEADER, ...S3_OWN].map(compact) as Rows;
  const a = run(grid('অগ্রগতি', rows));
  expect(a.tables.map((t) => t.kind)).toEqual(['performance-plan']);
  // This cut's own areas are 25 + 10 = 35 (not a whole 70): that weight-sum warning is the only finding.
  expect(a.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['weight-sum warning']);
  expect(a.findings[0].messages.en).toContain('35');
});
