import type { Analysis, Finding } from '../engine/report/types';
import { findingText, readableReport } from './readableReport';

function finding(sheet: string, cell: string, rule: Finding['rule'], severity: Finding['severity'], bn: string, en: string): Finding {
  const row = Number(/\d+$/.exec(cell)![0]);
  return { sheet, cell, row, rule, severity, message: `${bn} / ${en}`, messages: { bn, en } };
}

const analysis: Analysis = {
  tables: [
    { sheet: 'সেকশন ৩', kind: 'performance-plan', range: 'A4:V22', rows: [], total: 94.879, max: 100, net: null },
    { sheet: 'ই-গভর্ন্যান্স', kind: 'e-governance-plan', range: 'A4:Q16', rows: [], total: 43.9, max: 50, net: 8.78 },
    { sheet: 'সংযোজনী ১', kind: 'acronyms', range: 'A3:C10', rows: [], total: null, max: null, net: null },
  ],
  findings: [
    finding('সেকশন ৩', 'F44', 'unit-unknown', 'warning', 'একক "২১০" চেনা যায়নি', 'unit "210" not recognised'),
    finding('সেকশন ৩', 'U42', 'total-mismatch', 'error', 'মোট অর্জন ২৫০, ত্রৈমাসিক অর্জনের যোগফল ২৪০', 'Total 250, quarters add up to 240'),
    finding('ই-গভর্ন্যান্স', 'Q7', 'claimed-mismatch', 'error', 'দাবীকৃত ৯, হিসাবে ৮', 'claimed 9, computed 8'),
  ],
  fills: [{ sheet: 'সেকশন ৩', cell: 'V10', row: 9, col: 21, marks: 4.375, value: '৪.৩৭৫' }],
};

describe('readableReport', () => {
  test('Bengali by default: tables with kind, range, total, max, net in Bengali digits', () => {
    const text = readableReport('office.xlsx', analysis, 'bn');
    expect(text).toContain('শিট "সেকশন ৩" A4:V22: সেকশন ৩: কর্মসম্পাদন পরিকল্পনা (performance-plan) — মোট ৯৪.৮৭৯, সর্বোচ্চ ১০০');
    expect(text).toContain('মোট ৪৩.৯, সর্বোচ্চ ৫০, নীট ৮.৭৮');
    expect(text).toContain('(acronyms)\n');
  });
  test('findings grouped per sheet, errors first, each with cell, row and the chosen language only', () => {
    const lines = readableReport('office.xlsx', analysis, 'bn').split('\n');
    const i = lines.indexOf('  শিট "সেকশন ৩":');
    expect(lines[i + 1]).toBe('    ✗ ত্রুটি U42 (সারি ৪২) [total-mismatch]: মোট অর্জন ২৫০, ত্রৈমাসিক অর্জনের যোগফল ২৪০');
    expect(lines[i + 2]).toBe('    ! সতর্কতা F44 (সারি ৪৪) [unit-unknown]: একক "২১০" চেনা যায়নি');
    expect(lines[i + 3]).toBe('  শিট "ই-গভর্ন্যান্স":');
    expect(lines.join('\n')).not.toContain('quarters add up');
  });
  test('a closing summary line', () => {
    const text = readableReport('office.xlsx', analysis, 'bn');
    expect(text.trimEnd().split('\n').pop()).toBe('সারসংক্ষেপ: ৩টি সারণি, ২টি ত্রুটি, ১টি সতর্কতা, ১টি খালি দাবীকৃত নম্বরের ঘর পূরণযোগ্য');
  });
  test('English on request', () => {
    const text = readableReport('office.xlsx', analysis, 'en');
    expect(text).toContain('sheet "ই-গভর্ন্যান্স" A4:Q16: Annex 5: E-governance and innovation plan (e-governance-plan) — total 43.9, max 50, net 8.78');
    expect(text).toContain('    ✗ error U42 (row 42) [total-mismatch]: Total 250, quarters add up to 240');
    expect(text.trimEnd().split('\n').pop()).toBe('Summary: 3 tables, 2 errors, 1 warning, 1 blank claimed-marks cell can be filled');
  });
  test('findingText falls back to splitting "বাংলা / English"', () => {
    const f = { ...analysis.findings[0], messages: undefined as unknown as Finding['messages'] };
    expect(findingText(f, 'en')).toBe('unit "210" not recognised');
    expect(findingText(f, 'bn')).toBe('একক "২১০" চেনা যায়নি');
  });
});
