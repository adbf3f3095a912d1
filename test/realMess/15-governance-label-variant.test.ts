/**
 * CLASS 15 — The governance label is matched by "সুশাসন ও সংস্কার…" only. "সুশাসন এবং সংস্কারমূলক …", a typo
 * ("সংষ্কারমূলক"), or the older "আবশ্যিক কৌশলগত উদ্দেশ্যসমূহ" leave the governance rows in the OWN part:
 * they are not linked to the annexes, a weight-sum warning says own areas add up to 100, and the office score
 * adds the annex nets on top: "97.275 of 110".
 */
import { EGOV_BODY, EGOV_HEADER, EGOV_TITLE, S3_GOV, S3_HEADER, S3_OWN, OWN_LABEL, grid, run } from './grids';

test.each(['সুশাসন এবং সংস্কারমূলক কর্মসম্পাদনের ক্ষেত্র', 'সুশাসন ও সংষ্কারমূলক কর্মসম্পাদনের ক্ষেত্র'])('label "%s": governance part, score out of 100', (label) => {
  const a = run(
    grid('সেকশন ৩', [...S3_HEADER, [OWN_LABEL], ...S3_OWN, [label], ...S3_GOV]),
    grid('সংযোজনী ৫', [[EGOV_TITLE], ...EGOV_HEADER, ...EGOV_BODY]),
  );
  const s3 = a.tables[0];
  expect(s3.rows.slice(3).map((r) => r.section)).toEqual(['governance', 'governance', 'governance', 'governance', 'governance']);
  expect(s3.score?.max).toBe(65); // own 35 (this cut) + governance 30
  // The governance rows are not counted as own areas: own is this cut's 25 + 10 = 35, not 35 + 30.
  expect(a.findings.filter((f) => f.rule === 'weight-sum').map((f) => f.messages.en)).toEqual([expect.stringContaining('add up to 35, should be 70')]);
});
