import type { Bilingual } from '../report/types';

/** Excel's error values, and what each means to a clerk. */
const MEANINGS: Record<string, Bilingual> = {
  '#N/A': { bn: 'মান পাওয়া যায়নি', en: 'value not available' },
  '#DIV/0!': { bn: 'শূন্য দিয়ে ভাগ', en: 'division by zero' },
  '#VALUE!': { bn: 'ভুল ধরনের মান', en: 'wrong type of value' },
  '#REF!': { bn: 'অকার্যকর ঘর-রেফারেন্স', en: 'invalid cell reference' },
  '#NAME?': { bn: 'অজানা নাম বা ফাংশন', en: 'unknown name or function' },
  '#NUM!': { bn: 'অকার্যকর সংখ্যা', en: 'invalid number' },
  '#NULL!': { bn: 'পরিসরগুলো মেলে না', en: 'ranges do not intersect' },
  '#SPILL!': { bn: 'ফলাফল ছড়াতে পারেনি', en: 'result cannot spill' },
  '#CALC!': { bn: 'গণনা করা যায়নি', en: 'calculation error' },
  '#GETTING_DATA': { bn: 'তথ্য আসছে', en: 'data still loading' },
  '#FIELD!': { bn: 'অকার্যকর ক্ষেত্র', en: 'invalid field' },
  '#BUSY!': { bn: 'গণনা চলছে', en: 'still calculating' },
  '#BLOCKED!': { bn: 'বন্ধ রাখা হয়েছে', en: 'blocked' },
  '#CONNECT!': { bn: 'সংযোগ নেই', en: 'no connection' },
  '#UNKNOWN!': { bn: 'অজানা ত্রুটি', en: 'unknown error' },
};

/** The canonical error name when the text is an Excel error value ("#DIV/0!"), else null. */
export function excelErrorName(text: string): string | null {
  const t = text.trim().toUpperCase();
  if (MEANINGS[t]) return t;
  // Adapters sometimes pass the bare code; anything else starting with # and shouting is still an error.
  return /^#[A-Z0-9_/]+[!?]?$/.test(t) && /[!?]$|^#N\/A$/.test(t) ? t : null;
}

/** Why a cell holding an Excel error cannot be scored, naming the error. */
export function excelErrorReason(name: string): Bilingual {
  const meaning = MEANINGS[name.toUpperCase()] ?? { bn: 'এক্সেলের ত্রুটি', en: 'Excel error' };
  return {
    bn: `ঘরে এক্সেলের ত্রুটি ${name} (${meaning.bn}): সূত্র বা মান ঠিক করুন`,
    en: `the cell holds the Excel error ${name} (${meaning.en}): fix the formula or value`,
  };
}
