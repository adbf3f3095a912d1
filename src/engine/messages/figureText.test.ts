import { dateText, numberText } from './figureText';

describe('figures inside messages', () => {
  it('writes Bengali digits in the Bengali half and drops float noise and trailing zeros', () => {
    expect(numberText(4.375)).toEqual({ bn: '৪.৩৭৫', en: '4.375' });
    expect(numberText(29.499999999)).toEqual({ bn: '২৯.৫', en: '29.5' });
    expect(numberText(182)).toEqual({ bn: '১৮২', en: '182' });
    expect(numberText(-0)).toEqual({ bn: '০', en: '0' });
  });
  it('writes date serials day-month-year', () => {
    // 45504 = 31 July 2024 in the 1900 date system
    expect(dateText(45504)).toEqual({ bn: '৩১/০৭/২০২৪', en: '31/07/2024' });
    expect(dateText(45658)).toEqual({ bn: '০১/০১/২০২৫', en: '01/01/2025' });
  });
});
