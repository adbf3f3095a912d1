import * as marks from '../engine/marks/scoreIndicator';
import { serialFromYMD } from '../engine/dates/serial';
import { FunctionError } from './functionError';
import { bn, net, num, qtotal, score, tier } from './functions';

/** The #VALUE! error a function throws, with its message (node: FunctionError, Excel: CustomFunctions.Error). */
function valueError(run: () => unknown): FunctionError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(FunctionError);
    expect((e as FunctionError).code).toBe('#VALUE!');
    return e as FunctionError;
  }
  throw new Error('expected #VALUE!');
}

const row = (...cells: unknown[]) => [cells];
const col = (...cells: unknown[]) => cells.map((c) => [c]);
const d = serialFromYMD;

describe('APA.SCORE', () => {
  it('worked examples: 700 against 800/720/640/560/480, weight 5 → 4.375; 3 of 4 meetings, weight 2 → 1.5', () => {
    expect(score(700, row(800, 720, 640, 560, 480), 5)).toBe(4.375);
    expect(score(700, col(800, 720, 640, 560, 480), 5)).toBe(4.375);
    expect(score(3, [[4]], 2)).toBe(1.5);
  });

  it('takes the step rule when asked', () => {
    expect(score(700, row(800, 720, 640, 560, 480), 5, 'step')).toBe(4);
    expect(score(700, row(800, 720, 640, 560, 480), 5, 'ধাপ')).toBe(4);
  });

  it('reads Bengali text exactly like the plain numbers (seed 001 [২.১.১], weight ২৫)', () => {
    const bnTiers = row('২৪০', '২১৬', '১৯২', '১৬৮', '১৪৪');
    expect(score('২০৪', bnTiers, '২৫')).toBe(21.25);
    expect(score(204, row(240, 216, 192, 168, 144), 25)).toBe(21.25);
    expect(score('<b>২৪০</b>', bnTiers, 25)).toBe(25);
  });

  it('skips blank tiers (seed ৪/৩/২/১/-) whether blank arrives as null, "" or "-"', () => {
    expect(score(3, row(4, 3, 2, 1, null), 6)).toBe(5.4);
    expect(score(3, row(4, 3, 2, 1, ''), 6)).toBe(5.4);
    expect(score('৩', row('৪', '৩', '২', '১', '-'), '৬')).toBe(5.4);
    expect(score(0, row(4, 3, 2, 1, null), 6)).toBe(0);
  });

  it('compares percentages on one scale: a 85% cell (0.85) against "১০০%"… text or 100% cells', () => {
    expect(score(0.85, row('১০০%', '৯০%', '৮০%', '৭০%', '৬০%'), 4)).toBe(3.4);
    expect(score('৮৫%', row(1, 0.9, 0.8, 0.7, 0.6), 4)).toBe(3.4);
    expect(score(0.85, row(1, 0.9, 0.8, 0.7, 0.6), 4)).toBe(3.4);
  });

  it('scores date tiers as steps: text dates, real Excel dates (serials), or rule "date"', () => {
    const text = row('৩১/০৮/২৪', '০৮/০৯/২৪', '১৫/০৯/২৪', '২২/০৯/২৪', '২৯/০৯/২৪');
    const serials = row(d(2024, 8, 31), d(2024, 9, 8), d(2024, 9, 15), d(2024, 9, 22), d(2024, 9, 29));
    expect(score('১০/০৯/২৪', text, 2)).toBe(1.6);
    expect(score(d(2024, 9, 10), serials, 2)).toBe(1.6);
    expect(score('১০/০৯/২৪', serials, 2)).toBe(1.6);
    expect(score(d(2024, 9, 10), text, 2)).toBe(1.6);
    expect(score(d(2024, 9, 30), serials, 2)).toBe(0);
    expect(score(d(2024, 7, 30), [[d(2024, 7, 31)]], 2, 'date')).toBe(2);
    expect(score(d(2024, 8, 1), [[d(2024, 7, 31)]], 2, 'date')).toBe(0);
    expect(score('৩০/০৭/২০২৪', [['৩১/০৭/২০২৪']], 2)).toBe(2);
  });

  it('counts dated achievements against a count target', () => {
    expect(score('১ ও ৩১/০৭/ ২৩', [['১']], 2)).toBe(2);
    expect(score('১০/০৯/২৪, ২০/০১/২৫', [[4]], 2)).toBe(1);
  });

  it('gives 0 for no achievement and "-" for a row that does not apply', () => {
    expect(score(null, row(4, 3, 2, 1, null), 6)).toBe(0);
    expect(score('', row(4, 3, 2, 1, null), 6)).toBe(0);
    expect(score('-', row('-', '-', '-', '-', '-'), 2)).toBe('-');
  });

  it('says which argument is wrong and why, in both languages', () => {
    expect(valueError(() => score('চলমান', row(4, 3, 2, 1, null), 6)).message).toMatch(/^APA\.SCORE achievement: .*cannot be read.* \/ /);
    expect(valueError(() => score(3, row(4, 'ভুল', 2, 1, null), 6)).message).toContain('targets (2)');
    expect(valueError(() => score(3, row(4, 2, 3, 1, null), 6)).message).toContain('out of order');
    expect(valueError(() => score(3, row(4, 3, 2), 6)).message).toContain('five tiers');
    expect(valueError(() => score(3, [[4, 3], [2, 1]], 6)).message).toContain('targets');
    expect(valueError(() => score(3, [[0]], 2)).message).toContain('greater than zero');
    expect(valueError(() => score(3, [[4]], 'দুই')).message).toContain('weight');
    expect(valueError(() => score(3, [[4]], -1)).message).toContain('weight');
    expect(valueError(() => score(3, [[4]], 2, 'round')).message).toContain('rule');
    expect(valueError(() => score({ error: '#DIV/0!' }, [[4]], 2)).message).toContain('#DIV/0!');
    const e = valueError(() => score('এক', [[4]], 2));
    expect(e.message).toMatch(/[\u0980-\u09FF]/); // the Bengali half is there
  });

  it('takes the allocation-free fast path for plain numbers, agreeing with the engine path', () => {
    // Speed (≥ 1,000,000/s) is measured by `npm run bench`; here: numbers never reach the text readers,
    // and both paths give the same marks.
    const spy = jest.spyOn(marks, 'scoreIndicator');
    expect(score(700, row(800, 720, 640, 560, 480), 5)).toBe(4.375);
    expect(score(3, [[4]], 2)).toBe(1.5);
    expect(spy).not.toHaveBeenCalled();
    expect(score('৭০০', row('৮০০', '৭২০', '৬৪০', '৫৬০', '৪৮০'), 5)).toBe(4.375);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});

describe('APA.TIER', () => {
  const tiers = row('৮০০', '৭২০', '৬৪০', '৫৬০', '৪৮০');
  it('names the tier reached in Bengali by default, English or percent on request', () => {
    expect(tier(700, tiers)).toBe('উত্তম');
    expect(tier(800, tiers)).toBe('অসাধারণ');
    expect(tier(720, tiers)).toBe('অতি উত্তম');
    expect(tier(560, tiers)).toBe('চলতি মান');
    expect(tier(480, tiers)).toBe('চলতি মানের নিম্নে');
    expect(tier(700, tiers, 'en')).toBe('Good');
    expect(tier(700, tiers, 'percent')).toBe(0.8);
    expect(tier(100, tiers, 'percent')).toBe(0);
    expect(tier(100, tiers)).toBe('কোনো স্তরে পৌঁছায়নি');
    expect(tier(100, tiers, 'en')).toBe('No tier reached');
  });

  it('handles date tiers and days (rising) tiers', () => {
    expect(tier('২০/১০/২০২৪', row('১৫-১০-২০২৪', '৩১-১০-২০২৪', '৩০-১১-২০২৪', '-', '-'))).toBe('অতি উত্তম');
    expect(tier(18, col(15, 20, 25, 30, 35), 'en')).toBe('Very Good');
  });

  it('refuses what it cannot read', () => {
    expect(valueError(() => tier('-', tiers)).message).toContain('achievement');
    expect(valueError(() => tier(5, [[4]])).message).toContain('five tiers');
    expect(valueError(() => tier(5, row(4, 5, 3, 2, 1))).message).toContain('out of order');
    expect(valueError(() => tier(5, tiers, 'fr')).message).toContain('show');
    expect(valueError(() => tier('৩১/০৭/২৪', tiers)).message).toContain('date');
  });
});

describe('APA.NET', () => {
  it('29.5 of 50, weight 10 → 5.9', () => {
    expect(net(29.5, 50, 10)).toBe(5.9);
    expect(net('২৯.৫', '৫০', '১০')).toBe(5.9);
  });
  it('refuses a zero maximum and unreadable numbers', () => {
    expect(valueError(() => net(10, 0, 10)).message).toContain('max');
    expect(valueError(() => net('x', 50, 10)).message).toContain('total');
    expect(valueError(() => net(10, 50, null)).message).toContain('weight');
  });
});

describe('APA.QTOTAL', () => {
  it('sums, averages, takes the latest or the earliest date', () => {
    expect(qtotal([['৬০', '৬৫', null, '-']])).toBe(125);
    expect(qtotal([['৬০', '৬৫', null, '-']], 'সমষ্টি')).toBe(125);
    expect(qtotal(col(0.8, 0.9), 'গড়')).toBeCloseTo(0.85, 12);
    expect(qtotal([['৮০%', '৯০%']])).toBeCloseTo(0.85, 12); // percentages average by default
    expect(qtotal([[2.5, 5, 7.5, null]], 'cumulative')).toBe(7.5);
    expect(qtotal([['১৫/০৯/২৪', '৩১/০৮/২৪']])).toBe(d(2024, 8, 31));
    expect(qtotal([['১ ও ৩১/০৭/২৪', '১ ও ১৫/০১/২৫']])).toBe(2);
  });
  it('is empty when nothing is reported, and names a bad quarter', () => {
    expect(qtotal([[null, '-', '', '--']])).toBe('');
    expect(valueError(() => qtotal([['৩', 'চলমান']])).message).toContain('quarters (2)');
    expect(valueError(() => qtotal([['৩']], 'median')).message).toContain('method');
    expect(valueError(() => qtotal([['৩', '১৫/০৯/২৪']], 'sum')).message).toContain('mix');
  });
});

describe('APA.NUM', () => {
  it('reads Bengali text as numbers and dates as serials', () => {
    expect(num('১২.০০')).toBe(12);
    expect(num('.৫০')).toBe(0.5);
    expect(num('১,০০,০০০')).toBe(100000);
    expect(num('৮০%')).toBe(0.8);
    expect(num('৩১/০৭/২০২৪')).toBe(d(2024, 7, 31));
    expect(num('৩১ জুলাই, ২০২৩')).toBe(d(2023, 7, 31));
    expect(num('১ ও ৩১/০৭/ ২৩')).toBe(1);
    expect(num(42)).toBe(42);
    expect(num('-')).toBe('');
    expect(num(null)).toBe('');
  });
  it('refuses unreadable text with the reason', () => {
    expect(valueError(() => num('১২অ')).message).toContain('১২অ');
    expect(valueError(() => num('৩১/০২/২০২৪')).message).toContain('31/02/2024 is not a date');
  });
});

describe('APA.BN', () => {
  it('writes Bengali digits', () => {
    expect(bn(4.375)).toBe('৪.৩৭৫');
    expect(bn(12)).toBe('১২');
    expect(bn(12, 2)).toBe('১২.০০');
    expect(bn('5.9')).toBe('৫.৯');
    expect(bn(null)).toBe('');
  });
  it('refuses bad decimals and non-numbers', () => {
    expect(valueError(() => bn(1, -1)).message).toContain('decimals');
    expect(valueError(() => bn(1, 1.5)).message).toContain('decimals');
    expect(valueError(() => bn('abc')).message).toContain('number');
  });
});
