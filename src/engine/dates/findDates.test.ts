import { findDates } from './findDates';
import { impossibleDateReason } from './impossibleDate';
import { serialFromYMD } from './serial';

const d = serialFromYMD;

describe('findDates', () => {
  it('finds every date of a count-and-date cell, the spaced form among them', () => {
    const { dates } = findDates('৪ ও ৩১-৭ ২০২৩ ৩১-১০ ২০২৩ ৩১/০১/২০২৪');
    expect(dates.map((m) => m.serial)).toEqual([d(2023, 7, 31), d(2023, 10, 31), d(2024, 1, 31)]);
  });

  it('keeps the full numeric date when a spaced date could start inside it', () => {
    // "১১/১২ ২৪" inside "১০/১১/১২ ২৪" is not a date of its own
    const { dates } = findDates('১০/১১/১২ ২৪');
    expect(dates.map((m) => m.serial)).toEqual([d(2012, 11, 10)]);
  });

  it('does not read the next date\'s day as a year', () => {
    const { dates } = findDates('৩১/০৭ ১৫/১০/২৪');
    expect(dates.map((m) => m.serial)).toEqual([d(2024, 10, 15)]);
  });

  it('marks an impossible date among real ones, with the day, month and year it says', () => {
    const { plain, dates } = findDates('৪ ও ৩১/০৭/২০২৩ ৩১/১০/২০২৩ ৩১/০১/২০২৪ ৩১/০৪/২০২৪');
    expect(dates.map((m) => m.serial)).toEqual([d(2023, 7, 31), d(2023, 10, 31), d(2024, 1, 31), null]);
    const bad = dates[3];
    expect([bad.d, bad.m, bad.y]).toEqual([31, 4, 2024]);
    expect(plain.slice(bad.start, bad.end)).toBe('31/04/2024');
  });
});

describe('impossibleDateReason names exactly the date and why', () => {
  it('a day past the month\'s end', () => {
    expect(impossibleDateReason('31/04/2024', 2024, 4, 31)).toEqual({
      bn: '৩১/০৪/২০২৪ তারিখটি হয় না: এপ্রিল ৩০ দিনের',
      en: '31/04/2024 is not a date: April has 30 days',
    });
  });
  it('February, with its year', () => {
    expect(impossibleDateReason('২৯/০২/২৩', 2023, 2, 29).en).toBe('29/02/23 is not a date: February 2023 has 28 days');
    expect(impossibleDateReason('৩০/০২/২৪', 2024, 2, 30).bn).toBe('৩০/০২/২৪ তারিখটি হয় না: ২০২৪ সালের ফেব্রুয়ারি ২৯ দিনের');
  });
  it('a month or day that does not exist', () => {
    expect(impossibleDateReason('12/31/2024', 2024, 31, 12).en).toBe('12/31/2024 is not a date: there is no month 31 (dates are read day/month/year)');
    expect(impossibleDateReason('00/05/2024', 2024, 5, 0).en).toBe('00/05/2024 is not a date: there is no day 0');
  });
});
