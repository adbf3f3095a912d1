import { analyzeTables } from '../../src/engine/analyze/analyzeTables';
import type { Analysis, RuleId } from '../../src/engine/report/types';
import { S3, s3Row, section3 } from './section3Fixture';

function analyze(built: ReturnType<typeof section3>, tiers?: 'interpolate' | 'step'): Analysis {
  return analyzeTables([built.table], { tiers });
}

function rules(a: Analysis): RuleId[] {
  return a.findings.map((f) => f.rule);
}

describe('Section 3, clean', () => {
  const a = analyze(section3());

  it('finds nothing wrong on a sheet where every figure agrees', () => {
    expect(a.findings).toEqual([]);
    expect(a.fills).toEqual([]);
  });

  it('scores each indicator and the table (worked example 800/720/640/560/480, 700, weight 5 → 4.375)', () => {
    const t = a.tables[0];
    expect(t.kind).toBe('performance-plan');
    expect(t.rows.map((r) => [r.indicator, r.computed])).toEqual([
      ['[১.১.১]', 20],
      ['[১.২.১]', 4.375],
      ['[২.১.১]', 45],
      ['[১.১.১]', 8],
      ['[১.২.১]', 7],
      ['[১.৩.১]', 4],
      ['[১.৪.১]', 3],
      ['[১.৫.১]', 3],
    ]);
    expect(t.total).toBe(94.375);
    expect(t.max).toBe(100);
    expect(t.net).toBeNull();
  });

  it('reports rows 1-based with their section, claimed marks, claimed cell and annual figure', () => {
    const r = a.tables[0].rows[1];
    expect(r).toMatchObject({ row: s3Row(S3.i121) + 1, weight: 5, claimed: 4.375, claimedCell: `R${s3Row(S3.i121) + 1}`, annual: 700, section: 'own' });
    expect(a.tables[0].rows[3].section).toBe('governance');
    // ".৫০" in Q1 of a cumulative row: the latest quarter (3) is the figure
    expect(a.tables[0].rows[7].annual).toBe(3);
  });
});

describe('Section 3 rules fire on the broken cell only', () => {
  it('total-mismatch at the annual cell when the stated total is not the sum of quarters', () => {
    const a = analyze(section3({ [S3.i211]: { annual: '২৩০' } }));
    expect(rules(a)).toEqual(['total-mismatch']);
    const f = a.findings[0];
    expect(f).toMatchObject({ sheet: 'সেকশন ৩', cell: `Q${s3Row(S3.i211) + 1}`, row: s3Row(S3.i211) + 1, severity: 'error' });
    // named after its indicator, with what to write where
    expect(f.message).toBe(
      'সূচক [২.১.১] আই.সি.টি প্রশিক্ষিত শিক্ষক: মোট অর্জন ২৩০, ত্রৈমাসিক অর্জনের যোগফল ২৪০: Q5-এ ২৪০ লিখুন, অথবা ত্রৈমাসিক অর্জন ঠিক করুন / ' +
        'Indicator [2.1.1] আই.সি.টি প্রশিক্ষিত শিক্ষক: Total 230, quarters add up to 240: write 240 in Q5, or correct the quarters',
    );
    expect(f.indicator).toBe('[২.১.১]');
    // marks follow the quarters, not the stated total
    expect(a.tables[0].rows[2].computed).toBe(45);
  });

  it('total-mismatch for a cumulative row compares the latest quarter', () => {
    const a = analyze(section3({ [S3.integrity]: { annual: '২০' } }));
    expect(rules(a)).toEqual(['total-mismatch']);
    expect(a.findings[0].messages.en).toBe('Indicator [1.1.1] শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়িত: Total 20, the latest cumulative quarter is 8: write 8 in Q7, or correct the quarters');
  });

  it('claimed-mismatch when the claim differs from the computed marks by more than 0.01', () => {
    const a = analyze(section3({ [S3.i121]: { claimed: '৪.৫' }, [S3.total]: { claimed: '৯৪.৫' } }));
    expect(rules(a)).toEqual(['claimed-mismatch']);
    expect(a.findings[0]).toMatchObject({ cell: `R${s3Row(S3.i121) + 1}`, severity: 'error' });
    // the mark to write is the computed one as a fill writes it (2 decimals)
    expect(a.findings[0].message).toBe(
      'সূচক [১.২.১] ৬ষ্ঠ হতে ১২শ শ্রেণি…: দাবীকৃত নম্বর ৪.৫, হিসাব অনুযায়ী প্রাপ্য ৪.৩৭৫: R4-এ ৪.৩৮ লিখুন / ' +
        'Indicator [1.2.1] ৬ষ্ঠ হতে ১২শ শ্রেণি…: Claimed marks 4.5, computed 4.375: write 4.38 in R4',
    );
    // 4.38 is within the tolerance
    expect(analyze(section3({ [S3.i121]: { claimed: '৪.৩৮' }, [S3.total]: { claimed: '৯৪.৩৮' } })).findings).toEqual([]);
  });

  it('claimed-over-weight when the claim exceeds the weight', () => {
    const a = analyze(section3({ [S3.i111]: { claimed: '২২' }, [S3.total]: { claimed: '৯৬.৩৭৫' } }));
    expect(rules(a)).toEqual(['claimed-over-weight']);
    expect(a.findings[0].messages.en).toBe('Indicator [1.1.1] শিক্ষাতথ্য সংগ্রহের নিমিত্ত শিক্ষা…: Claimed marks 22 exceed the indicator weight 20; computed 20: write 20 in R3');
  });

  it('tier-order when the five tiers neither fall nor rise', () => {
    const a = analyze(section3({ [S3.i121]: { tier80: '৭৫০' } }));
    expect(rules(a)).toContain('tier-order');
    const f = a.findings.find((x) => x.rule === 'tier-order')!;
    expect(f).toMatchObject({ cell: `H${s3Row(S3.i121) + 1}`, severity: 'error' });
    expect(f.messages.bn).toContain('৮০০, ৭২০, ৭৫০, ৫৬০, ৪৮০');
  });

  it('unit-unknown when the unit cell holds a number (seed 004 [৩.৩.১] has "২১০" as its unit)', () => {
    const a = analyze(section3({ [S3.i211]: { unit: '২১০' } }));
    expect(rules(a)).toEqual(['unit-unknown']);
    expect(a.findings[0]).toMatchObject({ cell: `F${s3Row(S3.i211) + 1}`, severity: 'warning' });
    expect(a.findings[0].messages.en).toContain('holds a number (২১০)');
  });

  it('bad-value for unreadable text in a quarter; the row is not scored on a guess', () => {
    const a = analyze(section3({ [S3.i211]: { q3: 'ষাট জন' } }));
    expect(rules(a)).toContain('bad-value');
    const f = a.findings.find((x) => x.rule === 'bad-value')!;
    expect(f).toMatchObject({ cell: `O${s3Row(S3.i211) + 1}`, severity: 'error' });
    // the cell is quoted once, and the sentence says what to write there
    expect(f.messages.bn).toBe('সূচক [২.১.১] আই.সি.টি প্রশিক্ষিত শিক্ষক: ৩য় ত্রৈমাসিক অর্জন (O5): "ষাট জন" সংখ্যা, শতাংশ বা তারিখ হিসেবে পড়া যায় না; O5-এ অর্জিত সংখ্যা লিখুন, শূন্য ধরা হয়নি');
    expect(f.messages.en).toBe('Indicator [2.1.1] আই.সি.টি প্রশিক্ষিত শিক্ষক: Q3 achievement (O5): "ষাট জন" cannot be read as a number, percentage or date; write the number achieved in O5 (not counted as zero)');
    expect(a.tables[0].rows[2].computed).toBeNull();
    // the weight still counts in the maximum: the row applies, its marks are unknown
    expect(a.tables[0].max).toBe(100);
  });

  it('bad-value for an Excel error value, never read as zero', () => {
    const a = analyze(section3({ [S3.i111]: { q2: { error: '#VALUE!' } } }));
    const bad = a.findings.filter((x) => x.rule === 'bad-value');
    expect(bad).toHaveLength(1);
    expect(bad[0].cell).toBe(`N${s3Row(S3.i111) + 1}`);
    expect(a.tables[0].rows[0].computed).toBeNull();
  });

  it('weight-sum when the indicator weights in an area do not make the area weight, and own areas ≠ 70', () => {
    const a = analyze(section3({ [S3.i111]: { areaWeight: '৩০' } }));
    const ws = a.findings.filter((x) => x.rule === 'weight-sum');
    expect(ws.map((f) => f.messages.en)).toEqual([
      'Area weight 30, but the indicator weights add up to 25',
      "The office's own performance areas add up to 75, should be 70",
    ]);
    expect(ws.every((f) => f.severity === 'warning')).toBe(true);
    expect(ws[0].cell).toBe(`B${s3Row(S3.i111) + 1}`);
  });

  it('weight-sum when the governance area is not 30', () => {
    const a = analyze(section3({ [S3.integrity]: { areaWeight: '২৫' } }));
    expect(a.findings.map((f) => f.messages.en)).toEqual([
      'Area weight 25, but the indicator weights add up to 30',
      'The governance and reform area weighs 25, should be 30',
    ]);
  });

  it('sum-mismatch when the সর্বমোট line is not the sum of the claimed marks', () => {
    const a = analyze(section3({ [S3.total]: { claimed: '৯৫' } }));
    expect(rules(a)).toEqual(['sum-mismatch']);
    expect(a.findings[0]).toMatchObject({ cell: `R${s3Row(S3.total) + 1}`, severity: 'error' });
    expect(a.findings[0].messages.en).toBe('Total 95 stated, but the claimed marks add up to 94.375');
  });

  it('stays silent on seed-style messy but readable values (<b>, **, ASCII digits, spaces)', () => {
    const a = analyze(section3({ [S3.i111]: { q1: '<b>৩০</b>', q2: '**30**', q3: ' ২৫ ', claimed: '২০.০০' } }));
    expect(a.findings).toEqual([]);
  });
});

describe('rows that do not apply', () => {
  it('a row "-" throughout is not scored and not in the maximum', () => {
    const extra = [
      {
        type: 'indicator' as const,
        cells: {
          activity: '[২.২] শিক্ষা প্রতিষ্ঠানের আইসিটি ল্যাব পরিদর্শন', indicator: '[২.২.১] পরিদর্শিত ল্যাব', method: 'সমষ্টি', unit: 'সংখ্যা', weight: '-',
          tier100: '-', tier90: '-', tier80: '-', tier70: '-', tier60: '-', q1: '-', q2: '-', q3: '-', q4: '-', annual: '-', claimed: '-',
        },
      },
    ];
    const a = analyze(section3({}, { extra }));
    expect(a.findings).toEqual([]);
    const row = a.tables[0].rows.find((r) => r.indicator === '[২.২.১]')!;
    expect(row.section).toBe('own');
    expect(row.computed).toBeNull();
    expect(row.weight).toBeNull();
    expect(a.tables[0].max).toBe(100);
    expect(a.tables[0].total).toBe(94.375);
  });
});

describe('tier rule option', () => {
  it('interpolates by default and steps when asked (700 between 720 and 640 → 80% of 5 = 4)', () => {
    expect(analyze(section3({ [S3.i121]: { claimed: null } })).tables[0].rows[1].computed).toBe(4.375);
    const step = analyze(section3({ [S3.i121]: { claimed: null } }), 'step');
    expect(step.tables[0].rows[1].computed).toBe(4);
    expect(step.fills.map((f) => f.value)).toEqual(['৪']);
  });
});

describe('never throws on a cell', () => {
  it('turns junk in every scored cell into findings, not a crash or a zero', () => {
    const junk = { weight: true, tier100: Number.NaN, tier90: { error: '#REF!' }, q1: 'ক'.repeat(30000), q2: Infinity, annual: '#DIV/0!', claimed: false };
    const a = analyzeTables([section3({ [S3.i211]: junk as never }).table]);
    const row = a.tables[0].rows[2];
    expect(row.computed).toBeNull();
    const bad = a.findings.filter((f) => f.rule === 'bad-value' && f.row === s3Row(S3.i211) + 1);
    expect(bad.length).toBeGreaterThanOrEqual(6);
    for (const f of bad) expect(f.message).toContain(' / ');
  });
});
