import { formatCount, formatMarks } from './formatNumber';

describe('formatMarks', () => {
  it('writes the worked examples of the rules in Bengali digits', () => {
    expect(formatMarks(4.375, 'bn')).toBe('৪.৩৭৫');
    expect(formatMarks(5.9, 'bn')).toBe('৫.৯');
    expect(formatMarks(81.375, 'en')).toBe('81.375');
    // Four decimals, as the engine rounds marks: the table and the why line show the same figure.
    expect(formatMarks(0.2148, 'bn')).toBe('০.২১৪৮');
  });
  it('hides float noise and trailing zeros', () => {
    expect(formatMarks(0.1 + 0.2, 'en')).toBe('0.3');
    expect(formatMarks(29.499999999, 'bn')).toBe('২৯.৫');
    expect(formatMarks(12, 'bn')).toBe('১২');
  });
  it('shows a dash, never zero, for a row that is not scored', () => {
    expect(formatMarks(null, 'bn')).toBe('—');
    expect(formatMarks(undefined, 'en')).toBe('—');
    expect(formatMarks(Number.NaN, 'en')).toBe('—');
  });
  it('never prints a negative zero', () => {
    expect(formatMarks(-0.00001, 'en')).toBe('0');
  });
});

describe('formatCount', () => {
  it('uses Bengali digits only in the Bengali view', () => {
    expect(formatCount(17, 'bn')).toBe('১৭');
    expect(formatCount(17, 'en')).toBe('17');
  });
});
