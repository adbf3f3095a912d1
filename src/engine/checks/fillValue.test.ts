import { fillMarks, fillValue } from './fillValue';

describe('fill values', () => {
  it('write at most two decimals, trailing zeros dropped, in the table digit style', () => {
    expect(fillValue(4.375, true)).toBe('৪.৩৮');
    expect(fillValue(20, true)).toBe('২০');
    expect(fillValue(1.5, true)).toBe('১.৫');
    expect(fillValue(5.8999999999, true)).toBe('৫.৯');
    expect(fillValue(4.375, false)).toBe(4.38);
    expect(fillValue(0, false)).toBe(0);
  });
  it('round marks like a clerk (half up), without float noise', () => {
    expect(fillMarks(1.005)).toBe(1.01);
    expect(fillMarks(2.675)).toBe(2.68);
    expect(fillMarks(-0)).toBe(0);
  });
});
