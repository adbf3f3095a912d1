import { netMarks } from './netMarks';
import { roundMarks } from './roundMarks';

describe('netMarks', () => {
  it('e-governance 29.5 of 50 → 29.5 ÷ 50 × 10 = 5.9', () => {
    expect(netMarks(29.5, 50, 10)).toBe(5.9);
  });
  it('converts other annexes to their Section 3 weights', () => {
    expect(netMarks(25, 25, 4)).toBe(4);
    expect(netMarks(17, 20, 3)).toBe(2.55);
    expect(netMarks(0, 50, 10)).toBe(0);
  });
  it('is null when it cannot be formed', () => {
    expect(netMarks(10, 0, 10)).toBeNull();
    expect(netMarks(NaN, 50, 10)).toBeNull();
    expect(netMarks(10, 50, Infinity)).toBeNull();
  });
});

describe('roundMarks', () => {
  it('keeps four decimals and kills float noise', () => {
    expect(roundMarks(5.8999999999999995)).toBe(5.9);
    expect(roundMarks(4.375)).toBe(4.375);
    expect(roundMarks(0.1 + 0.2)).toBe(0.3);
    expect(roundMarks(2 / 3)).toBe(0.6667);
    expect(roundMarks(1.00005)).toBe(1.0001);
    expect(roundMarks(-1.00005)).toBe(-1.0001);
    expect(Object.is(roundMarks(-0.00001), 0)).toBe(true);
    expect(roundMarks(Infinity)).toBe(Infinity);
  });
});

describe('netMarks with a denormal maximum', () => {
  it('is null rather than Infinity', () => {
    expect(netMarks(29.5, 5e-324, 10)).toBeNull();
  });
});
