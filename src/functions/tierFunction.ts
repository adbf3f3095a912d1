import { tierReached } from '../engine/tiers/tierReached';
import { tierDirection } from '../engine/tiers/tierDirection';
import { readTiers } from '../engine/tiers/readTiers';
import { argMessage, invalidValue } from './functionError';
import { lineCells } from './readArg';
import { alignDates, readScored } from './scoreFunction';

/** What APA.TIER shows: the Bengali tier name (default), the English name, or the tier's percent. */
export type TierShow = 'bn' | 'en' | 'percent';

export const NO_TIER = { bn: 'কোনো স্তরে পৌঁছায়নি', en: 'No tier reached' };

export function parseShow(show: unknown): TierShow {
  if (show === undefined || show === null || show === '') return 'bn';
  const s = typeof show === 'string' ? show.trim().toLowerCase() : show === true ? 'percent' : '';
  if (s === 'bn' || s === 'name' || s === 'নাম' || s === 'বাংলা') return 'bn';
  if (s === 'en' || s === 'english') return 'en';
  if (s === 'percent' || s === '%' || s === 'শতাংশ') return 'percent';
  throw invalidValue(argMessage('TIER', 'show', 'হবে "bn", "en" বা "percent"', 'must be "bn", "en" or "percent"'));
}

/**
 * APA.TIER's work: the tier an achievement reaches among five tiers. Tier name by default; with
 * show = "percent" the tier's percent as a fraction (1, 0.9 … 0.6; 0 below every tier), which a
 * % number format shows as 100% … 60%.
 */
export function tierValue(achievement: unknown, targets: unknown[][], show?: unknown): string | number {
  const mode = parseShow(show);
  const cells = lineCells(targets);
  if (cells === null || cells.length !== 5) {
    throw invalidValue(argMessage('TIER', 'targets', 'পাঁচটি স্তরের এক সারি বা এক কলাম দিন', 'give the five tiers as one row or one column'));
  }
  const a = readScored(achievement, false);
  if (a.kind === 'bad') throw invalidValue(argMessage('TIER', 'achievement', a.reason.bn, a.reason.en));
  if (a.kind !== 'number' && a.kind !== 'date' && a.kind !== 'count-date') {
    throw invalidValue(argMessage('TIER', 'achievement', 'অর্জন ফাঁকা বা "-"', 'the achievement is blank or "-"'));
  }
  const tiers = alignDates(a, cells.map((c) => readScored(c, false)));
  const t = readTiers(tiers);
  if (t.mode === 'bad') throw invalidValue(argMessage('TIER', 'targets', t.problem.bn, t.problem.en));
  if (t.mode === 'none') throw invalidValue(argMessage('TIER', 'targets', 'কোনো স্তরে মান নেই', 'no tier holds a value'));
  if (t.mode === 'number' && tierDirection(t.values) === 'unordered') {
    throw invalidValue(argMessage('TIER', 'targets', 'লক্ষ্যমাত্রার স্তরগুলো ক্রমানুসারে নেই', 'the tiers are out of order'));
  }
  if (t.mode === 'number' && a.kind === 'date') {
    throw invalidValue(argMessage('TIER', 'achievement', 'স্তরগুলো সংখ্যা, কিন্তু অর্জন একটি তারিখ', 'the tiers are numbers but the achievement is a date'));
  }
  const reached = tierReached(a, tiers, 'step');
  if (mode === 'percent') return reached.percent;
  const label = reached.label ?? NO_TIER;
  return mode === 'en' ? label.en : label.bn;
}
