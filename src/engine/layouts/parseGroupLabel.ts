import { cleanText } from '../text/cleanText';
import { toAsciiDigits } from '../numerals/digits';
import type { CellValue } from '../grid/types';

/**
 * Integrity-plan group rows: "১. প্রাতিষ্ঠানিক ব্যবস্থা.....৬" → { number: 1, name: "প্রাতিষ্ঠানিক ব্যবস্থা", weight: 6 }.
 * The weight is the number after the dot leader (or a dash, colon or parentheses); "২. ক্রয়ের ক্ষেত্রে
 * শুদ্ধাচার" has none (weight null). Not a group: "১.১ নৈতিকতা …" (an activity), plain text, numbers.
 */
export function parseGroupLabel(value: CellValue): { number: number; name: string; weight: number | null } | null {
  if (typeof value !== 'string') return null;
  const text = toAsciiDigits(cleanText(value));
  const m = GROUP.exec(text);
  if (!m) return null;
  let name = m[2].trim();
  let weight: number | null = null;
  const w = WEIGHT.exec(name);
  if (w) {
    weight = Number(w[1] ?? w[2]);
    name = name.slice(0, w.index).trim();
  }
  if (!LETTER.test(name)) return null;
  return { number: Number(m[1]), name, weight };
}

/** "N." or "N)" or "N।" then text; never "N.M" (an activity number). */
const GROUP = /^\s*(\d{1,2})\s*[.)।:]\s*(?!\d)(.+)$/;
/** A trailing weight: "…..৬", "… ৬", "- ৬", ": ৬", "(৬)", "(মান: ৬)", "৬ নম্বর". */
const WEIGHT = /(?:\s*(?:\.{2,}|…+|[-–—:=])\s*|\s+)(\d+(?:\.\d+)?)\s*(?:নম্বর)?\s*$|\s*\(\s*(?:মান\s*[:=]?\s*)?(\d+(?:\.\d+)?)\s*\)\s*$/;
const LETTER = /[\u0980-\u09FFA-Za-z]/;
