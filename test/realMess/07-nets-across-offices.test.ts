/**
 * CLASS 7 — Annex nets are workbook-global: the FIRST annex copy that reports anything feeds the governance
 * row of EVERY Section 3 in the workbook. A district office collecting its upazilas' sheets in one workbook,
 * or an office keeping one set of sheets per quarter (Q2 copy, Q4 copy), gets net-mismatch + claimed-mismatch
 * errors on correct cells of every office but the first, and wrong office scores.
 */
import { EGOV_HEADER, EGOV_TITLE, S3_HEADER, GOV_LABEL, errorsOf, grid, n, run, type Rows } from './grids';

function section3(egovNet: string): Rows {
  return [
    ...S3_HEADER,
    [GOV_LABEL],
    ['[১] সুশাসন ও সংস্কারমূলক কার্যক্রমের বাস্তবায়ন জোরদারকরণ', '১০', '[১.২] ই-গভর্ন্যান্স/ উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন', '[১.২.১] ই-গভর্ন্যান্স/ উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়িত', 'ক্রমপুঞ্জিভূত', 'প্রাপ্ত নম্বর', '১০', n, n, n, n, n, n, n, n, n, n, n, n, egovNet, egovNet, egovNet],
  ];
}
/** One e-governance row, weight 2, tiers 4/3/2/1: quarters q → marks; net = marks ÷ 2 × 10. */
function egov(q: (string | null)[], claimed: string): Rows {
  return [
    [EGOV_TITLE],
    ...EGOV_HEADER,
    ['০২', '[২.১] ইতঃপূর্বে বাস্তবায়িত সহজিকৃত ও ডিজিটাইজকৃত সেবা চলমান রাখা', '[২.১.১] সেবাসমূহের ডাটাবেজ হালনাগাদকৃত', 'সংখ্যা', '২', '৪', '৩', '২', '১', '-', q[0], q[1], n, q[2], q[3], n, claimed],
  ];
}

test('two offices in one workbook: each Section 3 governance row takes ITS OWN annex net', () => {
  const a = run(
    grid('বীরগঞ্জ সেকশন ৩', section3('১০')), // 4 of 4 → 2 of 2 → net 10
    grid('বীরগঞ্জ ই-গভর্ন্যান্স', egov(['১', '১', '১', '১'], '২')),
    grid('খানসামা সেকশন ৩', section3('৯')), // 3 of 4 → 90% → 1.8 of 2 → net 9
    grid('খানসামা ই-গভর্ন্যান্স', egov(['১', '১', '১', '-'], '১.৮')),
  );
  expect(a.tables.map((t) => t.net)).toEqual([null, 10, null, 9]);
  expect(a.tables[2].rows[0].computed).toBe(9);
  expect(errorsOf(a)).toEqual([]);
});

test('one sheet set per quarter: the Q4 Section 3 takes the Q4 annex net, not the Q2 one', () => {
  const a = run(
    grid('Q2 সেকশন ৩', section3('৮')), // Q2: 2 of 4 → 80% → 1.6 of 2 → net 8
    grid('Q2 ই-গভর্ন্যান্স', egov(['১', '১', n, n], '১.৬')),
    grid('Q4 সেকশন ৩', section3('১০')),
    grid('Q4 ই-গভর্ন্যান্স', egov(['১', '১', '১', '১'], '২')),
  );
  expect(a.tables[2].rows[0].computed).toBe(10);
  expect(errorsOf(a)).toEqual([]);
});
