import { parseNumber } from '../numerals/parseNumber';
import { tierPercent } from './tierPercent';

/** Tiers as written in the seeds' Section 3 and annexes, Bengali digits, "-" for blank. */
const tiers = (...cells: string[]): (number | null)[] => cells.map((c) => parseNumber(c));

describe('tierPercent (falling tiers: higher is better)', () => {
  const t = tiers('৮০০', '৭২০', '৬৪০', '৫৬০', '৪৮০');

  it('interpolates between two tiers: 700 of 800/720/640/560/480 → 87.5%', () => {
    expect(tierPercent(700, t, 'interpolate')).toBeCloseTo(0.875, 12);
    expect(tierPercent(700, t)).toBeCloseTo(0.875, 12); // interpolation is the default
  });

  it('gives the tier reached under the step rule', () => {
    expect(tierPercent(700, t, 'step')).toBe(0.8);
    expect(tierPercent(719.99, t, 'step')).toBe(0.8);
  });

  it('gives exactly the tier percent on a tier, under both rules', () => {
    for (const [v, p] of [[800, 1], [720, 0.9], [640, 0.8], [560, 0.7], [480, 0.6]] as const) {
      expect(tierPercent(v, t, 'interpolate')).toBeCloseTo(p, 12);
      expect(tierPercent(v, t, 'step')).toBe(p);
    }
  });

  it('caps at 100% beyond the best tier and gives 0 below the last', () => {
    expect(tierPercent(950, t)).toBe(1);
    expect(tierPercent(479, t)).toBe(0);
    expect(tierPercent(0, t)).toBe(0);
  });

  it('scores seed 001 [২.১.১] (tiers ২৪০/২১৬/১৯২/১৬৮/১৪৪): 200 trained teachers → 83.33%', () => {
    const s = tiers('২৪০', '২১৬', '১৯২', '১৬৮', '১৪৪');
    expect(tierPercent(200, s)).toBeCloseTo(0.8 + (8 / 24) * 0.1, 12);
    expect(tierPercent(216, s) * 25).toBeCloseTo(22.5, 12);
  });

  it('skips a blank last tier (seed 001 e-governance ৪/৩/২/১/-)', () => {
    const s = tiers('৪', '৩', '২', '১', '-');
    expect(tierPercent(4, s)).toBe(1);
    expect(tierPercent(2.5, s)).toBeCloseTo(0.85, 12);
    expect(tierPercent(1, s)).toBeCloseTo(0.7, 12);
    expect(tierPercent(0, s)).toBe(0); // worse than the last GIVEN tier
  });

  it('skips a blank middle tier and interpolates across the gap', () => {
    const s = [100, null, 80, 70, 60];
    expect(tierPercent(90, s)).toBeCloseTo(0.9, 12); // halfway between 100% and 80%
    expect(tierPercent(90, s, 'step')).toBe(0.8);
  });

  it('starts at the best GIVEN tier when the 100% tier is blank (seed 001 grievance row)', () => {
    const s = [null, 5, 4, 3, 2];
    expect(tierPercent(6, s)).toBe(0.9);
    expect(tierPercent(5, s)).toBe(0.9);
  });

  it('handles percent tiers ১০০%…৬০% on the percent scale', () => {
    const s = [100, 90, 80, 70, 60];
    expect(tierPercent(85, s)).toBeCloseTo(0.85, 12);
    expect(tierPercent(97, s)).toBeCloseTo(0.97, 12);
  });

  it('gives equal tiers the better percent', () => {
    const s = [4, 4, 3, 2, 1];
    expect(tierPercent(4, s)).toBe(1);
    expect(tierPercent(3.5, s)).toBeCloseTo(0.85, 12);
  });
});

describe('tierPercent (rising tiers: lower is better, e.g. days)', () => {
  const days = [15, 20, 25, 30, 35];
  it('reads the direction from the order', () => {
    expect(tierPercent(10, days)).toBe(1);
    expect(tierPercent(15, days)).toBe(1);
    expect(tierPercent(17.5, days)).toBeCloseTo(0.95, 12);
    expect(tierPercent(17.5, days, 'step')).toBe(0.9);
    expect(tierPercent(35, days)).toBeCloseTo(0.6, 12);
    expect(tierPercent(36, days)).toBe(0);
  });

  it('lets the caller say which way a single tier runs', () => {
    expect(tierPercent(10, [15, null, null, null, null])).toBe(0); // default: higher is better
    expect(tierPercent(10, [15, null, null, null, null], 'interpolate', 'rising')).toBe(1);
  });
});

describe('tierPercent never throws', () => {
  it('on empty or odd tiers', () => {
    expect(tierPercent(5, [])).toBe(0);
    expect(tierPercent(5, [null, null])).toBe(0);
    expect(tierPercent(NaN, [1, 2])).toBe(0);
    expect(tierPercent(5, [NaN, 4, Infinity, 2, 1])).toBe(0.9);
  });
});
