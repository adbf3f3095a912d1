import { classifyUnit } from './classifyUnit';

describe('classifyUnit', () => {
  it.each([
    ['সংখ্যা', 'count'],
    [' সংখ্যা ', 'count'],
    ['<b>সংখ্যা</b>', 'count'],
    ['Number', 'count'],
    ['No.', 'count'],
    ['%', 'percent'],
    ['শতকরা', 'percent'],
    ['হার', 'percent'],
    ['শতকরা হার', 'percent'],
    ['% (শতাংশ)', 'percent'],
    ['Percentage', 'percent'],
    ['তারিখ', 'date'],
    ['Date', 'date'],
    ['দিন', 'days'],
    ['কর্মদিবস', 'days'],
    ['Days', 'days'],
    ['প্রাপ্ত নম্বর', 'marks'],
    ['Marks', 'marks'],
    ['সংখ্যা ও তারিখ', 'count-date'],
    ['তারিখ ও সংখ্যা', 'count-date'],
    ['Number and Date', 'count-date'],
    ['Date & Number', 'count-date'],
    ['লক্ষ', 'lakh'],
    ['লক্ষ টাকা', 'lakh'],
    ['সংখ্যা (লক্ষ)', 'lakh'],
    ['Lakh', 'lakh'],
  ])('%p → %s', (text, kind) => {
    expect(classifyUnit(text)).toBe(kind);
  });

  it('reads a blank or "-" unit cell as no unit', () => {
    expect(classifyUnit(null)).toBeNull();
    expect(classifyUnit('')).toBeNull();
    expect(classifyUnit('  ')).toBeNull();
    expect(classifyUnit('-')).toBeNull();
  });

  it('calls a number in the unit cell, or a unit it does not know, unknown', () => {
    expect(classifyUnit(5)).toBe('unknown');
    expect(classifyUnit('১০')).toBe('unknown');
    expect(classifyUnit('১২.৫')).toBe('unknown');
    expect(classifyUnit('কিলোমিটার')).toBe('unknown');
    expect(classifyUnit({ error: '#REF!' })).toBe('unknown');
    expect(classifyUnit(true)).toBe('unknown');
  });
});
