/**
 * CLASS 2 — A quarter header the vocabulary does not know is silently dropped: the engine then believes the
 * office reported three quarters, so EVERY row gets total-mismatch (annual ≠ Q2+Q3+Q4) and claimed-mismatch
 * errors, and the marks fall. Real variants: a missing space ("১মত্রৈমাসিক"), typos ("ত্রেমাসিক",
 * Bijoy-converted "কোর্য়াটার", "ত্রৈ-মাসিক"), English "Quarter-1" / "Q 1", the synonym "প্রান্তিক", and
 * month ranges ("জুলাই-সেপ্টেম্বর").
 */
import { EGOV_BODY, EGOV_HEADER, EGOV_MARKS, EGOV_TITLE, computed, errorsOf, grid, run, type Rows } from './grids';

const VARIANTS = ['১মত্রৈমাসিক', '১ম ত্রেমাসিক', '১ম কোর্য়াটার', '১ম ত্রৈ-মাসিক', 'Quarter-1', 'Q 1', '১ম প্রান্তিক', 'জুলাই-সেপ্টেম্বর ২০২৪'];

test.each(VARIANTS)('Q1 headed "%s" is read as Q1: marks 2 / 5.5 / 3.6 and no error', (q1) => {
  const header = EGOV_HEADER.map((r) => [...r]);
  header[0][10] = q1;
  const rows: Rows = [[EGOV_TITLE], ...header, ...EGOV_BODY];
  const a = run(grid('সংযোজনী ৫', rows));
  expect(computed(a)).toEqual(EGOV_MARKS);
  expect(errorsOf(a)).toEqual([]);
});

test('all four quarters headed by month ranges (annual column left blank at Q4 report): quarters are read', () => {
  const header = EGOV_HEADER.map((r) => [...r]);
  header[0][10] = 'জুলাই-সেপ্টেম্বর';
  header[0][11] = 'অক্টোবর-ডিসেম্বর';
  header[0][13] = 'জানুয়ারি-মার্চ';
  header[0][14] = 'এপ্রিল-জুন';
  const body = EGOV_BODY.map((r) => {
    const c = [...r];
    c[15] = null; // বার্ষিক চূড়ান্ত অগ্রগতি not written
    return c;
  });
  const a = run(grid('সংযোজনী ৫', [[EGOV_TITLE], ...header, ...body]));
  expect(computed(a)).toEqual(EGOV_MARKS);
  expect(errorsOf(a)).toEqual([]);
});
