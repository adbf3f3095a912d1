import { toAsciiDigits } from '../numerals/digits';
import type { Bilingual } from '../report/types';

/** "[১.২.১]", "[[১.১.১]" (a seed's typo), "[ ১ . ২ ]" at the start of an indicator or activity text. */
const BRACKETED = /^\s*\[+\s*([0-9০-৯]+(?:\s*\.\s*[0-9০-৯]+)*)\s*\]+\s*/;
/** "১.১ নৈতিকতা কমিটির সভা" (integrity plans number their activities without brackets): at least one dot. */
const DOTTED = /^\s*([0-9০-৯]{1,2}(?:\s*\.\s*[0-9০-৯]{1,2})+)(?:[.)]|\s)\s*/;
const SPACES = /\s+/g;

/** Most words, and most UTF-16 units (Bengali vowel signs count), of an indicator's text a name keeps. */
const NAME_WORDS = 4;
const NAME_CHARS = 36;

/**
 * How findings name an indicator: its code and the first words of its text, "[১.২.১] ই-নথিতে নোট নিষ্পত্তি…"
 * (English: "[1.2.1] ই-নথিতে নোট নিষ্পত্তি…", the clerk's own words kept). The code comes from the indicator
 * cell, else the activity cell ("[১.১]" or "১.১ …"); the words from the indicator, else the activity. Null
 * when the row names nothing. Called only for rows with findings: no cost on clean rows.
 */
export function indicatorName(indicatorText: string, activityText: string): Bilingual | null {
  const ind = split(indicatorText);
  const act = ind.code !== null && ind.words !== '' ? null : split(activityText);
  const code = ind.code ?? act?.code ?? null;
  const words = firstWords(ind.words !== '' ? ind.words : act?.words ?? '');
  if (code === null && words === '') return null;
  if (code === null) return { bn: words, en: words };
  const c = code.replace(SPACES, '');
  const tail = words === '' ? '' : ' ' + words;
  return { bn: `[${c}]${tail}`, en: `[${toAsciiDigits(c)}]${tail}` };
}

/** The name when the indicator text alone gives it (a code and words: no activity needed), else null. */
export function ownName(indicatorText: string): Bilingual | null {
  const ind = split(indicatorText);
  return ind.code !== null && ind.words !== '' ? indicatorName(indicatorText, '') : null;
}

function split(text: string): { code: string | null; words: string } {
  const t = text.replace(SPACES, ' ').trim();
  const m = BRACKETED.exec(t) ?? DOTTED.exec(t);
  return m ? { code: m[1], words: t.slice(m[0].length).trim() } : { code: null, words: t };
}

/** Up to NAME_WORDS words within NAME_CHARS characters, "…" when more follow; a single long word is clipped. */
function firstWords(text: string): string {
  if (text === '') return '';
  const words = text.split(' ');
  let out = '';
  let n = 0;
  for (const w of words) {
    const next = out === '' ? w : out + ' ' + w;
    if (n === NAME_WORDS || (out !== '' && next.length > NAME_CHARS)) break;
    out = next;
    n++;
  }
  if (out.length > NAME_CHARS) {
    let cut = NAME_CHARS;
    const c = out.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut -= 1;
    return out.slice(0, cut) + '…';
  }
  if (n >= words.length) return out;
  // "শিক্ষক ও…": a name does not end on a joining word
  let kept = out.replace(/[\s,;:।.\-/]+$/, '');
  const last = kept.lastIndexOf(' ');
  if (last > 0 && JOINERS.has(kept.slice(last + 1))) kept = kept.slice(0, last);
  return kept + '…';
}

const JOINERS = new Set(['ও', 'এবং', 'বা', 'অথবা', 'ও/বা', 'এর', 'and', 'or', 'of', 'the', '&']);
