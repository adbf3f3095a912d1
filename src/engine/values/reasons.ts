import { toAsciiDigits, toBengaliDigits } from '../numerals/digits';
import { unitName, whatToWrite } from '../messages/unitWords';
import { quoteCell } from '../text/quoteCell';
import type { Bilingual } from '../report/types';
import type { UnitClash } from './types';

/**
 * Why a cell could not be read, in words a clerk understands. `raw` is the cell as written; each reason
 * quotes it once (shortened at a word boundary), so a message built on a reason never quotes it again.
 */
export const REASONS = {
  notAFigure: (raw: string): Bilingual => ({
    bn: `"${quoteCell(raw)}" সংখ্যা, শতাংশ বা তারিখ হিসেবে পড়া যায় না`,
    en: `"${quoteCell(raw)}" cannot be read as a number, percentage or date`,
  }),
  manyFigures: (raw: string): Bilingual => ({
    bn: `"${quoteCell(raw)}" ঘরে তারিখের পাশে একাধিক সংখ্যা: কোনটি অর্জন বোঝা যায় না`,
    en: `"${quoteCell(raw)}" has more than one number beside the date: the achievement is unclear`,
  }),
  logical: (raw: string): Bilingual => ({
    bn: `"${quoteCell(raw)}" একটি সত্য/মিথ্যা মান, সংখ্যা নয়`,
    en: `"${quoteCell(raw)}" is a TRUE/FALSE value, not a number`,
  }),
  notFinite: (raw: string): Bilingual => ({
    bn: `"${quoteCell(raw)}" কোনো ব্যবহারযোগ্য সংখ্যা নয়`,
    en: `"${quoteCell(raw)}" is not a usable number`,
  }),
  /** "একক 'সংখ্যা': সংখ্যা লিখুন, ১০০% নয় / unit is count: write a number, not 100%" (findings name the cell's role instead). */
  unitClash: (clash: UnitClash): Bilingual => {
    const u = unitName(clash.unit);
    const what = whatToWrite(clash.unit, 'any');
    const v = quoteCell(clash.value);
    return { bn: `একক '${u.bn}': ${what.bn} লিখুন, ${toBengaliDigits(v)} নয়`, en: `unit is ${u.en}: write ${what.en}, not ${toAsciiDigits(v)}` };
  },
};
