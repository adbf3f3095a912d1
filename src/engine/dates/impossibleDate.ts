import type { Bilingual } from '../report/types';
import { toAsciiDigits, toBengaliDigits } from '../numerals/digits';

const MONTHS_BN = ['জানুয়ারি', 'ফেব্রুয়ারি', 'মার্চ', 'এপ্রিল', 'মে', 'জুন', 'জুলাই', 'আগস্ট', 'সেপ্টেম্বর', 'অক্টোবর', 'নভেম্বর', 'ডিসেম্বর'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Why a date as written is no day, naming exactly that date and what is wrong with it:
 * "৩১/০৪/২০২৪ তারিখটি হয় না: এপ্রিল ৩০ দিনের / 31/04/2024 is not a date: April has 30 days".
 * `written` is the date's own text (either digits); y, m, d are what it says (20yy for two-digit years).
 */
export function impossibleDateReason(written: string, y: number, m: number, d: number): Bilingual {
  const text = written.replace(/\s+/g, ' ').trim();
  const bn = toBengaliDigits(text);
  const en = toAsciiDigits(text);
  let why: Bilingual;
  if (!(m >= 1 && m <= 12)) {
    why = { bn: `মাস ${toBengaliDigits(String(m))} হয় না (তারিখ দিন/মাস/বছর ক্রমে পড়া হয়)`, en: `there is no month ${m} (dates are read day/month/year)` };
  } else if (!(d >= 1)) {
    why = { bn: `দিন ${toBengaliDigits(String(d))} হয় না`, en: `there is no day ${d}` };
  } else if (y < 1900 || y > 9999) {
    why = { bn: `${toBengaliDigits(String(y))} সাল এক্সেলের তারিখের সীমার বাইরে`, en: `the year ${y} is outside Excel's dates` };
  } else {
    const days = daysIn(y, m);
    why =
      m === 2
        ? { bn: `${toBengaliDigits(String(y))} সালের ফেব্রুয়ারি ${toBengaliDigits(String(days))} দিনের`, en: `February ${y} has ${days} days` }
        : { bn: `${MONTHS_BN[m - 1]} ${toBengaliDigits(String(days))} দিনের`, en: `${MONTHS_EN[m - 1]} has ${days} days` };
  }
  return { bn: `${bn} তারিখটি হয় না: ${why.bn}`, en: `${en} is not a date: ${why.en}` };
}

/** Several impossible dates of one cell, each named once. */
export function impossibleDatesReason(reasons: Bilingual[]): Bilingual {
  if (reasons.length === 1) return reasons[0];
  return { bn: reasons.map((r) => r.bn).join('; '), en: reasons.map((r) => r.en).join('; ') };
}
