/**
 * CLASS 20 — Fills are proposed (and `--fill` writes them, src/xlsx/fillXlsx.ts does not look at visibility)
 * into HIDDEN sheets. The report contract says --fill "never changes … a hidden sheet". A hidden blank template
 * copy (the signed plan kept hidden next to the monitoring copy) also becomes a second "office", so the workbook
 * score is null.
 */
import { EGOV_BODY, EGOV_HEADER, EGOV_TITLE, S3_GOV, S3_HEADER, S3_OWN, OWN_LABEL, GOV_LABEL, grid, n, run, type Rows } from './grids';

test('no fill targets a hidden sheet', () => {
  const blankClaims = (rows: Rows) => rows.map((r) => { const c = [...r]; c[c.length - 1] = n; return c; });
  const a = run(
    grid('সংযোজনী ৫ (পুরাতন)', [[EGOV_TITLE], ...EGOV_HEADER, ...blankClaims(EGOV_BODY)], { hidden: true }),
    grid('সেকশন ৩', [...S3_HEADER, [OWN_LABEL], ...S3_OWN, [GOV_LABEL], ...S3_GOV]),
  );
  expect(a.fills.filter((f) => f.sheet === 'সংযোজনী ৫ (পুরাতন)')).toEqual([]);
});
