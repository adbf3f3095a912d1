/**
 * CLASS 1 — A header row holding fragments (not vocabulary words on their own) ends the header block.
 * Real sheets wrap header text over two rows without merging ("১ম" / "ত্রৈমাসিক", "দাবীকৃত" / "নম্বর"),
 * or put a parent "ত্রৈমাসিক অগ্রগতি" over bare ordinals "১ম | ২য় | ৩য় | ৪র্থ" or month ranges. Before the fix the
 * table loses its body (range = the first header row, no rows) or its monitoring columns (every row 0 marks,
 * no finding at all).
 */
import { recognizeWorkbook } from '../../src/engine/layouts/recognizeWorkbook';
import { EGOV_BODY, EGOV_MARKS, EGOV_TITLE, S3_GOV, S3_GOV_MARKS, S3_HEADER, S3_OWN, S3_OWN_MARKS, OWN_LABEL, GOV_LABEL, computed, errorsOf, grid, n, run, type Rows } from './grids';

test('annex: parent "ত্রৈমাসিক অগ্রগতি" over bare ordinals ১ম/২য়/৩য়/৪র্থ still maps Q1..Q4', () => {
  const rows: Rows = [
    [EGOV_TITLE],
    ['ক্রম', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'একক', 'কর্মসম্পাদন সূচকের মান', 'লক্ষ্যমাত্রা ২০২৪-২০২৫', n, n, n, n, 'ত্রৈমাসিক অগ্রগতি', n, 'অর্ধবার্ষিক অগ্রগতি (১ম+২য়)', n, n, 'বার্ষিক চূড়ান্ত অগ্রগতি', 'দাবীকৃত নম্বর'],
    [n, n, n, n, n, 'অসাধারণ', 'অতি উত্তম', 'উত্তম', 'চলতি মান', 'চলতি মানের নিম্নে', '১ম', '২য়', n, '৩য়', '৪র্থ'],
    [n, n, n, n, n, '১০০%', '৯০%', '৮০%', '৭০%', '৬০%'],
    ...EGOV_BODY,
  ];
  const merges = [{ top: 1, left: 10, bottom: 1, right: 11 }, { top: 1, left: 13, bottom: 1, right: 14 }];
  const a = run(grid('সংযোজনী ৫', rows, { merges }));
  expect(a.tables.map((t) => [t.kind, t.range])).toEqual([['e-governance-plan', 'A2:Q7']]);
  // The quarters themselves are mapped (the annual column alone would give the same marks).
  const [t] = recognizeWorkbook({ sheets: [grid('সংযোজনী ৫', rows, { merges })] });
  expect(t.columns).toMatchObject({ q1: 10, q2: 11, halfYear: 12, q3: 13, q4: 14 });
  const soft = recognizeWorkbook({ sheets: [grid('সংযোজনী ৫', rows)] })[0];
  expect(soft.columns).toMatchObject({ q1: 10, q2: 11, halfYear: 12, q3: 13, q4: 14 });
  expect(computed(a)).toEqual(EGOV_MARKS);
  expect(errorsOf(a)).toEqual([]);
});

test('Section 3: monitoring headers wrapped over two rows without merges ("১ম" / "ত্রৈমাসিক অগ্রগতি", "দাবীকৃত" / "নম্বর")', () => {
  const h = S3_HEADER.map((r) => [...r]);
  const wrap: (string | null)[] = new Array(22).fill(n);
  [['১ম', 'ত্রৈমাসিক অগ্রগতি'], ['২য়', 'ত্রৈমাসিক অগ্রগতি'], ['৩য়', 'ত্রৈমাসিক অগ্রগতি'], ['৪র্থ', 'ত্রৈমাসিক অগ্রগতি'], ['মোট', 'অর্জন'], ['দাবীকৃত', 'নম্বর']].forEach(([a, b], i) => {
    h[0][16 + i] = a;
    wrap[16 + i] = b;
  });
  const rows: Rows = [h[0], wrap, h[1], h[2], [OWN_LABEL], ...S3_OWN, [GOV_LABEL], ...S3_GOV];
  const a = run(grid('সেকশন ৩', rows));
  expect(a.tables.map((t) => [t.kind, t.range])).toEqual([['performance-plan', 'A1:V14']]);
  expect(computed(a)).toEqual([...S3_OWN_MARKS, ...S3_GOV_MARKS]);
});

test('Section 3: plan headers wrapped over two rows without merges ("কর্মসম্পাদন" / "সূচক", "গণনা" / "পদ্ধতি")', () => {
  const h = S3_HEADER.map((r) => [...r]);
  const wrap: (string | null)[] = new Array(22).fill(n);
  for (const c of [0, 1, 3, 4, 6]) {
    const t = String(h[0][c]);
    const i = t.indexOf(' ');
    h[0][c] = t.slice(0, i);
    wrap[c] = t.slice(i + 1);
  }
  const rows: Rows = [h[0], wrap, h[1], h[2], [OWN_LABEL], ...S3_OWN, [GOV_LABEL], ...S3_GOV];
  const a = run(grid('সেকশন ৩', rows));
  expect(a.tables.map((t) => [t.kind, t.range])).toEqual([['performance-plan', 'A1:V14']]);
  expect(computed(a)).toEqual([...S3_OWN_MARKS, ...S3_GOV_MARKS]);
});
