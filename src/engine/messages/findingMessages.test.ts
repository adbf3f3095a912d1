import {
  claimedMismatchMessage,
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
});
