import path from 'path';
import { runMain } from '../cli/runMain';
import { tableDifferences, type ExpectedTable, type JsonReport } from './expect';

/**
 * Golden test: samples/uitrce-birganj-2024-25.xlsx (built by scripts/samples/birganj.ts from seed 001).
 * Every figure below is worked out by hand from the data put in the sample; none is copied from the engine.
 * Tier interpolation (the default): between two given tiers the percentage is linear.
 */
const FILE = path.join(__dirname, '..', '..', 'samples', 'uitrce-birganj-2024-25.xlsx');

const EXPECTED: ExpectedTable[] = [
  { sheet: 'সেকশন ২', kind: 'outcomes', range: 'A4:J9', total: null, max: null, net: null },
  {
    sheet: 'সেকশন ৩',
    kind: 'performance-plan',
    // Header A4:V6, numbering row 7, own-area label 8, rows 9-13, header repeated 14-16, governance label 17, rows 18-22.
    range: 'A4:V22',
    rows: {
      // [১.১.১] w20, tiers 105/95/84/74/63, Q2 105 (others blank/"-"), sum 105 ≥ 105 → 100% → 20.
      9: [20, 20],
      // [১.২.১] w5, tiers 800/720/640/560/480, 200+150+200+150 = 700, between 720 (90%) and 640 (80%):
      // 80 + (700-640)/(720-640)×10 = 80 + 7.5 = 87.5% → 0.875 × 5 = 4.375 (apa-rules' worked example).
      10: [4.375, null],
      // [২.১.১] w25, tiers 240/216/192/168/144, 48+72+60+48 = 228: 90 + (228-216)/(240-216)×10 = 95% → 23.75.
      11: [23.75, 23.75],
      // [৩.১.১] w10, tiers 120/108/96/84/72, 30+35+25+30 = 120 → 100% → 10.
      12: [10, null],
      // [৪.১.১] w10, tiers 10/9/8/7/6, 2+3+2+2 = 9 → 90% → 9.
      13: [9, 9],
      // Governance rows: unit প্রাপ্ত নম্বর, cumulative → annual = Q4; marks = min(annual, weight).
      18: [9.3, 9.3], // integrity net 9.3 ≤ 10
      19: [8.78, 8.78], // e-governance net 8.78 ≤ 10
      20: [3.92, null], // grievance net 3.92 ≤ 4
      21: [2.904, 2.904], // citizen charter net 2.904 ≤ 3
      22: [2.85, 2.85], // RTI net 2.85 ≤ 3
    },
    // own 20 + 4.375 + 23.75 + 10 + 9 = 67.125; governance 9.3 + 8.78 + 3.92 + 2.904 + 2.85 = 27.754; 67.125 + 27.754 = 94.879
    total: 94.879,
    max: 100, // 20+5+25+10+10 = 70 own, 10+10+4+3+3 = 30 governance
    net: null,
  },
  { sheet: 'সংযোজনী ১', kind: 'acronyms', range: 'A3:C10', total: null, max: null, net: null }, // the hidden sheet
  { sheet: 'সংযোজনী ২', kind: 'evidence', range: 'A3:D8', total: null, max: null, net: null },
  { sheet: 'সংযোজনী ৩', kind: 'linked-indicators', range: 'A3:D8', total: null, max: null, net: null },
  {
    sheet: 'শুদ্ধাচার',
    kind: 'integrity-plan',
    range: 'A4:N21',
    rows: {
      // One target each: min(achieved ÷ target, 1) × weight; achievements on the second row of each pair.
      8: [1.5, 1.5], // 1.1 meetings: 1+1+1+"-" = 3 of 4, weight 2 → 3/4 × 2 = 1.5
      10: [2, null], // 1.2: 4 of 4 × 2 = 2
      12: [1, 1], // 1.3 training: 4 of 4 × 1 = 1
      14: [1, 1], // 1.4 count-and-date: "১ ও ১৬/১০/২৪" + "১ ও ১২/০৪/২৫" = 2 of 2 × 1 = 1
      17: [2, 2], // 2.1 date: achieved 28/07/2024 on or before the target 31/07/2024 → full weight 2
      20: [1.8, null], // 3.1 register: 12+15+10+8 = 45 of 50 × 2 = 1.8
    },
    total: 9.3, // 1.5 + 2 + 1 + 1 + 2 + 1.8
    max: 10, // 2+2+1+1 (group ১ = ৬) + 2 + 2
    net: 9.3, // 9.3 ÷ 10 × 10
  },
  {
    sheet: 'ই-গভর্ন্যান্স',
    kind: 'e-governance-plan',
    range: 'A4:Q16',
    rows: {
      // Date tiers are steps: the best tier whose date is on or after the achievement date.
      7: [8, 8], // [১.১.১] w10: 18/03/2025 (a real Excel date in Q3); tiers 09/03, 16/03, 23/03 … → 23/03 = 80% → 8
      8: [2, 2], // [২.১.১] w2: 1+1+1+1 = 4 ≥ tier 4 → 100% → 2
      9: [4.8, 4.8], // [৩.১.১] w6: "২৮-০৪- ২০২৫ ৩য় শ্রেষ্ঠ নির্বাচিত" → 28/04/2025; tiers 15/04, 22/04, 29/04 → 80% → 4.8
      10: [2, 2], // [৪.১.১] w2: 25/08/2024 ≤ 31/08/2024 → 100% → 2
      11: [7, 7], // [৪.১.২] w8 %: average of 80, 90, 85, 95 = 87.5 → between 90 (90%) and 80 (80%): 87.5% → 7
      12: [5.4, null], // [৫.১.১] w6: 1+1+1 = 3 → tier 3 = 90% → 5.4
      13: [3, 3], // [৫.১.২] w3: 1+1+1+1 = 4 → 100% → 3
      14: [3.2, 3.2], // [৬.১.১] w4: 1+1 = 2 → tier 2 = 80% → 3.2
      15: [4.5, 4.5], // [৭.১.১] w5: 10/12/2024; tiers 01/12, 15/12 → 90% → 4.5
      16: [4, 4], // [৮.১.১] w4: 1+1 = 2 ≥ tier 2 (blank tiers skipped) → 100% → 4
    },
    total: 43.9, // 8+2+4.8+2+7+5.4+3+3.2+4.5+4
    max: 50, // 10+2+6+2+8+6+3+4+5+4
    net: 8.78, // 43.9 ÷ 50 × 10
  },
  {
    sheet: 'অভিযোগ প্রতিকার',
    kind: 'grievance-plan',
    range: 'A3:R10',
    rows: {
      7: [15, 15], // [১.১.১] w15 %: average of 100, 90, 80, 90 = 90 ≥ tier 90 → 100% → 15
      8: [null, null], // [১.১.১.১]: "-" throughout → does not apply, not in the maximum
      9: [4.5, 4.5], // [১.২.১] w5: 1+1+1+1 = 4; tiers 5/4/3/2/1 → 90% → 4.5
      10: [5, 5], // [২.১.১] w5: 1 ≥ tier 1 → 100% → 5
    },
    total: 24.5, // 15 + 4.5 + 5
    max: 25, // 15 + 5 + 5 (row 8 does not apply)
    net: 3.92, // 24.5 ÷ 25 × 4
  },
  {
    sheet: 'সেবা প্রদান প্রতিশ্রুতি',
    kind: 'citizen-charter-plan',
    range: 'A3:R8',
    rows: {
      6: [10, 10], // [১.১.১] w10: 1+1+1+1 = 4 ≥ tier 4 → 10
      7: [7.2, 7.2], // [১.২.১] w8: 1+1+1 = 3 → tier 3 = 90% → 7.2
      8: [7, 7], // [২.১.১] w7: 1 ≥ tier 1 → 7
    },
    total: 24.2, // 10 + 7.2 + 7
    max: 25, // 10 + 8 + 7
    net: 2.904, // 24.2 ÷ 25 × 3
  },
  {
    sheet: 'তথ্য অধিকার',
    kind: 'rti-plan',
    range: 'A3:T8',
    rows: {
      7: [1.95, 1.95], // [১.১.১] w2 %: average of 100, 100, 90, 100 = 97.5 → between 100% and 90%: 97.5% → 1.95
      8: [0.9, 0.9], // [২.১.১] w1 date: 27-10-2024; tiers 15-10, 31-10 → 90% → 0.9
    },
    total: 2.85, // 1.95 + 0.9
    max: 3, // 2 + 1
    net: 2.85, // 2.85 ÷ 3 × 3
  },
];

describe('golden: UITRCE Birganj 2024-25 (clean)', () => {
  let report: JsonReport;
  let code: number;
  let stderr: string;
  beforeAll(async () => {
    const run = await runMain([FILE, '--json']);
    code = run.code;
    stderr = run.stderr;
    report = JSON.parse(run.stdout) as JsonReport;
  });

  test('exit 0: no error findings; nothing on stderr', () => {
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  test('finds exactly the expected tables, in sheet order, with their kinds and ranges', () => {
    expect(report.tables.map((t) => `${t.sheet} | ${t.kind} | ${t.range}`)).toEqual(EXPECTED.map((t) => `${t.sheet} | ${t.kind} | ${t.range}`));
  });

  test.each(EXPECTED.map((e) => [`${e.sheet} ${e.kind}`, e] as const))('%s: marks per row, total, max, net', (_name, expected) => {
    const actual = report.tables.find((t) => t.sheet === expected.sheet && t.kind === expected.kind);
    expect(actual).toBeDefined();
    expect(tableDifferences(actual!, expected)).toEqual([]);
  });

  test("the office's score: own areas of 70 plus the governance rows of 30", () => {
    const s3 = report.tables.find((t) => t.kind === 'performance-plan') ;
    // own 20 + 4.375 + 23.75 + 10 + 9 = 67.125; governance rows take the annex nets 9.3 + 8.78 + 3.92 + 2.904 + 2.85 = 27.754
    const expected = { own: 67.125, ownMax: 70, governance: 27.754, governanceMax: 30, total: 94.879, max: 100, basis: 'rows' };
    expect(s3?.score).toEqual(expected);
    expect(report.score).toEqual(expected);
  });

  test('no findings at all (the sample is clean)', () => {
    expect(report.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([]);
  });

  // Fills are written at most 2 decimals (the engine's fill policy, like the clerks' own "২৩.৭৫"): 4.375 → 4.38.
  test('the blank claimed cells are the fills, in Bengali-digit text like the rest of each table', () => {
    const fills = (report.fills ?? []).map((f) => `${f.sheet}!${f.cell}=${f.value}`).sort();
    expect(fills).toEqual(
      [
        'সেকশন ৩!V10=৪.৩৮', // 4.375 at 2 decimals
        'সেকশন ৩!V12=১০',
        'সেকশন ৩!V20=৩.৯২',
        'শুদ্ধাচার!N10=২',
        'শুদ্ধাচার!N20=১.৮',
        'ই-গভর্ন্যান্স!Q12=৫.৪',
      ].sort(),
    );
  });

  test('--tiers step: marks between tiers drop to the lower tier', async () => {
    const run = await runMain([FILE, '--json', '--tiers', 'step']);
    const r = JSON.parse(run.stdout) as JsonReport;
    const s3 = r.tables.find((t) => t.kind === 'performance-plan')!;
    const row = (n: number): number | null => s3.rows.find((x) => x.row === n)!.computed;
    expect(row(10)).toBeCloseTo(4, 6); // 700 reaches the 80% tier (640) only: 0.8 × 5
    expect(row(11)).toBeCloseTo(22.5, 6); // 228 reaches the 90% tier (216): 0.9 × 25
    expect(row(9)).toBeCloseTo(20, 6); // exactly at a tier: unchanged
    // …so the claims written for interpolation now disagree.
    expect(run.code).toBe(1);
    expect(r.findings.filter((f) => f.rule === 'claimed-mismatch').map((f) => f.cell)).toContain('V11');
  });
});
