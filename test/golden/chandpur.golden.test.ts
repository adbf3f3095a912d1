import path from 'path';
import { runMain } from '../cli/runMain';
import { tableDifferences, type ExpectedTable, type JsonReport } from './expect';

/**
 * Golden test: samples/ict-chandpur-2024-25-errors.xlsx (built by scripts/samples/chandpur.ts from seed 004),
 * with the typical clerk errors planted. Every figure is worked out by hand from the sample's data.
 */
const FILE = path.join(__dirname, '..', '..', 'samples', 'ict-chandpur-2024-25-errors.xlsx');
const APA = 'এপিএ ২০২৪-২৫';

const EXPECTED: ExpectedTable[] = [
  // Section 2 and Section 3 share the sheet "এপিএ ২০২৪-২৫".
  { sheet: APA, kind: 'outcomes', range: 'A4:J11', total: null, max: null, net: null },
  {
    sheet: APA,
    kind: 'performance-plan',
    // Header A18:V20, numbering 21; the header repeats at 28, 38, 48, 54 (page breaks); সর্বমোট line 63.
    range: 'A18:V63',
    rows: {
      23: [4, 4], // [১.১.১] w4, tiers 12/9/8/7/6: 3+3+3+3 = 12 → 100%
      24: [4, 4], // [১.২.১] w4 date: real Excel date 12/12/2024 ≤ tier 12.12.24 → 100%
      25: [4, 4], // [১.৩.১] w4, tiers 6/4/3/2/1: 1+2+1+2 = 6 → 100%
      26: [3.6, 3.6], // [১.৪.১] w4, tiers 120/100/80/70/60: 30+30+20+20 = 100 = tier 90% → 3.6
      27: [4, 4], // [১.৫.১] w4 date: 18.10.24 ≤ tier 18.10.24 → 100%
      32: [4, 4], // [২.১.১] w4, tiers 150/120/…: 40+35+40+45 = 160 ≥ 150 → 100%
      33: [3.84, 3.84], // [২.২.১] w4, tiers 500/450/…: 120+110+130+120 = 480 → 90 + (480-450)/(500-450)×10 = 96% → 3.84
      34: [4, 4], // [২.৩.১] w4, tiers 200/…: "**৫০**"+50+50+50 = 200 → 100%
      35: [2, 2], // [২.৪.১] w2, tiers 40/…: 10×4 = 40 → 100%
      // [২.৫.১] w4, tiers 250/150/200/120/100 (out of order): 70+60+70+60 = 260 is above every tier, but with the
      // direction in doubt the row is not scored (tier-order is an error: the clerk must fix the tiers first).
      36: [null, 4],
      37: [2, 2], // [২.৬.১] w2, tiers 30/…: 8+7+8+7 = 30 → 100%
      42: [4, 4], // [৩.১.১] w4, tiers 240/…: quarters 60×4 = 240 (stated 250: total-mismatch); either ≥ 240 → 100%
      43: [1.92, null], // [৩.২.১] w "<b>২</b>" = 2, tiers 95/80/…: 20+25+20+24 = 89 → 90 + (89-80)/(95-80)×10 = 96% → 1.92
      44: [4, 4], // [৩.৩.১] w4, unit "২১০" (unit-unknown, scored as a count): 40+40+30+30 = 140 ≥ 140 → 100%
      // [৪.১.১] w4: 20+25+#N/A+25 — the annual sum is unknown while Q3 is unreadable: not scored, never a silent 0.
      45: [null, 3.6],
      46: [3, 3.5], // [৪.২.১] w3, tiers 5/4/3/2/1: 2+3 = 5 → 100% → 3; claimed 3.5 > weight 3
      47: [2.7, 2.7], // [৪.৩.১] w3, tiers 4/3/2/1: 1+1+1 = 3 → 90% → 2.7
      52: [4.75, 5], // [৫.১.১] w5, tiers 12/10/9/8/7: 3+3+3+2 = 11 → 90 + (11-10)/(12-10)×10 = 95% → 4.75; claimed 5
      // [৫.২.১] w5: 6+6+6+"চলমান" — Q4 unreadable, so not scored (it would be 18 → 86% → 4.3 if Q4 were "-").
      53: [null, 4.3],
      58: [8.5, 8.5], // governance, cumulative marks: latest quarter 8.5 ≤ 10
      59: [7.052, 7.052], // = the e-governance annex's net
      60: [4, null], // 4 ≤ 4
      61: [2.5, 2.5],
      62: [3, 3],
    },
    // own: 19.6 (4+4+4+3.6+4) + 15.84 (4+3.84+4+2+2; row 36 unscored) + 9.92 (4+1.92+4) + 5.7 (3+2.7; row 45
    // unscored) + 4.75 (row 53 unscored) = 55.81; governance: 8.5 + 7.052 + 4 + 2.5 + 3 = 25.052; total 80.862
    total: 80.862,
    max: 100, // unscored rows still apply: their weights stay in the maximum (20+20+10+10+10 own, 30 governance)
    net: null,
  },
  {
    sheet: 'ই-গভর্ন্যান্স',
    kind: 'e-governance-plan',
    range: 'A3:M16', // header 3, numbering 4, rows 5-14, মোট 15, নীট 16
    rows: {
      // One target (2023-24 generation): min(achieved ÷ target, 1) × weight; a date earns all or nothing.
      5: [10, 10], // [১.১.১] w10: 05/03/2025 on or before 09/03/25 → 10
      6: [2, 2], // [২.১.১] w2: 1+1+1+1 = 4 of 4 → 2
      7: [0, 0], // [৩.১.১] w6: "২৮-০৪- ২৫ ৩য় শ্রেষ্ঠ নির্বাচিত" = 28/04/2025, after 15/04/25 → 0
      8: [2, 2], // [৪.১.১] w2: 25/08/2024 ≤ 31/08/24 → 2
      9: [7.76, 7.76], // [৪.১.২] w8 %: average of 95, 98, 96, 99 = 97 (annual 0.97 shown as 97%) → 97/100 × 8 = 7.76
      10: [4.5, 4.5], // [৫.১.১] w6: 1+1+1 = 3 of 4 → 4.5
      11: [3, 3], // [৫.১.২] w3: 4 of 4 → 3
      12: [2, 2], // [৬.১.১] w4: 1+1 = 2 of 4 → 2
      13: [0, 0], // [৭.১.১] w5: 15/12/2024 after 01/12/24 → 0
      14: [4, 4], // [৮.১.১] w4: 1+1 = 2 of 2 → 4
    },
    total: 35.26, // 10+2+0+2+7.76+4.5+3+2+0+4 (the stated মোট agrees)
    max: 50, // 10+2+6+2+8+6+3+4+5+4
    net: 7.052, // 35.26 ÷ 50 × 10 (the stated নীট agrees)
  },
  { sheet: 'সংযোজনী ১-৩', kind: 'acronyms', range: 'A3:C18', total: null, max: null, net: null },
  { sheet: 'সংযোজনী ১-৩', kind: 'evidence', range: 'A22:D36', total: null, max: null, net: null },
  { sheet: 'সংযোজনী ১-৩', kind: 'linked-indicators', range: 'A40:D46', total: null, max: null, net: null },
];

/** The planted errors: rule, cell, severity (apa-rules' rule ids; severities as the engine's policy). */
const EXPECTED_FINDINGS = [
  `${APA}!J36 tier-order error`, // 250, 150, 200, …: neither falling nor rising; pointed at the first tier
  `${APA}!U42 total-mismatch error`, // মোট অর্জন 250, quarters 60+60+60+60 = 240
  `${APA}!F44 unit-unknown warning`, // the unit cell holds the number ২১০
  `${APA}!S45 bad-value error`, // #N/A in Q3
  `${APA}!V46 claimed-over-weight error`, // claimed 3.5, weight 3
  `${APA}!V52 claimed-mismatch error`, // claimed 5, computed 4.75
  `${APA}!T53 bad-value error`, // "চলমান" where a count belongs
  `${APA}!V63 sum-mismatch error`, // সর্বমোট 90; claimed marks add up to 66.54 + 21.052 = 87.592
].sort();

describe('golden: ICT Chandpur 2024-25 with planted errors', () => {
  let report: JsonReport;
  let code: number;
  beforeAll(async () => {
    const run = await runMain([FILE, '--json']);
    code = run.code;
    report = JSON.parse(run.stdout) as JsonReport;
  });

  test('exit 1: error findings', () => {
    expect(code).toBe(1);
  });

  test('finds exactly the expected tables, several on one sheet, with kinds and ranges', () => {
    expect(report.tables.map((t) => `${t.sheet} | ${t.kind} | ${t.range}`)).toEqual(EXPECTED.map((t) => `${t.sheet} | ${t.kind} | ${t.range}`));
  });

  test.each(EXPECTED.map((e) => [`${e.sheet} ${e.kind} ${e.range}`, e] as const))('%s: marks per row, total, max, net', (_name, expected) => {
    const actual = report.tables.find((t) => t.sheet === expected.sheet && t.kind === expected.kind && t.range === expected.range);
    expect(actual).toBeDefined();
    expect(tableDifferences(actual!, expected)).toEqual([]);
  });

  test('exactly the planted findings (rule, cell, severity), each with a Bengali and an English half', () => {
    expect(report.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.severity}`).sort()).toEqual(EXPECTED_FINDINGS);
    for (const f of report.findings) {
      expect(f.row).toBe(Number(/\d+$/.exec(f.cell)![0]));
      expect(f.message).toMatch(/[\u0980-\u09FF]/);
      expect(f.message).toMatch(/[A-Za-z]{3}/);
    }
  });

  test('fills: the two blank claimed cells, in Bengali digits', () => {
    expect((report.fills ?? []).map((f) => `${f.sheet}!${f.cell}=${f.value}`).sort()).toEqual([`${APA}!V43=১.৯২`, `${APA}!V60=৪`].sort());
  });
});
