/**
 * CLASS 19 (false warnings) — Section 3 with the area and area-weight cells filled down (unmerged, or typed on
 * every row, as PDF-to-Excel converters and "unmerge + fill" produce) is read as one area per row: each row's
 * weight is compared with the whole area's weight (weight-sum warnings on correct rows) and own areas add up
 * to 25 + 25 + 10 = 60 ≠ 70 … (here 9 warnings on a clean sheet).
 */
import { S3_GOV, S3_HEADER, S3_OWN, OWN_LABEL, GOV_LABEL, grid, run, type Rows } from './grids';

test('area and area weight repeated on every row of the area: no weight-sum finding', () => {
  const own = S3_OWN.map((r) => [...r]);
  own[1][0] = own[0][0];
  own[1][1] = own[0][1];
  const gov = S3_GOV.map((r) => [S3_GOV[0][0], S3_GOV[0][1], ...r.slice(2)]);
  const a = run(grid('সেকশন ৩', [...S3_HEADER, [OWN_LABEL], ...own, [GOV_LABEL], ...gov] as Rows));
  expect(a.findings.filter((f) => f.rule === 'weight-sum').map((f) => f.cell)).toEqual(['B7']); // only the real one: own 25 + 10 = 35 ≠ 70
});
