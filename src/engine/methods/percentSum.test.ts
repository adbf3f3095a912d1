import type { Reading } from '../values/types';
import { isPercentSum, percentSumFigure } from './percentSum';

const pct = (value: number): Reading => ({ kind: 'number', value, percent: true });
const num = (value: number): Reading => ({ kind: 'number', value, percent: false });
const BLANK: Reading = { kind: 'blank' };

describe('isPercentSum: a stated sum over percentages', () => {
  it('holds for a % row, whatever the quarters are written as, and never for another method', () => {
    expect(isPercentSum('sum', 'percent', [num(90), num(80)])).toBe(true);
    expect(isPercentSum('average', 'percent', [pct(90)])).toBe(false);
    expect(isPercentSum('cumulative', 'percent', [pct(90)])).toBe(false);
  });

  it('holds in a row without a unit only when every reported quarter is written as a percentage', () => {
    expect(isPercentSum('sum', null, [pct(90), BLANK, pct(80)])).toBe(true);
    expect(isPercentSum('sum', null, [pct(90), num(80)])).toBe(false);
    expect(isPercentSum('sum', null, [BLANK, BLANK])).toBe(false);
    expect(isPercentSum('sum', 'count', [num(1), num(2)])).toBe(false);
  });
});

describe('percentSumFigure', () => {
  it('averages: four quarters of 90% are 90%, not 360%', () => {
    expect(percentSumFigure([pct(90), pct(90), pct(90), pct(90)], null)).toEqual(pct(90));
    expect(percentSumFigure([pct(90), pct(90), pct(90), pct(90)], pct(90))).toEqual(pct(90));
    expect(percentSumFigure([pct(80), BLANK, pct(90), BLANK], null)).toEqual(pct(85));
  });

  it('takes the sum a stated total names when it is at most 100% (shares of the year\'s work)', () => {
    expect(percentSumFigure([pct(25), pct(25), pct(25), pct(25)], pct(100))).toEqual(pct(100));
    // 60 + 70 + 80 + 90 = 300 > 100 is no share: the average stands and the total is judged against it
    expect(percentSumFigure([pct(60), pct(70), pct(80), pct(90)], pct(300))).toEqual(pct(75));
  });

  it('takes the latest quarter a stated total names when the quarters never fall (running percentages)', () => {
    expect(percentSumFigure([pct(30), pct(55), pct(80), pct(100)], pct(100))).toEqual(pct(100));
    // falling quarters are no running figure: 100 then 80 → the average 90
    expect(percentSumFigure([pct(100), pct(80)], pct(80))).toEqual(pct(90));
  });

  it('keeps the average when the stated figure matches none of them', () => {
    expect(percentSumFigure([pct(80), pct(90)], pct(95))).toEqual(pct(85));
  });
});
