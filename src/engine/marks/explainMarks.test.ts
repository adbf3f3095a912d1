import type { Reading, UnitKind } from '../values/types';
import { explainNet, explainRow, explainScore } from './explainMarks';
import { scoreIndicator, type ScoreInput } from './scoreIndicator';

const num = (value: number, percent = false): Reading => ({ kind: 'number', value, percent });
const date = (serial: number): Reading => ({ kind: 'date', serial });
const blank: Reading = { kind: 'blank' };
const na: Reading = { kind: 'na' };
const TIERS = [800, 720, 640, 560, 480].map((v) => num(v));

function why(input: ScoreInput, annex: Parameters<typeof explainScore>[2] = null) {
  return explainScore(input, scoreIndicator(input), annex);
}

describe('explainScore: the apa-rules worked examples', () => {
  test('tiers 800/720/640/560/480, achieved 700, weight 5 → 87.5% → 4.375', () => {
    const e = why({ unit: 'count', weight: 5, achievement: num(700), tiers: TIERS });
    expect(e.why.bn).toBe('৭০০: উত্তম ৬৪০ ও অতি উত্তম ৭২০-এর মাঝে → ৮৭.৫% × ৫ = ৪.৩৭৫');
    expect(e.why.en).toBe('700: between Good 640 and Very Good 720 → 87.5% × 5 = 4.375');
    expect(e.tier).toEqual({ bn: 'উত্তম', en: 'Good' });
    expect(e.achievement).toEqual({ bn: '৭০০', en: '700' });
    expect(e.marks).toBe(4.375);
  });

  test('3 of 4 meetings, weight 2 → 1.5', () => {
    const e = why({ unit: 'count', weight: 2, achievement: num(3), target: num(4) });
    expect(e.why.bn).toBe('৩ ÷ লক্ষ্যমাত্রা ৪ → ৭৫% × ২ = ১.৫');
    expect(e.why.en).toBe('3 ÷ target 4 → 75% × 2 = 1.5');
    expect(e.marks).toBe(1.5);
  });

  test('an annex net 29.5 of 50 out of 10 → 5.9, and the governance row that takes it', () => {
    expect(explainNet(29.5, 50, 10, 5.9)).toEqual({ bn: 'নীট = ২৯.৫ ÷ ৫০ × ১০ = ৫.৯', en: 'net = 29.5 ÷ 50 × 10 = 5.9' });
    const e = why({ unit: 'marks', weight: 10, achievement: num(5.9) }, 'e-governance-plan');
    expect(e.why.bn).toBe('ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা-এর নীট ৫.৯ (মান ১০) → ৫.৯');
    expect(e.why.en).toBe('net of the e-governance and innovation plan 5.9 (weight 10) → 5.9');
  });
});

describe('explainScore: every way a row is scored', () => {
  test('at or beyond the best tier, exactly on a tier, below every tier', () => {
    expect(why({ unit: 'count', weight: 5, achievement: num(820), tiers: TIERS }).why.en).toBe('820: reaches Excellent 800 → 100% × 5 = 5');
    expect(why({ unit: 'count', weight: 5, achievement: num(720), tiers: TIERS }).why.bn).toBe('৭২০: অতি উত্তম ৭২০ অর্জিত → ৯০% × ৫ = ৪.৫');
    const low = why({ unit: 'count', weight: 5, achievement: num(400), tiers: TIERS });
    expect(low.why.bn).toBe('৪০০: চলতি মানের নিম্নে ৪৮০-এও পৌঁছায়নি → ০% × ৫ = ০');
    expect(low.tier).toBeNull();
  });

  test('the step rule names the tier met and says it is a step', () => {
    const e = why({ unit: 'count', weight: 5, achievement: num(700), tiers: TIERS, rule: 'step' });
    expect(e.why.en).toBe('700: reaches Good 640 (step rule) → 80% × 5 = 4');
    expect(e.why.bn).toBe('৭০০: উত্তম ৬৪০ অর্জিত (ধাপ নিয়মে) → ৮০% × ৫ = ৪');
  });

  test('blank tiers are skipped: the tier above is the next given one', () => {
    const e = why({ unit: 'count', weight: 4, achievement: num(70), tiers: [num(100), blank, num(60), blank, blank] });
    // 70 between 60 (80%) and 100 (100%): 80 + 10/40 × 20 = 85%.
    expect(e.why.en).toBe('70: between Good 60 and Excellent 100 → 85% × 4 = 3.4');
  });

  test('days: lower is better', () => {
    const e = why({ unit: 'days', weight: 2, achievement: num(12), tiers: [10, 15, 20, 25, 30].map((v) => num(v)) });
    expect(e.why.en).toBe('12: between Very Good 15 and Excellent 10 → 96% × 2 = 1.92');
  });

  test('percentages keep their % sign', () => {
    const e = why({ unit: 'percent', weight: 3, achievement: num(85, true), tiers: [100, 90, 80, 70, 60].map((v) => num(v, true)) });
    expect(e.why.bn).toBe('৮৫%: উত্তম ৮০% ও অতি উত্তম ৯০%-এর মাঝে → ৮৫% × ৩ = ২.৫৫');
  });

  test('date tiers are steps: the best tier whose date is on or after the achievement', () => {
    // 45505 = 01/08/2024; tiers 31/07, 15/08, 31/08, 30/09, 31/10/2024
    const tiers = [45504, 45519, 45535, 45565, 45596].map(date);
    const e = why({ unit: 'date', weight: 2, achievement: date(45505), tiers });
    expect(e.why.bn).toBe('০১/০৮/২০২৪: অতি উত্তম ১৫/০৮/২০২৪-এর মধ্যে → ৯০% × ২ = ১.৮');
    expect(e.why.en).toBe('01/08/2024: by Very Good 15/08/2024 → 90% × 2 = 1.8');
    const late = why({ unit: 'date', weight: 2, achievement: date(45700), tiers });
    expect(late.why.en).toBe('12/02/2025: later than every tier date (Poor 31/10/2024) → 0% × 2 = 0');
  });

  test('one target: a capped ratio, a date target, days, a count-and-date target', () => {
    expect(why({ unit: 'count', weight: 4, achievement: num(250), target: num(200) }).why.en).toBe('250 ÷ target 200: target met → 100% × 4 = 4');
    expect(why({ unit: 'date', weight: 1, achievement: date(45500), target: date(45504) }).why.bn).toBe('২৭/০৭/২০২৪: লক্ষ্যমাত্রা ৩১/০৭/২০২৪-এর মধ্যে → ১০০% × ১ = ১');
    expect(why({ unit: 'date', weight: 1, achievement: date(45510), target: date(45504) }).why.en).toBe('06/08/2024: after the target 31/07/2024 → 0% × 1 = 0');
    expect(why({ unit: 'days', weight: 2, achievement: num(20), target: num(15) }).why.en).toBe('target 15 days ÷ 20 days → 75% × 2 = 1.5');
    // The target's dates are milestones: every dated achievement counts, 3 of 4 → 75%.
    const meetings: Reading = { kind: 'count-date', count: 4, dates: [45504] };
    const held: Reading = { kind: 'count-date', count: 3, dates: [45400, 45450, 45600] };
    const e = why({ unit: 'count-date', weight: 1, achievement: held, target: meetings });
    expect(e.why.en).toBe('3 & 18/04/2024 07/06/2024 04/11/2024: 3 ÷ target 4 → 75% × 1 = 0.75');
    expect(e.why.bn).toBe('৩ ও ১৮/০৪/২০২৪ ০৭/০৬/২০২৪ ০৪/১১/২০২৪: ৩টি ÷ লক্ষ্যমাত্রা ৪ → ৭৫% × ১ = ০.৭৫');
  });

  test('প্রাপ্ত নম্বর rows: min(achievement, weight)', () => {
    expect(why({ unit: 'marks', weight: 10, achievement: num(12) }).why.bn).toBe('প্রাপ্ত নম্বর ১২, মান ১০-এর বেশি নয় → ১০');
    expect(why({ unit: 'marks', weight: 10, achievement: num(8.78) }).why.en).toBe('marks obtained 8.78 (weight 10) → 8.78');
  });

  test('no achievement → 0; "-" throughout → does not apply; an unreadable target → no marks, with the reason', () => {
    const none = why({ unit: 'count', weight: 5, achievement: blank, tiers: TIERS });
    expect(none.why.bn).toBe('অর্জন নেই → ০');
    expect(none.marks).toBe(0);
    const dash = why({ unit: 'count', weight: 5, achievement: na, tiers: [na, na, na, na, na] });
    expect(dash.why.en).toMatch(/^Does not apply/);
    expect(dash.marks).toBeNull();
    const bad = why({ unit: 'count', weight: 5, achievement: num(3), target: { kind: 'bad', raw: '১২অ', reason: { bn: 'সংখ্যা নয়', en: 'not a number' } } });
    expect(bad.why.en).toBe('No marks: the target cannot be read: not a number');
    expect(bad.marks).toBeNull();
  });
});

describe('explainRow', () => {
  test('words the rows scoreRow does not hand to scoreIndicator', () => {
    expect(explainRow({ kind: 'not-applicable' }).why.bn).toMatch(/^প্রযোজ্য নয়/);
    expect(explainRow({ kind: 'blocked', cause: 'weight' }).why.en).toBe('No marks: the indicator weight is blank or cannot be read');
    expect(explainRow({ kind: 'blocked', cause: 'achievement' }).why.bn).toBe('নম্বর দেওয়া যায়নি: অর্জনের একটি ঘর পড়া যায়নি');
    expect(explainRow({ kind: 'no-achievement', weight: 3 }).marks).toBe(0);
    const input: ScoreInput = { unit: 'count' as UnitKind, weight: 5, achievement: num(700), tiers: TIERS };
    expect(explainRow({ kind: 'scored', input, score: scoreIndicator(input) }).marks).toBe(4.375);
  });
});
