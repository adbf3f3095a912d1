/**
 * CLASS 3 — Any header naming প্রমাণক (evidence) or তথ্যসূত্র (data source) makes a scored table a TEXT table:
 * monitoring copies add "প্রমাণক" / "মন্তব্য/প্রমাণক" next to the claimed marks, and the whole Section 3 or
 * annex is then reported as kind "evidence"/"outcomes" with no rows, no marks, no findings, no fills.
 */
import { EGOV_BODY, EGOV_HEADER, EGOV_MARKS, EGOV_TITLE, S3_GOV, S3_HEADER, S3_OWN, S3_OWN_MARKS, S3_GOV_MARKS, OWN_LABEL, GOV_LABEL, computed, grid, run, type Rows } from './grids';

test.each(['প্রমাণক', 'মন্তব্য/প্রমাণক', 'অর্জনের স্বপক্ষে প্রমাণক'])('annex with an extra "%s" column is still scored', (label) => {
  const header = EGOV_HEADER.map((r) => [...r]);
  header[0][17] = label;
  const body = EGOV_BODY.map((r) => [...r, 'ছবি ও প্রতিবেদন সংযুক্ত']);
  const a = run(grid('সংযোজনী ৫', [[EGOV_TITLE], ...header, ...body]));
  expect(a.tables.map((t) => t.kind)).toEqual(['e-governance-plan']);
  expect(computed(a)).toEqual(EGOV_MARKS);
});

test.each(['প্রমাণক', 'তথ্যসূত্র'])('Section 3 monitoring copy with an extra "%s" column is still scored', (label) => {
  const header = S3_HEADER.map((r) => [...r]);
  header[0][22] = label;
  const own = S3_OWN.map((r) => [...r, 'অনলাইন রিপোর্ট']);
  const rows: Rows = [...header, [OWN_LABEL], ...own, [GOV_LABEL], ...S3_GOV];
  const a = run(grid('সেকশন ৩', rows));
  expect(a.tables.map((t) => t.kind)).toEqual(['performance-plan']);
  expect(computed(a)).toEqual([...S3_OWN_MARKS, ...S3_GOV_MARKS]);
});
