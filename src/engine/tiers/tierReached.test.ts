import { readCell } from '../values/readCell';
import type { UnitKind } from '../values/types';
import { tierReached } from './tierReached';

const read = (cells: (string | number | null)[], unit: UnitKind | null = null) => cells.map((c) => readCell(c, null, unit));

describe('tierReached', () => {
  const counts = read(['৮০০', '৭২০', '৬৪০', '৫৬০', '৪৮০']);

  it('names the tier met and interpolates the percent', () => {
    const r = tierReached(readCell('৭০০'), counts);
    expect(r.label).toEqual({ bn: 'উত্তম', en: 'Good' });
    expect(r.percent).toBeCloseTo(0.875, 12);
    expect(tierReached(readCell('৭০০'), counts, 'step').percent).toBe(0.8);
  });

  it('names every tier', () => {
    expect(tierReached(readCell('৮০০'), counts).label?.bn).toBe('অসাধারণ');
    expect(tierReached(readCell('৭২০'), counts).label?.bn).toBe('অতি উত্তম');
    expect(tierReached(readCell('৫৬০'), counts).label?.bn).toBe('চলতি মান');
    expect(tierReached(readCell('৪৮০'), counts).label?.bn).toBe('চলতি মানের নিম্নে');
    expect(tierReached(readCell('৪০০'), counts)).toEqual({ percent: 0, label: null });
  });

  it('compares percentages on one scale: "৮৫%" and 85 against "৯০%" or 90', () => {
    const pct = read(['১০০%', '৯০%', '৮০%', '৭০%', '৬০%']);
    expect(tierReached(readCell('৮৫%'), pct).percent).toBeCloseTo(0.85, 12);
    expect(tierReached(readCell(0.85, '0%'), read(['100', '90', '80', '70', '60'])).percent).toBeCloseTo(0.85, 12);
  });

  it('steps through date tiers (seed 004 annex: ১৫-১০-২০২৪ / ৩১-১০-২০২৪ / ৩০-১১-২০২৪ / - / -)', () => {
    const dates = read(['১৫-১০-২০২৪', '৩১-১০-২০২৪', '৩০-১১-২০২৪', '-', '-']);
    const r = tierReached(readCell('২০/১০/২০২৪'), dates);
    expect(r).toEqual({ percent: 0.9, label: { bn: 'অতি উত্তম', en: 'Very Good' } });
    expect(tierReached(readCell('০১/১২/২৪'), dates)).toEqual({ percent: 0, label: null });
  });

  it('gives nothing for what cannot be compared', () => {
    expect(tierReached(readCell('৩১/০৭/২৪'), counts)).toEqual({ percent: 0, label: null });
    expect(tierReached(readCell('চলমান'), counts)).toEqual({ percent: 0, label: null });
    expect(tierReached(readCell('৫'), read(['-', '-']))).toEqual({ percent: 0, label: null });
    expect(tierReached(readCell('৫'), read(['৪', 'ভুল']))).toEqual({ percent: 0, label: null });
  });
});
