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

describe('readableReport: the office score, the tier rule, fills written, inert text', () => {
  const score = { own: 67.125, ownMax: 70, governance: 27.754, governanceMax: 30, total: 94.879, max: 100, basis: 'rows' as const };
  const scored: Analysis = { ...analysis, office: 'উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া, নাটোর', offices: [{ sheet: 'সেকশন ৩', range: 'A4:V22', score }], score };

  test('own x/70 + governance y/30 = total/100, with the office named', () => {
    const lines = readableReport('office.xlsx', scored, 'bn', undefined, { tiers: 'interpolate' }).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'ফাইল: office.xlsx',
      'অফিস: উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া, নাটোর',
      'অফিসের নম্বর: নিজস্ব ৬৭.১২৫/৭০ + সুশাসন ২৭.৭৫৪/৩০ = ৯৪.৮৭৯/১০০',
      'দুই স্তরের মাঝের অর্জনে নম্বর: আনুপাতিক (--tiers interpolate)',
    ]);
  });
  test('governance from the annex nets says so; several offices each get a line naming their sheet', () => {
    const nets = { ...score, basis: 'annex-nets' as const };
    const a: Analysis = { ...scored, offices: [{ sheet: 'সেকশন ৩', range: 'A4:V22', score: nets }, { sheet: 'মনিটরিং', range: 'A3:V40', score: { ...nets, own: 50, total: 77.754 } }], score: null };
    const text = readableReport('office.xlsx', a, 'en', undefined, { tiers: 'step' });
    expect(text).toContain('Office\'s score (sheet "সেকশন ৩" A4:V22): own 67.125/70 + governance 27.754/30 = 94.879/100 (governance from the annex nets)\n');
    expect(text).toContain('Office\'s score (sheet "মনিটরিং" A3:V40): own 50/70 + governance 27.754/30 = 77.754/100');
    expect(text).toContain("Marks between two tiers: the lower tier's step (--tiers step)");
  });
  test('annexes alone: the governance part only', () => {
    const g = { own: null, ownMax: null, governance: 21.5, governanceMax: 30, total: 21.5, max: 30, basis: 'annex-nets' as const };
    const text = readableReport('annex.xlsx', { ...analysis, offices: [{ sheet: 'ই-গভর্ন্যান্স', range: null, score: g }], score: g }, 'bn');
    expect(text).toContain('অফিসের নম্বর: সুশাসন ২১.৫/৩০ (সুশাসন সংযোজনীগুলোর নীট থেকে)\n');
  });
  test('nothing scored (an action plan): "no scored table", never "no errors or warnings"', () => {
    const plan: Analysis = { tables: [{ sheet: 'কর্মপরিকল্পনা', kind: 'action-plan', range: 'A3:F20', rows: [], total: null, max: null, net: null }], findings: [], fills: [], offices: [], score: null };
    for (const lang of ['bn', 'en'] as const) {
      const text = readableReport('plan.xlsx', plan, lang);
      expect(text).toContain(lang === 'bn' ? 'অফিসের নম্বর: কোনো নম্বরযুক্ত সারণি নেই' : "Office's score: no scored table");
      expect(text).toContain(lang === 'bn' ? '  কোনো নম্বরযুক্ত সারণি নেই: নম্বর হিসাব বা যাচাই করার কিছু পাওয়া যায়নি' : '  no scored table: nothing to score or check');
      expect(text).not.toContain(lang === 'bn' ? 'কোনো ত্রুটি বা সতর্কতা নেই' : 'no errors or warnings');
    }
  });
  test('after --fill the summary says how many cells were written', () => {
    expect(readableReport('office.xlsx', scored, 'bn', undefined, { filled: 1 }).trimEnd().split('\n').pop()).toBe('সারসংক্ষেপ: ৩টি সারণি, ২টি ত্রুটি, ১টি সতর্কতা, ১টি দাবীকৃত নম্বরের ঘর পূরণ করা হয়েছে');
    expect(readableReport('office.xlsx', scored, 'en', undefined, { filled: 0 }).trimEnd().split('\n').pop()).toBe('Summary: 3 tables, 2 errors, 1 warning, 0 claimed-marks cells written');
  });
  test('cell text quoted in a finding, a sheet name and the file name cannot send control sequences', () => {
    const evil = finding('সেকশন\u001b[2J ৩', 'V11', 'bad-value', 'error', 'দাবীকৃত নম্বর "\u001b]0;x\u0007\u009b2J\u202e৯" পড়া যায়নি', 'claimed "\u001b]0;x\u0007" unreadable');
    const text = readableReport('a\u001b[31m.xlsx', { ...analysis, findings: [evil] }, 'bn');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(text).toContain('ফাইল: a\\x1b[31m.xlsx');
    expect(text).toContain('শিট "সেকশন\\x1b[2J ৩":');
    expect(text).toContain('দাবীকৃত নম্বর "\\x1b]0;x\\x07\\x9b2J<U+202E>৯" পড়া যায়নি');
  });
});
