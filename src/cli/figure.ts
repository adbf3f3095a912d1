import { toBengaliDigits } from '../engine/numerals/digits';
import type { Lang } from './parseArgs';

/** Marks as clerks write them: at most 4 decimals, no float noise, Bengali digits in the Bengali report. */
export function figure(n: number, lang: Lang): string {
  const rounded = Math.round(n * 1e4) / 1e4;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return lang === 'bn' ? toBengaliDigits(text) : text;
}

/** "৩টি" / "3" — counts in the summary line. */
export function count(n: number, lang: Lang): string {
  return lang === 'bn' ? toBengaliDigits(String(n)) + 'টি' : String(n);
}
