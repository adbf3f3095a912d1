import { toBengaliDigits } from '../engine/numerals/digits';
import type { Lang } from './lang';

/**
 * Marks as a clerk reads them: at most 4 decimals, as the engine rounds marks and writes its why lines
 * (4.375 and 0.2148 stay exact; float noise like 29.499999 goes), no trailing zeros, Bengali digits in the
 * Bengali view. null (row not scored) shows as a dash.
 */
export function formatMarks(n: number | null | undefined, lang: Lang): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  const rounded = Math.round(n * 10000) / 10000;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return lang === 'bn' ? toBengaliDigits(text) : text;
}

/** Whole counts (rows, findings): Bengali digits in the Bengali view. */
export function formatCount(n: number, lang: Lang): string {
  const text = String(n);
  return lang === 'bn' ? toBengaliDigits(text) : text;
}
