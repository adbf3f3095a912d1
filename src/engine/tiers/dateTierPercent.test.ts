import { parseDate } from '../dates/parseDate';
import { dateTierPercent } from './dateTierPercent';

/** Seed 001 annex 5 [৪.১.১]: ৩১/০৮/২৪ ০৮/০৯/২৪ ১৫/০৯/২৪ ২২/০৯/২৪ ২৯/০৯/২৪. */
const tiers = ['৩১/০৮/২৪', '০৮/০৯/২৪', '১৫/০৯/২৪', '২২/০৯/২৪', '২৯/০৯/২৪'].map(parseDate);
const day = (text: string) => parseDate(text)!;

describe('dateTierPercent (steps)', () => {
  it('earns the best tier whose date is on or after the achievement', () => {
    expect(dateTierPercent(day('২০/০৮/২৪'), tiers)).toBe(1);
    expect(dateTierPercent(day('৩১/০৮/২৪'), tiers)).toBe(1);
    expect(dateTierPercent(day('০১/০৯/২৪'), tiers)).toBe(0.9);
    expect(dateTierPercent(day('১৫/০৯/২৪'), tiers)).toBe(0.8);
    expect(dateTierPercent(day('২৯/০৯/২৪'), tiers)).toBe(0.6);
  });

  it('gives 0 when later than every tier', () => {
    expect(dateTierPercent(day('৩০/০৯/২৪'), tiers)).toBe(0);
  });

  it('skips blank tiers and ignores the time of day', () => {
    const t = [day('৩১/০৭/২৪'), null, null, day('১৫/০৮/২৪'), null];
    expect(dateTierPercent(day('০১/০৮/২৪'), t)).toBe(0.7);
    expect(dateTierPercent(day('৩১/০৭/২৪') + 0.9, t)).toBe(1);
  });
});
