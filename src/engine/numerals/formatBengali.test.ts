import { formatBengali } from './formatBengali';
import { parseNumber } from './parseNumber';

describe('formatBengali', () => {
  it.each([
    [4.375, undefined, '৪.৩৭৫'],
    [12, undefined, '১২'],
    [1.5, undefined, '১.৫'],
    [0.1 + 0.2, undefined, '০.৩'],
    [5.8999999999999995, undefined, '৫.৯'],
    [12, 2, '১২.০০'],
    [4.375, 2, '৪.৩৮'],
    [-2.5, undefined, '-২.৫'],
    [-0.0001, 2, '০.০০'],
    [1e21, undefined, '১' + '০'.repeat(21)],
  ])('%p (decimals %p) → %s', (n, d, expected) => {
    expect(formatBengali(n, d)).toBe(expected);
  });

  it('gives empty text for non-finite numbers', () => {
    expect(formatBengali(NaN)).toBe('');
    expect(formatBengali(Infinity)).toBe('');
  });

  it('round-trips through parseNumber', () => {
    for (const n of [0, 0.5, 1.5, 4.375, 29.5, 240, 1234.5678, -7.25]) {
      expect(parseNumber(formatBengali(n))).toBe(n);
    }
  });
});
