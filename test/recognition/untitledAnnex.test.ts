import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import type { Analysis } from '../../src/engine/report/types';
import { PLAIN_ACTIVITIES, egovHeader, egovRows, sheet, stack, type Rows } from '../fixtures/grids/messyAnnexes';
import { section3 } from '../checks/section3Fixture';

/**
 * An annex with no title is still scored (issue "Real clerk workbooks", class 7): the annex columns
 * (indicator, weight, tiers, quarters, claimed) without a title line and with activities that name no
 * annex are an `annex-plan`: scored and filled like any annex, one warning asking for its title, and it
 * feeds no Section 3 row. Marks: 4 + 3.6 + 1.6 = 9.2 of 10 (see messyAnnexes.egovRows).
 */
const untitled = (claims: (string | null)[] = ['৪', null, '১.৬']): Rows => [...egovHeader(), ...egovRows(claims, 16, PLAIN_ACTIVITIES)];

describe.each([
  ['a sheet of its own', () => analyzeWorkbook({ sheets: [sheet('Sheet1', untitled())] })],
  ['pasted under other text on one sheet', () => analyzeWorkbook({ sheets: [sheet('এপিএ', stack([[['কিছু কথা']], untitled()], 3))] })],
])('an untitled annex on %s', (_where, run: () => Analysis) => {
  test('is kind annex-plan, scored, filled, with one warning asking for its title', () => {
    const a = run();
    expect(a.tables.map((t) => t.kind)).toEqual(['annex-plan']);
    const t = a.tables[0];
    expect(t.rows.map((r) => r.computed)).toEqual([4, 3.6, 1.6]);
    expect([t.total, t.max, t.net]).toEqual([9.2, 10, null]);
    expect(a.fills.map((f) => f.value)).toEqual(['৩.৬']);
    const warnings = a.findings.filter((f) => f.severity === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].messages.en).toContain('no title');
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

test('an untitled annex feeds no Section 3 governance row', () => {
  // Section 3's e-governance row keeps its own stated achievement (7): the untitled table is not taken for the annex.
  const a = analyzeWorkbook({ sheets: [section3().sheet, sheet('Sheet2', untitled(['৪', '৩.৬', '১.৬']))] });
  const s3 = a.tables.find((t) => t.kind === 'performance-plan')!;
  expect(s3.score).toMatchObject({ governance: 25, total: 94.375, basis: 'rows' });
  expect(a.findings.filter((f) => f.rule === 'net-mismatch')).toEqual([]);
});
