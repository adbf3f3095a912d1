import { readCell } from '../values/readCell';
import type { UnitKind } from '../values/types';
import { scoreIndicator } from './scoreIndicator';

const read = (c: string | number | null, unit: UnitKind | null = null) => readCell(c, null, unit);
const row = (cells: (string | null)[], unit: UnitKind | null = null) => cells.map((c) => read(c, unit));

describe('scoreIndicator: worked examples (apa-rules.md)', () => {
  it('3 of 4 meetings, weight 2 → 1.5', () => {
    const s = scoreIndicator({ unit: 'count', weight: 2, achievement: read('৩'), target: read('৪') });
    expect(s).toEqual({ applicable: true, marks: 1.5, percent: 0.75 });
  });

  it('tiers 800/720/640/560/480, achieved 700, weight 5 → 87.5% → 4.375', () => {
    const s = scoreIndicator({ unit: 'count', weight: 5, achievement: read('৭০০'), tiers: row(['৮০০', '৭২০', '৬৪০', '৫৬০', '৪৮০']) });
    expect(s.marks).toBe(4.375);
    expect(s.percent).toBeCloseTo(0.875, 12);
    const step = scoreIndicator({ unit: 'count', weight: 5, achievement: read('৭০০'), tiers: row(['৮০০', '৭২০', '৬৪০', '৫৬০', '৪৮০']), rule: 'step' });
    expect(step.marks).toBe(4);
  });
});

describe('scoreIndicator: seed rows', () => {
  it('seed 001 [২.১.১] tiers ২৪০/২১৬/১৯২/১৬৮/১৪৪, weight ২৫', () => {
    const tiers = row(['২৪০', '২১৬', '১৯২', '১৬৮', '১৪৪']);
    const at = (a: string) => scoreIndicator({ unit: 'count', weight: 25, achievement: read(a), tiers }).marks;
    expect(at('২৪০')).toBe(25);
    expect(at('২৬৪')).toBe(25);
    expect(at('২১৬')).toBe(22.5);
    expect(at('২০৪')).toBe(21.25); // halfway between 90% and 80%
    expect(at('১৪৪')).toBe(15);
    expect(at('১৪৩')).toBe(0);
  });

  it('seed 001 annex 5 [৪.১.১] date tiers ৩১/০৮/২৪ … ২৯/০৯/২৪, weight ২', () => {
    const tiers = row(['৩১/০৮/২৪', '০৮/০৯/২৪', '১৫/০৯/২৪', '২২/০৯/২৪', '২৯/০৯/২৪'], 'date');
    const at = (a: string) => scoreIndicator({ unit: 'date', weight: 2, achievement: read(a, 'date'), tiers, rule: 'interpolate' }).marks;
    expect(at('২৮-০৮-২০২৪')).toBe(2);
    expect(at('১০/০৯/২৪')).toBe(1.6); // steps even under interpolation
    expect(at('২৯/০৯/২৪')).toBe(1.2);
    expect(at('৩০/০৯/২৪')).toBe(0);
    expect(scoreIndicator({ unit: 'date', weight: 2, achievement: readCell(45537, 'dd/mm/yyyy'), tiers }).marks).toBe(1.8);
  });

  it('seed 001 annex 5 ৪/৩/২/১/- count tiers with a blank last tier, weight ৬', () => {
    const tiers = row(['৪', '৩', '২', '১', '-']);
    const at = (a: string) => scoreIndicator({ unit: 'count', weight: 6, achievement: read(a), tiers }).marks;
    expect(at('৪')).toBe(6);
    expect(at('৩')).toBe(5.4);
    expect(at('১')).toBe(4.2);
    expect(at('০')).toBe(0);
  });

  it('percent tiers ১০০%…৬০% against percent achievements on one scale', () => {
    const tiers = row(['১০০%', '৯০%', '৮০%', '৭০%', '৬০%']);
    const s1 = scoreIndicator({ unit: 'percent', weight: 4, achievement: read('৮৫%'), tiers });
    const s2 = scoreIndicator({ unit: 'percent', weight: 4, achievement: readCell(0.85, '0%'), tiers });
    const s3 = scoreIndicator({ unit: 'percent', weight: 4, achievement: read('৮৫'), tiers });
    expect([s1.marks, s2.marks, s3.marks]).toEqual([3.4, 3.4, 3.4]);
  });

  it('days: lower is better (rising tiers, and a single days tier)', () => {
    const tiers = row(['১৫', '২০', '২৫', '৩০', '৩৫']);
    expect(scoreIndicator({ unit: 'days', weight: 3, achievement: read('১৫ দিন'), tiers }).marks).toBe(3);
    expect(scoreIndicator({ unit: 'days', weight: 3, achievement: read('৩০'), tiers }).marks).toBe(2.1);
    expect(scoreIndicator({ unit: 'days', weight: 3, achievement: read('১০'), tiers: row(['১৫', '-', '-', '-', '-']) }).marks).toBe(3);
    expect(scoreIndicator({ unit: 'days', weight: 3, achievement: read('২০'), target: read('১৫') }).marks).toBe(2.25);
  });
});

describe('scoreIndicator: single target (2023-24 and integrity tables)', () => {
  it('a date target earns the full weight on or before it, else 0 (seed 001 integrity ২.১, ৩১/০৭/২০২৪)', () => {
    const target = read('৩১/০৭/২০২৪');
    expect(scoreIndicator({ unit: 'date', weight: 2, achievement: read('৩০/০৭/২০২৪'), target }).marks).toBe(2);
    expect(scoreIndicator({ unit: 'date', weight: 2, achievement: read('৩১ জুলাই, ২০২৪'), target }).marks).toBe(2);
    expect(scoreIndicator({ unit: 'date', weight: 2, achievement: read('০১/০৮/২০২৪'), target }).marks).toBe(0);
  });

  it('count-and-date: counts the dated achievements (seed 001 integrity ১.৪, target ১, weight ২)', () => {
    const s = scoreIndicator({ unit: 'count-date', weight: 2, achievement: read('১ ও ৩১/০৭/ ২৩', 'count-date'), target: read('১') });
    expect(s.marks).toBe(2);
    const two = scoreIndicator({ unit: 'count-date', weight: 2, achievement: read('১০/০৯/২৪, ২০/০১/২৫', 'count-date'), target: read('৪') });
    expect(two.marks).toBe(1);
  });

  it('count-and-date target: min(dated achievements ÷ target count, 1) × weight; its dates are milestones, not a cut-off', () => {
    // apa-rules: 3 dated achievements of 4, weight 1 → 0.75
    const target = read('৪ ও ৩১/০৭/২০২৩ ৩১/১০/২০২৩ ৩১/০১/২০২৪ ৩০/০৪/২০২৪', 'count-date');
    expect(target).toMatchObject({ kind: 'count-date', count: 4 });
    const three = read('৩১/০৭/২৩, ৩০/১০/২৩, ২৮/০১/২৪', 'count-date');
    expect(scoreIndicator({ unit: 'count-date', weight: 1, achievement: three, target }).marks).toBe(0.75);
    // an achievement dated after the last milestone still counts (the rules score the count)
    const late = read('১০/০৯/২৪, ২০/০১/২৫', 'count-date');
    expect(scoreIndicator({ unit: 'count-date', weight: 4, achievement: late, target: read('২ ও ৩১/১২/২৪', 'count-date') }).marks).toBe(4);
  });

  it('caps at the weight', () => {
    expect(scoreIndicator({ unit: 'count', weight: 2, achievement: read('৬'), target: read('৪') }).marks).toBe(2);
  });
});

describe('scoreIndicator: governance marks (প্রাপ্ত নম্বর)', () => {
  it('marks = min(achievement, weight)', () => {
    expect(scoreIndicator({ unit: 'marks', weight: 10, achievement: read('৫.৯') }).marks).toBe(5.9);
    expect(scoreIndicator({ unit: 'marks', weight: 4, achievement: read('৪.৫') }).marks).toBe(4);
    expect(scoreIndicator({ unit: 'marks', weight: 3, achievement: read(null) })).toEqual({ applicable: true, marks: 0, percent: 0 });
  });
});

describe('scoreIndicator: no achievement, not applicable, problems', () => {
  const tiers = row(['৪', '৩', '২', '১', '-']);

  it('no achievement → 0 marks, still applicable', () => {
    expect(scoreIndicator({ unit: 'count', weight: 6, achievement: read(null), tiers })).toEqual({ applicable: true, marks: 0, percent: 0 });
    expect(scoreIndicator({ unit: 'count', weight: 6, achievement: read('-'), tiers }).marks).toBe(0);
  });

  it('a row that is "-" throughout does not apply', () => {
    const dashes = row(['-', '-', '-', '-', '-']);
    expect(scoreIndicator({ unit: 'count', weight: 2, achievement: read('-'), tiers: dashes })).toEqual({ applicable: false, marks: null, percent: null });
    expect(scoreIndicator({ unit: 'count', weight: 2, achievement: read(null), target: read('--') }).applicable).toBe(false);
    expect(scoreIndicator({ unit: 'marks', weight: 3, achievement: read('-') }).applicable).toBe(false);
  });

  it('reports problems in both languages instead of throwing', () => {
    const cases = [
      scoreIndicator({ unit: 'count', weight: 2, achievement: read('চলমান'), tiers }),
      scoreIndicator({ unit: 'count', weight: 2, achievement: read('৩'), tiers: row(['৪', 'ভুল', '২', '১', '-']) }),
      scoreIndicator({ unit: 'count', weight: 2, achievement: read('৩'), tiers: row(['৪', '২', '৩', '১', '-']) }),
      scoreIndicator({ unit: 'count', weight: 2, achievement: read('৩'), tiers: row(['৪', '৩১/০৭/২৪', '২', '১', '-']) }),
      scoreIndicator({ unit: 'date', weight: 2, achievement: read('৩'), target: read('৩১/০৭/২৪') }),
      scoreIndicator({ unit: 'count', weight: 2, achievement: read('৩১/০৭/২৪'), target: read('৪') }),
      scoreIndicator({ unit: 'count', weight: 2, achievement: read('৩'), target: read('০') }),
      scoreIndicator({ unit: 'count', weight: 2, achievement: read('৩') }),
      scoreIndicator({ unit: 'count', weight: NaN, achievement: read('৩'), target: read('৪') }),
      scoreIndicator({ unit: 'count', weight: 2, achievement: read({ error: '#DIV/0!' } as never), target: read('৪') }),
      scoreIndicator({ unit: 'marks', weight: 2, achievement: read('৩১/০৭/২৪') }),
    ];
    for (const s of cases) {
      expect(s.applicable).toBe(true);
      expect(s.marks).toBeNull();
      expect(s.problem?.bn.length).toBeGreaterThan(0);
      expect(s.problem?.en.length).toBeGreaterThan(0);
    }
    expect(cases[2].problem?.en).toContain('out of order');
    expect(cases[9].problem?.en).toContain('#DIV/0!');
  });
});

describe('scoreIndicator: count and date (apa-rules: 3 dated achievements of 4, weight 1 → 0.75)', () => {
  const target = read('৪ ও ৩১/০৭/২০২৩ ৩১/১০/২০২৩ ৩১/০১/২০২৪ ৩০/০৪/২০২৪', 'count-date');
  const score = (a: ReturnType<typeof read>, t = target) => scoreIndicator({ unit: 'count-date', weight: 1, achievement: a, target: t });

  it('counts a stated count, dates written, and a real Excel date alike', () => {
    expect(score(read('৩ ও ৩১/০৭/২৩ ৩১/১০/২৩ ৩১/০১/২৪', 'count-date')).marks).toBe(0.75);
    expect(score(read('৩১/০৭/২৩, ৩১/১০/২৩, ৩১/০১/২৪', 'count-date')).marks).toBe(0.75);
    expect(score(readCell(45504, 'dd/mm/yyyy', 'count-date')).marks).toBe(0.25);
    expect(score(read('৬ ও ৩১/০৭/২৩', 'count-date')).marks).toBe(1); // capped at the weight
  });

  it('scores against a target with an impossible date: its count 4 is stated', () => {
    const t = read('৪ ও ৩১/০৭/২০২৩ ৩১/১০/২০২৩ ৩১/০১/২০২৪ ৩১/০৪/২০২৪', 'count-date');
    expect(t).toMatchObject({ kind: 'count-date', count: 4, impossible: expect.anything() });
    expect(score(read('৩', 'count-date'), t).marks).toBe(0.75);
  });

  it('scores an achievement with an impossible date on its stated count, but never against dates', () => {
    const a = read('৩ ও ৩১/০৭/২৩ ৩১/০৯/২৩ ৩১/০১/২৪', 'count-date');
    expect(score(a).marks).toBe(0.75);
    // against date tiers or a date target its date would be a guess: a problem the cell's own finding names
    const byDate = scoreIndicator({ unit: 'count-date', weight: 1, achievement: a, target: read('৩১/০৭/২৪') });
    expect(byDate).toMatchObject({ marks: null, ownFinding: true });
    const tiers = row(['৩১/০৭/২৩', '৩১/০৮/২৩', '৩০/০৯/২৩', '৩১/১০/২৩', '৩০/১১/২৩']);
    expect(scoreIndicator({ unit: 'count-date', weight: 1, achievement: a, tiers })).toMatchObject({ marks: null, ownFinding: true });
  });
});
