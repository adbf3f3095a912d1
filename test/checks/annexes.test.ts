import { analyzeTables } from '../../src/engine/analyze/analyzeTables';
import type { Analysis } from '../../src/engine/report/types';
import { annexLayout, buildTable, type Line } from './buildTable';
import { EGOV, egov, egovRow, INTEG, integrity } from './annexFixture';
import { S3, s3Row, section3 } from './section3Fixture';

const rules = (a: Analysis) => a.findings.map((f) => f.rule);

describe('e-governance plan (annex 5)', () => {
  const a = analyzeTables([egov().table]);

  it('is clean, and nets 29.5 of 50 to 5.9 (apa-rules worked example)', () => {
    expect(a.findings).toEqual([]);
    const t = a.tables[0];
    expect(t.rows.map((r) => r.computed)).toEqual([10, 2, 0, 2, 5.5, 6, 0, 4, 0, 0]);
    expect(t.total).toBe(29.5);
    expect(t.max).toBe(50);
    expect(t.net).toBe(5.9);
    expect(t.title).toBe('ই-গভর্নেন্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৪-২৫');
    // the seed's "[[১.১.১]" typo still gives the label
    expect(t.rows[0].indicator).toBe('[১.১.১]');
  });

  it('does not fill the row with nothing reported', () => {
    expect(a.fills).toEqual([]);
  });

  it('half-year-mismatch at the half-year cell (a warning: it feeds no marks)', () => {
    const b = analyzeTables([egov({ [EGOV.i211]: { halfYear: '৩' } }).table]);
    expect(rules(b)).toEqual(['half-year-mismatch']);
    expect(b.findings[0]).toMatchObject({ cell: `M${egovRow(EGOV.i211) + 1}`, severity: 'warning' });
    expect(b.findings[0].messages.en).toBe('Indicator [2.1.1] নিজ অফিসসহ আওতাধীন অফিসসমূহে…: Half-year 3, but Q1 and Q2: quarters add up to 2: write 2 in M5, or correct Q1 and Q2');
  });

  it('total-mismatch on an average (percent) row only beyond rounding', () => {
    expect(analyzeTables([egov({ [EGOV.i412]: { annual: '৬৯%' } }).table]).findings).toEqual([]);
    const b = analyzeTables([egov({ [EGOV.i412]: { annual: '৭৫%' } }).table]);
    expect(rules(b)).toEqual(['total-mismatch']);
    expect(b.findings[0].messages.en).toBe('Indicator [4.1.2] ই-ফাইলে নোট নিষ্পত্তিকৃত: Total 75, quarters average 68.75: write 68.75% in P8, or correct the quarters');
  });

  it('total-mismatch on a date row names the dates', () => {
    const b = analyzeTables([egov({ [EGOV.i411]: { annual: '০৮/০৯/২৪' } }).table]);
    expect(rules(b)).toEqual(['total-mismatch']);
    expect(b.findings[0].messages.bn).toBe('সূচক [৪.১.১] ই-ফাইলে নিষ্পত্তিযোগ্য নথির তালিকা…: মোট অর্জন ০৮/০৯/২০২৪, ত্রৈমাসিক অর্জনের প্রথম তারিখ ৩১/০৮/২০২৪: P7-এ ৩১/০৮/২০২৪ লিখুন, অথবা ত্রৈমাসিক অর্জন ঠিক করুন');
  });

  it('net-mismatch when the নীট line is not total ÷ max × 10', () => {
    const b = analyzeTables([egov({ [EGOV.net]: { claimed: '৬' } }).table]);
    expect(rules(b)).toEqual(['net-mismatch']);
    expect(b.findings[0]).toMatchObject({ cell: `Q${egovRow(EGOV.net) + 1}`, severity: 'error' });
    expect(b.findings[0].message).toBe('নীট ৬ লেখা, হিসাব অনুযায়ী ২৯.৫ ÷ ৫০ × ১০ = ৫.৯ / Net 6 stated, computed 29.5 ÷ 50 × 10 = 5.9');
  });

  it('sum-mismatch when the মোট line is not the sum of the claims', () => {
    const b = analyzeTables([egov({ [EGOV.total]: { claimed: '৩০' } }).table]);
    expect(rules(b)).toEqual(['sum-mismatch']);
  });

  it('bad-value for an unreadable date tier, and no marks on a guess', () => {
    const b = analyzeTables([egov({ [EGOV.i711]: { tier80: '৩২/১৩/২৪' } }).table]);
    expect(rules(b)).toContain('bad-value');
    expect(b.findings.find((f) => f.rule === 'bad-value')!.cell).toBe(`H${egovRow(EGOV.i711) + 1}`);
    expect(b.tables[0].rows[8].computed).toBeNull();
  });
});

describe('annex areas with a মান column (grievance, seed 001)', () => {
  const layout = annexLayout('grievance-plan', true);
  const lines = (areaWeight: string): Line[] => [
    {
      type: 'indicator',
      cells: {
        area: 'প্রাতিষ্ঠানিক', areaWeight, activity: '[১.১] নির্দিষ্ট সময়ে জিআরএস সিস্টেম, অফলাইন ও অন্যান্য মাধ্যমে প্রাপ্ত অভিযোগ নিষ্পত্তি',
        indicator: '[১.১.১] অভিযোগ নিষ্পত্তিকৃত', unit: '%', weight: '১৫', tier100: '৯০', tier90: '৮০', tier80: '৭০', tier70: '৬০', tier60: null,
        q1: '৮০%', q2: '১০০%', halfYear: '৯০%', q3: '১০০%', q4: '১০০%', annual: '৯৫%', claimed: '১৫',
      },
    },
    {
      type: 'indicator',
      cells: {
        activity: '[১.২] অভিযোগ নিষ্পত্তি সংক্রান্ত মাসিক প্রতিবেদন ত্রৈমাসিক ভিত্তিতে উর্ধ্বতন কর্তৃপক্ষের নিকট প্রেরণ', indicator: '[১.২.১] প্রতিবেদন প্রেরিত',
        unit: 'সংখ্যা', weight: '৫', tier100: '৫', tier90: '৪', tier80: '৩', tier70: '২', tier60: '১',
        q1: '১', q2: '১', halfYear: '২', q3: '১', q4: '১', annual: '৪', claimed: '৪.৫',
      },
    },
  ];

  it('is silent when the indicator weights make the area weight', () => {
    const a = analyzeTables([buildTable(layout, lines('২০')).table]);
    expect(a.findings).toEqual([]);
    // 4 reports of a 5/4/3/2/1 ladder = 90% of 5
    expect(a.tables[0].rows.map((r) => r.computed)).toEqual([15, 4.5]);
    expect(a.tables[0].net).toBe(3.9);
  });

  it('weight-sum when they do not (seed 001 states ২০ over 15 + 5 … here 25)', () => {
    const a = analyzeTables([buildTable(layout, lines('২৫')).table]);
    expect(rules(a)).toEqual(['weight-sum']);
    expect(a.findings[0]).toMatchObject({ cell: 'B2', severity: 'warning' });
  });
});

describe('integrity plan (annex 4): pairs of target and achievement rows', () => {
  const a = analyzeTables([integrity().table]);

  it('is clean and scores 3 of 4 meetings with weight 2 as 1.5', () => {
    expect(a.findings).toEqual([]);
    const t = a.tables[0];
    expect(t.rows.map((r) => r.computed)).toEqual([1.5, 2, 1, 1, 2]);
    expect(t.total).toBe(7.5);
    expect(t.max).toBe(8);
    expect(t.net).toBe(9.375);
    // rows are reported on their target row
    expect(t.rows[0].row).toBe(5);
    expect(t.rows[0].claimedCell).toBe('N5');
  });

  it('quarter-targets-mismatch when the quarterly targets do not make the annual target', () => {
    const b = analyzeTables([integrity({ [INTEG.i11]: { cells: { q4: '-' } } }).table]);
    expect(rules(b)).toEqual(['quarter-targets-mismatch']);
    expect(b.findings[0]).toMatchObject({ cell: 'F5', row: 5, severity: 'warning' });
    // integrity activities are numbered without brackets ("১.১ নৈতিকতা …"): the name takes that code
    expect(b.findings[0].messages.en).toBe('Indicator [1.1] সভা আয়োজিত: Annual target 4, but the quarterly targets make 3: correct the quarterly targets so they make 4');
  });

  it('total-mismatch when the মোট অর্জন is not what the achievement row adds up to', () => {
    const b = analyzeTables([integrity({ [INTEG.i11]: { cells: { annual: '৪' } } }).table]);
    expect(rules(b)).toEqual(['total-mismatch']);
    expect(b.findings[0].cell).toBe('L5');
  });

  it('weight-sum when a group label states a weight its indicators do not make', () => {
    const { table } = integrity();
    table.rows[INTEG.g1].groupWeight = 7;
    const b = analyzeTables([table]);
    expect(rules(b)).toEqual(['weight-sum']);
    expect(b.findings[0]).toMatchObject({ cell: 'A4', severity: 'warning' });
    expect(b.findings[0].messages.en).toBe('Group weight 7, but the indicator weights add up to 6');
  });

  it('fills the merged marks cell on the target row', () => {
    const b = analyzeTables([integrity({ [INTEG.i11]: { cells: { claimed: null } } }).table]);
    expect(b.fills).toEqual([{ sheet: 'শুদ্ধাচার', cell: 'N5', row: 4, col: 13, marks: 1.5, value: '১.৫' }]);
  });
});

describe('Section 3 governance rows take the annex nets', () => {
  it('uses the e-governance net 5.9 as the achievement of [১.২.১] and flags its stated 7', () => {
    const a = analyzeTables([section3().table, egov().table]);
    const s3 = a.tables[0];
    const egovRowReport = s3.rows.find((r) => r.section === 'governance' && r.indicator === '[১.২.১]')!;
    expect(egovRowReport.computed).toBe(5.9);
    expect(egovRowReport.annual).toBe(5.9);
    const net = a.findings.filter((f) => f.rule === 'net-mismatch');
    expect(net).toHaveLength(1);
    expect(net[0]).toMatchObject({ sheet: 'সেকশন ৩', cell: `Q${s3Row(S3.egov) + 1}`, severity: 'error' });
    expect(net[0].messages.en).toBe('Indicator [1.2.1] ই-গভর্ন্যান্স/ উদ্ভাবন কর্মপরিকল্পনা…: Achievement 7 stated, but the e-governance and innovation plan nets 5.9: write 5.9 in Q8');
    // the claimed 7 is now also above the computed 5.9
    expect(a.findings.find((f) => f.rule === 'claimed-mismatch')?.cell).toBe(`R${s3Row(S3.egov) + 1}`);
  });

  it('is silent when the governance row states the annex net, and fills its blank claim with it', () => {
    const a = analyzeTables([
      section3({ [S3.egov]: { q1: null, q2: null, q3: null, q4: '৫.৯', annual: '৫.৯', claimed: null }, [S3.total]: { claimed: '৮৭.৩৭৫' } }).table,
      egov().table,
    ]);
    expect(a.findings).toEqual([]);
    expect(a.fills).toEqual([expect.objectContaining({ sheet: 'সেকশন ৩', cell: `R${s3Row(S3.egov) + 1}`, value: '৫.৯', marks: 5.9 })]);
  });

  it('caps the marks at the row weight and scales the annex net by the weight Section 3 states', () => {
    // Section 3 gives e-governance 5 instead of 10: the annex nets 29.5 ÷ 50 × 5 = 2.95
    const a = analyzeTables([section3({ [S3.egov]: { weight: '৫' } }).table, egov().table]);
    expect(a.tables[1].net).toBe(2.95);
    const row = a.tables[0].rows.find((r) => r.section === 'governance' && r.indicator === '[১.২.১]')!;
    expect(row.computed).toBe(2.95);
  });

  it('takes the integrity net 9.375 for [১.১.১] (matched by words, not number)', () => {
    const a = analyzeTables([section3().table, integrity().table]);
    const row = a.tables[0].rows.find((r) => r.section === 'governance' && r.indicator === '[১.১.১]')!;
    expect(row.computed).toBe(9.375);
    expect(a.findings.filter((f) => f.rule === 'net-mismatch').map((f) => f.messages.en)).toEqual([
      'Indicator [1.1.1] শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়িত: Achievement 8 stated, but the integrity plan nets 9.375: write 9.375 in Q7',
    ]);
  });
});
