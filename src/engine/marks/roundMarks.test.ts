import { roundMarks } from './roundMarks';

describe('roundMarks at the extremes', () => {
  it('does not push huge figures up a step, and leaves unroundable ones alone', () => {
    expect(roundMarks(49992504)).toBe(49992504);
    expect(roundMarks(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(roundMarks(5.8999999999999995)).toBe(5.9);
  });
});
