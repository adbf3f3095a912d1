import { headerKey, headerPercent, isYearLabel } from './headerKey';
import { normalizeText } from './normalizeText';

describe('headerKey', () => {
  it('drops years and year ranges written in headers', () => {
    expect(headerKey('প্রকৃত অর্জন* ২০২৩-২৪')).toBe('প্রকৃত অর্জন');
    expect(headerKey('লক্ষ্যমাত্রা/নির্ণায়ক ২০২৪-২৫')).toBe('লক্ষ্যমাত্রা নির্ণায়ক');
    expect(headerKey('২০২৪-২০২৫ অর্থবছরের লক্ষ্যমাত্রা')).toBe('অর্থবছরের লক্ষ্যমাত্রা');
    expect(headerKey('Actual Achievement 2022-23')).toBe('actual achievement');
  });
  it('drops percentages next to tier names', () => {
    expect(headerKey('অসাধারণ ১০০%')).toBe('অসাধারণ');
    expect(headerKey('চলতি মানের নিম্নে ৬০%')).toBe('চলতি মানের নিম্নে');
  });
  it('keeps ordinals and plain numbers that are not years', () => {
    expect(headerKey('১ম কোয়ার্টার')).toBe('1ম কোয়ার্টার');
    expect(headerKey('সংযোজনী ৪')).toBe('সংযোজনি 4');
  });
});

describe('year and percent labels', () => {
  it('recognises a cell that only holds a year range', () => {
    expect(isYearLabel(normalizeText('২০২৫-২০২৬'))).toBe(true);
    expect(isYearLabel(normalizeText('2024-25'))).toBe(true);
    expect(isYearLabel(normalizeText('প্রক্ষেপণ ২০২৫-২০২৬'))).toBe(false);
    expect(isYearLabel(normalizeText('১২'))).toBe(false);
  });
  it('reads a cell that only holds a percentage', () => {
    expect(headerPercent(normalizeText('৯০%'))).toBe(90);
    expect(headerPercent(normalizeText('100 %'))).toBe(100);
    expect(headerPercent(normalizeText('অসাধারণ ১০০%'))).toBeNull();
  });
});
