import type { Bilingual } from '../report/types';

/** The five tiers, best first, and what reaching each is worth. */
export const TIER_PERCENTS: readonly number[] = [1, 0.9, 0.8, 0.7, 0.6];

export const TIER_NAMES: readonly Bilingual[] = [
  { bn: 'অসাধারণ', en: 'Excellent' },
  { bn: 'অতি উত্তম', en: 'Very Good' },
  { bn: 'উত্তম', en: 'Good' },
  { bn: 'চলতি মান', en: 'Fair' },
  { bn: 'চলতি মানের নিম্নে', en: 'Poor' },
];
