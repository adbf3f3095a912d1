import type { Bilingual } from '../engine/report/types';

/** What went wrong reading a file, in the clerk's words. Keys are XlsxReadError reasons. */
const REASONS: Record<string, Bilingual> = {
  'not-xlsx': {
    bn: 'এটি .xlsx ফাইল নয়। Excel-এ খুলে "Excel Workbook (.xlsx)" হিসেবে সংরক্ষণ করে আবার চেষ্টা করুন।',
    en: 'This is not an .xlsx file. Open it in Excel, save it as "Excel Workbook (.xlsx)" and try again.',
  },
  encrypted: {
    bn: 'ফাইলটি পাসওয়ার্ড দিয়ে সুরক্ষিত। Excel-এ পাসওয়ার্ড সরিয়ে সংরক্ষণ করে আবার চেষ্টা করুন।',
    en: 'The file is password-protected. Remove the password in Excel, save, and try again.',
  },
  corrupt: {
    bn: 'ফাইলটি নষ্ট বা অসম্পূর্ণ, পড়া যায়নি। Excel-এ খুলে নতুন করে সংরক্ষণ করে দেখুন।',
    en: 'The file is damaged or incomplete and could not be read. Try opening it in Excel and saving it again.',
  },
  empty: {
    bn: 'ফাইলটি খালি।',
    en: 'The file is empty.',
  },
};

const UNKNOWN: Bilingual = {
  bn: 'ফাইলটি পড়া যায়নি।',
  en: 'The file could not be read.',
};

function isBilingual(x: unknown): x is Bilingual {
  return typeof x === 'object' && x !== null && typeof (x as Bilingual).bn === 'string' && typeof (x as Bilingual).en === 'string';
}

/** The reader words its reasons as fragments for "FILE: reason" (CLI); the page shows them as sentences. */
function asSentence(b: Bilingual): Bilingual {
  const en = b.en.charAt(0).toUpperCase() + b.en.slice(1);
  return { bn: /[।.!?]$/.test(b.bn) ? b.bn : `${b.bn}।`, en: /[.!?]$/.test(en) ? en : `${en}.` };
}

/**
 * The message for a failed read. The reader's own bilingual text wins when it has one (it knows more);
 * else the reason's text; never a raw exception string (a clerk can't act on "Unexpected token").
 */
export function readErrorMessage(err: unknown): Bilingual {
  if (typeof err === 'object' && err !== null) {
    const e = err as { reason?: unknown; messages?: unknown; bilingual?: unknown; message?: unknown };
    for (const candidate of [e.messages, e.bilingual, e.message]) if (isBilingual(candidate)) return asSentence(candidate);
    if (typeof e.reason === 'string' && REASONS[e.reason]) return REASONS[e.reason];
  }
  return UNKNOWN;
}

/** Reason text for a file refused before reading (by its name or first bytes). */
export function reasonMessage(reason: 'not-xlsx' | 'encrypted' | 'corrupt' | 'empty'): Bilingual {
  return REASONS[reason];
}
