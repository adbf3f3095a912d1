import type { Bilingual } from '../report/types';
import type { Reading } from '../values/types';

/** Why a row cannot be scored, for the clerk. */
export const PROBLEMS = {
  weight: (w: number): Bilingual => ({
    bn: `সূচকের মান (${w}) ব্যবহারযোগ্য নয়`,
    en: `the indicator weight (${w}) is not usable`,
  }),
  achievement: (a: Reading & { kind: 'bad' }): Bilingual => ({
    bn: `অর্জন পড়া যায়নি: ${a.reason.bn}`,
    en: `the achievement cannot be read: ${a.reason.en}`,
  }),
  target: (t: Reading & { kind: 'bad' }): Bilingual => ({
    bn: `লক্ষ্যমাত্রা পড়া যায়নি: ${t.reason.bn}`,
    en: `the target cannot be read: ${t.reason.en}`,
  }),
  unordered: (): Bilingual => ({
    bn: 'লক্ষ্যমাত্রার স্তরগুলো ক্রমানুসারে নেই, তাই নম্বর নির্ণয় করা যায়নি',
    en: 'the target tiers are out of order, so marks cannot be computed',
  }),
  notADate: (): Bilingual => ({
    bn: 'লক্ষ্যমাত্রা তারিখ, কিন্তু অর্জন তারিখ নয়',
    en: 'the target is a date but the achievement is not',
  }),
  notANumber: (): Bilingual => ({
    bn: 'লক্ষ্যমাত্রা সংখ্যা, কিন্তু অর্জন একটি তারিখ',
    en: 'the target is a number but the achievement is a date',
  }),
  noTarget: (): Bilingual => ({
    bn: 'অর্জন আছে কিন্তু কোনো লক্ষ্যমাত্রা নেই',
    en: 'there is an achievement but no target to score it against',
  }),
  zeroTarget: (): Bilingual => ({
    bn: 'লক্ষ্যমাত্রা শূন্য বা ঋণাত্মক, তাই অনুপাত নির্ণয় করা যায় না',
    en: 'the target is zero or negative, so no ratio can be formed',
  }),
  negative: (): Bilingual => ({
    bn: 'অর্জন ঋণাত্মক হতে পারে না',
    en: 'the achievement cannot be negative',
  }),
  impossibleDate: (why: Bilingual): Bilingual => ({
    bn: `অর্জনের তারিখ পড়া যায়নি (${why.bn}), তাই তারিখের ধাপে নম্বর নির্ণয় করা যায়নি`,
    en: `a date of the achievement cannot be read (${why.en}), so it cannot be scored against dates`,
  }),
  marksNotNumber: (): Bilingual => ({
    bn: 'প্রাপ্ত নম্বর এককের অর্জন একটি সংখ্যা হওয়া উচিত',
    en: 'a marks (প্রাপ্ত নম্বর) achievement must be a number',
  }),
};
