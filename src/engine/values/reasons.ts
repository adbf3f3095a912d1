import { quoteCell } from '../text/quoteCell';
import type { Bilingual } from '../report/types';

/** Why a cell could not be read, in words a clerk understands. `raw` is the cell as written. */
export const REASONS = {
  notAFigure: (raw: string): Bilingual => ({
    bn: `"${quoteCell(raw)}" সংখ্যা, শতাংশ বা তারিখ হিসেবে পড়া যায় না`,
    en: `"${quoteCell(raw)}" cannot be read as a number, percentage or date`,
  }),
  impossibleDate: (raw: string): Bilingual => ({
    bn: `"${quoteCell(raw)}" কোনো সঠিক তারিখ নয় (দিন-মাস-বছর হিসেবে পড়া হয়)`,
    en: `"${quoteCell(raw)}" is not a real date (dates are read day-month-year)`,
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
};
