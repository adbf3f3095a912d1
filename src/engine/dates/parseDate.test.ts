import { parseDate } from './parseDate';
import { serialFromYMD } from './serial';
import { formatDateBn } from './formatDate';

const d = serialFromYMD;

describe('parseDate (always day-month-year)', () => {
  it.each([
    ['২৭-১২-২০২৩', d(2023, 12, 27)],
    ['৩১/০৭/২৩', d(2023, 7, 31)],
    ['৩১/০৭/২০২৪', d(2024, 7, 31)],
    ['১২.১২.২৪', d(2024, 12, 12)],
    ['১৬-০৩- ২০২৪', d(2024, 3, 16)],
    ['৩১/০৭/ ২৩', d(2023, 7, 31)],
    ['০৯/০৩/২৫', d(2025, 3, 9)],
    ['01/02/2024', d(2024, 2, 1)], // 1 February, never 2 January
    ['১৫-১০-২০২৪', d(2024, 10, 15)],
    ['৩১ জুলাই, ২০২৩', d(2023, 7, 31)],
    ['৩১শে জুলাই ২০২৩', d(2023, 7, 31)],
    ['১লা জানুয়ারী ২০২৫', d(2025, 1, 1)],
    ['১ জানুয়ারি ২০২৫', d(2025, 1, 1)],
    ['৫ আগষ্ট ২০২৪', d(2024, 8, 5)],
    ['৫ আগস্ট ২০২৪', d(2024, 8, 5)],
    ['১০ ফেব্রুয়ারী ২৫', d(2025, 2, 10)],
    ['৩০ সেপ্টেম্বর ২০২৪', d(2024, 9, 30)],
    ['১ মে ২০২৫', d(2025, 5, 1)],
    ['জুলাই ১, ২০২৪', d(2024, 7, 1)],
    ['31 July 2023', d(2023, 7, 31)],
    ['31-Jul-23', d(2023, 7, 31)],
    ['Sept 5, 2024', d(2024, 9, 5)],
    ['2024-07-31', d(2024, 7, 31)],
    ['<b>৩১/০৭/২৪</b>', d(2024, 7, 31)],
    ['২৮-০৩- ২৪ ৩য় শ্রেষ্ঠ নির্বাচিত', d(2024, 3, 28)],
    ['সম্পন্ন: ১৫/০৯/২৪', d(2024, 9, 15)],
    // day and month joined, the year after a space
    ['৩১-৭ ২০২৩', d(2023, 7, 31)],
    ['৩১/০৭ ২০২৩', d(2023, 7, 31)],
    ['১.১২ ২০২৪', d(2024, 12, 1)],
    ['৩১-৭ ২৩', d(2023, 7, 31)],
    ['31-7  2023', d(2023, 7, 31)],
    ['সম্পন্ন ৫-১১ ২০২৪', d(2024, 11, 5)],
  ])('%s', (text, serial) => {
    expect(parseDate(text)).toBe(serial);
  });

  it('handles য় written as য + nukta', () => {
    expect(parseDate('১০ জানু\u09AF\u09BCারি ২০২৫')).toBe(d(2025, 1, 10));
  });

  it.each([
    '৩১/০২/২০২৪', // impossible day
    '১৩/১৩/২০২৪',
    '৩১/০৭', // no year
    '১২.০০',
    '২৪০',
    '১ ও ৩১/০৭/ ২৩', // a count and a date
    '১০/০৭/২৪, ১৫/০৮/২৪', // two achievements
    '৩১ জুলাই',
    '৩১ জুলুম ২০২৪',
    'প্রযোজ্য নয়',
    '',
    '১৫-২০ ৩০', // a range and a number, not a date
    '১-২ ২৪জন', // a year glued to a word is no year
    '৩২-৭ ২০২৩', // the spaced form only ever names a real day
  ])('rejects %p', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe('formatDateBn', () => {
  it('writes dd/mm/yyyy in Bengali digits', () => {
    expect(formatDateBn(d(2024, 7, 31))).toBe('৩১/০৭/২০২৪');
    expect(formatDateBn(d(2025, 1, 5) + 0.5)).toBe('০৫/০১/২০২৫');
    expect(formatDateBn(NaN)).toBe('');
  });

  it('round-trips with parseDate', () => {
    for (let s = d(2024, 1, 1); s < d(2025, 12, 31); s += 17) expect(parseDate(formatDateBn(s))).toBe(s);
  });
});
