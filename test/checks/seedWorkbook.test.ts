import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import type { Analysis } from '../../src/engine/report/types';
import { seedSheet } from '../fixtures/grids/seedGrid';
import { EGOV_001, SECTION3_001, seedWithProgress } from './seedProgress';

/** End to end: real seed layouts through recognition, scoring and checks. */
describe('seed 001 monitoring copy (Section 3 and e-governance progress typed in)', () => {
  const a: Analysis = analyzeWorkbook({ sheets: [seedWithProgress('এপিএ ২০২৪-২৫', '001', [SECTION3_001, EGOV_001])] });
  const s3 = a.tables.find((t) => t.kind === 'performance-plan')!;
  const eg = a.tables.find((t) => t.kind === 'e-governance-plan')!;

  it('reports every table of the document, text tables without figures', () => {
    expect(a.tables.map((t) => t.kind)).toEqual([
      'outcomes', 'performance-plan', 'acronyms', 'evidence', 'linked-indicators',
      'integrity-plan', 'e-governance-plan', 'grievance-plan', 'citizen-charter-plan', 'rti-plan',
    ]);
    expect(a.tables[0]).toMatchObject({ rows: [], total: null, max: null, net: null });
  });

  it('scores the e-governance annex 29.5 of 50 → net 5.9', () => {
    expect(eg.total).toBe(29.5);
    expect(eg.max).toBe(50);
    expect(eg.net).toBe(5.9);
  });

  it('scores Section 3, the e-governance row taking the annex net', () => {
    expect(s3.rows.map((r) => [r.row, r.indicator, r.computed])).toEqual([
      [124, '[১.১.১]', 20],
      [125, '[১.২.১]', 4.375],
      [126, '[২.১.১]', 25],
      [127, '[৩.১.১]', 10],
      [128, '[৪.১.১]', 9],
      // the seed's integrity plan already records ১.৪ done twice: 1 of its 10 marks → net 1
      [135, '[১.১.১]', 1],
      [136, '[১.২.১]', 5.9],
      // annexes with no progress columns net 0: no achievement is 0 marks
      [137, '[১.৩.১]', 0],
      [138, '[১.৪.১]', 0],
      [139, '[১.৫.১]', 0],
    ]);
    expect(s3.max).toBe(100);
    expect(s3.total).toBe(75.275);
  });

  it('finds the two clerk errors typed into Section 3 and the weight gap in the real grievance plan', () => {
    const errors = a.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.cell])).toEqual([
      ['claimed-mismatch', 'V125'],
      ['total-mismatch', 'U126'],
    ]);
    // the message names the indicator and says what to write where (the figures are the planted ones)
    expect(errors[1].message).toBe(
      'সূচক [২.১.১] আই.সি.টি প্রশিক্ষিত শিক্ষক: মোট অর্জন ২৩০, ত্রৈমাসিক অর্জনের যোগফল ২৪০: U126-এ ২৪০ লিখুন, অথবা ত্রৈমাসিক অর্জন ঠিক করুন / ' +
        'Indicator [2.1.1] আই.সি.টি প্রশিক্ষিত শিক্ষক: Total 230, quarters add up to 240: write 240 in U126, or correct the quarters',
    );
    expect(errors[1].indicator).toBe('[২.১.১]');
    // seed 001's grievance area প্রাতিষ্ঠানিক weighs ২০ but its indicators state 15
    const warnings = a.findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => [f.rule, f.cell])).toEqual([['weight-sum', 'B247']]);
  });

  it('fills the blank claims with something reported, in Bengali digits', () => {
    expect(a.fills.map((f) => [f.cell, f.value])).toEqual([
      ['V124', '২০'],
      ['V128', '৯'],
      ['V135', '১'],
      ['V136', '৫.৯'],
      // integrity ১.৪ (target row 215): its marks cell was left blank
      ['N215', '১'],
    ]);
  });
});

describe('seed 004 as written (a plan, no progress yet)', () => {
  const a = analyzeWorkbook({ sheets: [seedSheet('APA', '004')] });

  it('finds the unit cell holding a number and nothing it cannot back up', () => {
    expect(a.findings.map((f) => [f.rule, f.cell, f.severity])).toEqual([['unit-unknown', 'F150', 'warning']]);
    expect(a.fills).toEqual([]);
  });

  it('keeps the maximum at 100 over the five page-broken blocks of Section 3', () => {
    const s3 = a.tables.filter((t) => t.kind === 'performance-plan');
    expect(s3.reduce((s, t) => s + (t.max ?? 0), 0)).toBe(100);
  });
});
