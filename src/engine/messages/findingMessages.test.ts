import { readCell } from '../values/readCell';
import {
  badValueMessage,
  cellValueMessage,
  claimedMismatchMessage,
  claimedOverWeightMessage,
  halfYearMismatchMessage,
  namedMessage,
  quarterTargetsMismatchMessage,
  tierOrderMessage,
  unitUnknownMessage,
  governanceNetMismatchMessage,
  netMismatchMessage,
  totalMismatchMessage,
  weightSumMessage,
} from './findingMessages';

describe('finding messages', () => {
  it('speak as the report contract shows', () => {
    expect(totalMismatchMessage(182, 192, 'sum', false)).toEqual({
      bn: 'মোট অর্জন ১৮২, ত্রৈমাসিক অর্জনের যোগফল ১৯২',
      en: 'Total 182, quarters add up to 192',
    });
  });
  it('name the figures a clerk needs to fix the cell', () => {
    expect(claimedMismatchMessage(4.5, 4.375).bn).toBe('দাবীকৃত নম্বর ৪.৫, হিসাব অনুযায়ী প্রাপ্য ৪.৩৭৫');
    expect(netMismatchMessage(6, 29.5, 50, 10, 5.9).en).toBe('Net 6 stated, computed 29.5 ÷ 50 × 10 = 5.9');
    expect(governanceNetMismatchMessage(6, 'e-governance-plan', 5.9).bn).toContain('ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা');
    expect(weightSumMessage('own', 70, 65).bn).toBe('এপিএ স্বাক্ষরকারী অফিসের ক্ষেত্রসমূহের মানের যোগফল ৬৫, হওয়া উচিত ৭০');
  });
  it('say a date is a date', () => {
    expect(totalMismatchMessage(45504, 45505, 'date', true).en).toBe('Total 31/07/2024, the earliest quarter date is 01/08/2024');
  });
  it('never leave ASCII digits in the Bengali half', () => {
    const all = [
      totalMismatchMessage(1.25, 3, 'average', false),
      claimedMismatchMessage(10, 7.5),
      netMismatchMessage(6, 29.5, 50, 10, 5.9),
      weightSumMessage('area', 25, 20),
    ];
    for (const m of all) expect(m.bn).not.toMatch(/[0-9]/);
  });

  it('keep ASCII digits in the Bengali half only in cell addresses (Excel\'s own notation)', () => {
    const all = [
      totalMismatchMessage(1.25, 3, 'average', false, 'U10'),
      halfYearMismatchMessage(2, 3, 'sum', false, 'M8'),
      quarterTargetsMismatchMessage(4, 3, false, 'F5'),
      claimedMismatchMessage(10, 7.5, 'V12'),
      claimedOverWeightMessage(12, 10, null, 'V12'),
      tierOrderMessage([4, 2, 3, 1, null], false, 'H8:L8'),
      unitUnknownMessage('২১০', true, 'F8'),
    ];
    for (const m of all) expect(m.bn.replace(/\b[A-Z]{1,3}[0-9]+\b/g, '')).not.toMatch(/[0-9]/);
  });
});

describe('finding messages say what to write where', () => {
  it('total and half-year: the figure the quarters make, in the stated cell', () => {
    expect(totalMismatchMessage(182, 192, 'sum', false, 'U10')).toEqual({
      bn: 'মোট অর্জন ১৮২, ত্রৈমাসিক অর্জনের যোগফল ১৯২: U10-এ ১৯২ লিখুন, অথবা ত্রৈমাসিক অর্জন ঠিক করুন',
      en: 'Total 182, quarters add up to 192: write 192 in U10, or correct the quarters',
    });
    expect(totalMismatchMessage(75, 68.75, 'average', false, 'P8', true).en).toBe('Total 75, quarters average 68.75: write 68.75% in P8, or correct the quarters');
  });

  it('claimed marks: the computed marks as a fill writes them (2 decimals)', () => {
    expect(claimedMismatchMessage(5, 4.375, 'V12').en).toBe('Claimed marks 5, computed 4.375: write 4.38 in V12');
    expect(claimedOverWeightMessage(3.5, 3, null, 'V46').en).toBe('Claimed marks 3.5 exceed the indicator weight 3: write at most 3 in V46');
  });

  it('a unit clash names the unit, what belongs in the cell, and the wrong value', () => {
    const r = readCell('১০০%', null, 'count');
    expect(cellValueMessage('q3', 'S12', r, '১০০%', 'count')).toEqual({
      bn: "৩য় ত্রৈমাসিক অর্জন (S12): একক 'সংখ্যা': অর্জিত সংখ্যা লিখুন, ১০০% নয়",
      en: 'Q3 achievement (S12): unit is count: write the number achieved, not 100%',
    });
    const t = readCell('৫', null, 'date');
    expect(cellValueMessage('tier', 'H9', t, '৫', 'date')?.en).toBe('Target tier (H9): unit is date: write the target date, not 5');
  });

  it('an impossible date among real ones: exactly that date, and the count still read', () => {
    const r = readCell('৪ ও ৩১/০৭/২০২৩ ৩১/১০/২০২৩ ৩১/০১/২০২৪ ৩১/০৪/২০২৪', null, 'count-date');
    expect(cellValueMessage('target', 'F8', r, '', 'count-date')).toEqual({
      bn: 'লক্ষ্যমাত্রা (F8): ৩১/০৪/২০২৪ তারিখটি হয় না: এপ্রিল ৩০ দিনের; F8-এ সঠিক তারিখ লিখুন (সংখ্যা ৪ পড়া হয়েছে)',
      en: 'Target (F8): 31/04/2024 is not a date: April has 30 days; write the real date in F8 (the count 4 is still read)',
    });
  });

  it('quote an unreadable cell once, cut at a word boundary', () => {
    const raw = 'চলমান আছে এবং শীঘ্রই সম্পন্ন হবে বলে আশা করা যায় কারণ কাজ প্রায় শেষ';
    const r = readCell(raw, null, 'count');
    const m = cellValueMessage('q2', 'N7', r, raw, 'count')!;
    expect(m.bn.split('"').length).toBe(3); // one quotation
    expect(m.en).toMatch(/^Q2 achievement \(N7\): "চলমান আছে এবং শীঘ্রই সম্পন্ন হবে বলে আশা…" cannot be read/);
    expect(m.en).toContain('write the number achieved in N7');
    // callers without a cell still get a sentence without the quote repeated
    expect(badValueMessage('total', raw, { bn: 'ক', en: 'x' })).toEqual({ bn: 'মোট: ক; শূন্য ধরা হয়নি', en: 'Total: x; not counted as zero' });
  });

  it('name the wrong value inside a long cell, never cut', () => {
    const raw = 'সভা অনুষ্ঠিত হয়েছে এবং প্রতিবেদন উপজেলা কার্যালয়ে প্রেরণ করা হয়েছে ১৫/০৯/২০২৪ তারিখে';
    const m = cellValueMessage('q1', 'M7', readCell(raw, null, 'count'), raw, 'count')!;
    expect(m.bn).toBe("১ম ত্রৈমাসিক অর্জন (M7): একক 'সংখ্যা': অর্জিত সংখ্যা লিখুন, ১৫/০৯/২০২৪ নয়");
    expect(m.en).toBe('Q1 achievement (M7): unit is count: write the number achieved, not 15/09/2024');
  });

  it('prefix the indicator', () => {
    expect(namedMessage({ bn: '[১.২.১] ই-নথিতে নোট নিষ্পত্তি…', en: '[1.2.1] ই-নথিতে নোট নিষ্পত্তি…' }, { bn: 'ক', en: 'x' })).toEqual({
      bn: 'সূচক [১.২.১] ই-নথিতে নোট নিষ্পত্তি…: ক',
      en: 'Indicator [1.2.1] ই-নথিতে নোট নিষ্পত্তি…: x',
    });
  });
});
