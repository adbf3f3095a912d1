/**
 * Month names as clerks write them. Bengali spellings vary in vowel length (জানুয়ারি/জানুয়ারী), in ষ/স
 * (আগষ্ট/আগস্ট) and in how য় is encoded (one code point or য + nukta), so names are compared folded.
 */

const BENGALI: [string, number][] = [
  ['জানুয়ারি', 1],
  ['ফেব্রুয়ারি', 2],
  ['মার্চ', 3],
  ['এপ্রিল', 4],
  ['মে', 5],
  ['জুন', 6],
  ['জুলাই', 7],
  ['আগস্ট', 8],
  ['সেপ্টেম্বর', 9],
  ['অক্টোবর', 10],
  ['নভেম্বর', 11],
  ['ডিসেম্বর', 12],
];

const ENGLISH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ENGLISH_FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Fold the spelling variants that clerks use interchangeably. */
function foldBengali(word: string): string {
  return word
    .replace(/\u09AF\u09BC/g, '\u09DF') // য + nukta → য়
    .replace(/\u09A1\u09BC/g, '\u09DC') // ড + nukta → ড়
    .replace(/\u09C0/g, '\u09BF') //        ী → ি
    .replace(/\u09C2/g, '\u09C1') //        ূ → ু
    .replace(/\u09B7/g, '\u09B8') //        ষ → স
    .replace(/[\u200C\u200D]/g, '');
}

const BY_NAME = new Map<string, number>();
for (const [name, m] of BENGALI) BY_NAME.set(foldBengali(name), m);
ENGLISH.forEach((name, i) => BY_NAME.set(name, i + 1));
ENGLISH_FULL.forEach((name, i) => BY_NAME.set(name, i + 1));
BY_NAME.set('sept', 9);

/** 1..12 for a month name (Bengali with its variants, English full or three-letter), else null. */
export function monthFromName(word: string): number | null {
  const key = /[a-z]/i.test(word) ? word.toLowerCase().replace(/\.$/, '') : foldBengali(word);
  return BY_NAME.get(key) ?? null;
}
