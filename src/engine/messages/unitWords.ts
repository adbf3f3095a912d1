import type { Bilingual } from '../report/types';
import type { UnitKind } from '../values/types';

/** The units as a clerk names them in the একক cell, and in English. */
const UNIT_NAMES: Record<UnitKind, Bilingual> = {
  count: { bn: 'সংখ্যা', en: 'count' },
  percent: { bn: '%', en: 'percent' },
  date: { bn: 'তারিখ', en: 'date' },
  days: { bn: 'দিন', en: 'days' },
  marks: { bn: 'প্রাপ্ত নম্বর', en: 'marks' },
  'count-date': { bn: 'সংখ্যা ও তারিখ', en: 'count and date' },
  lakh: { bn: 'লক্ষ', en: 'lakh' },
  unknown: { bn: 'অজানা', en: 'unknown' },
};

export function unitName(unit: UnitKind): Bilingual {
  return UNIT_NAMES[unit];
}

/** Which cells a sentence is about: achievements (quarters, half-year, annual) or targets (tiers, target, quarterly targets). */
export type ValueRole = 'achievement' | 'target' | 'any';

/** What belongs in a cell of a row with this unit, as "write …" completes it. */
const WHAT: Record<UnitKind, Record<ValueRole, Bilingual>> = {
  count: {
    achievement: { bn: 'অর্জিত সংখ্যা', en: 'the number achieved' },
    target: { bn: 'লক্ষ্যমাত্রার সংখ্যা', en: 'the target number' },
    any: { bn: 'সংখ্যা', en: 'a number' },
  },
  lakh: {
    achievement: { bn: 'অর্জিত পরিমাণ (লক্ষ)', en: 'the amount achieved (in lakh)' },
    target: { bn: 'লক্ষ্যমাত্রার পরিমাণ (লক্ষ)', en: 'the target amount (in lakh)' },
    any: { bn: 'পরিমাণ (লক্ষ)', en: 'the amount in lakh' },
  },
  days: {
    achievement: { bn: 'দিনের সংখ্যা', en: 'the number of days' },
    target: { bn: 'লক্ষ্যমাত্রার দিনসংখ্যা', en: 'the target number of days' },
    any: { bn: 'দিনের সংখ্যা', en: 'the number of days' },
  },
  marks: {
    achievement: { bn: 'প্রাপ্ত নম্বর', en: 'the marks obtained' },
    target: { bn: 'নম্বর', en: 'the marks' },
    any: { bn: 'নম্বর', en: 'the marks' },
  },
  'count-date': {
    achievement: { bn: 'অর্জনের সংখ্যা ও তারিখ', en: 'the number achieved and its dates' },
    target: { bn: 'লক্ষ্যমাত্রার সংখ্যা ও তারিখ', en: 'the target number and its dates' },
    any: { bn: 'সংখ্যা ও তারিখ', en: 'the number and its dates' },
  },
  date: {
    achievement: { bn: 'অর্জনের তারিখ', en: 'the date it was achieved' },
    target: { bn: 'লক্ষ্যমাত্রার তারিখ', en: 'the target date' },
    any: { bn: 'তারিখ', en: 'the date' },
  },
  percent: {
    achievement: { bn: 'অর্জনের শতাংশ', en: 'the percentage achieved' },
    target: { bn: 'লক্ষ্যমাত্রার শতাংশ', en: 'the target percentage' },
    any: { bn: 'শতাংশ', en: 'a percentage' },
  },
  unknown: {
    achievement: { bn: 'অর্জন (সংখ্যা, শতাংশ বা তারিখ)', en: 'the achievement (a number, percentage or date)' },
    target: { bn: 'লক্ষ্যমাত্রা (সংখ্যা, শতাংশ বা তারিখ)', en: 'the target (a number, percentage or date)' },
    any: { bn: 'সংখ্যা, শতাংশ বা তারিখ', en: 'a number, percentage or date' },
  },
};

/** What to write in a cell of `role` in a row of `unit` (no unit: a number, percentage or date). */
export function whatToWrite(unit: UnitKind | null, role: ValueRole): Bilingual {
  return WHAT[unit ?? 'unknown'][role];
}
