import type { CellValue } from '../grid/types';
import { isCellError } from '../grid/types';

/**
 * A cell's text for display (titles, header labels): markup removed, whitespace collapsed, spelling and
 * digits kept as the clerk wrote them. '' for blanks and errors.
 */
export function cleanText(value: CellValue | undefined): string {
  if (value === null || value === undefined || typeof value === 'boolean' || isCellError(value)) return '';
  const raw = typeof value === 'number' ? String(value) : (value as string);
  if (isClean(raw)) return raw;
  return raw.replace(TAG, ' ').replace(MARKDOWN, '').replace(SPACES, ' ').trim();
}

/**
 * Whether cleaning would return the text unchanged: no character the patterns below act on (< * _ # and backslash)
 * and no whitespace but single inner spaces. Most cells are like this; they skip three regex passes.
 */
function isClean(raw: string): boolean {
  const last = raw.length - 1;
  let prevSpace = true; // a leading space is trimmed
  for (let i = 0; i <= last; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace || i === last) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 0x20 || c === 0x3c /* < */ || c === 0x2a /* * */ || c === 0x5f /* _ */ || c === 0x23 /* # */ || c === 0x5c /* \\ */) return false;
    if (c >= 0xa0 && isWideSpace(c)) return false;
  }
  return true;
}

/** The non-ASCII characters \s (and trim) match. */
function isWideSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const TAG = /<[^>]*>/g;
/** Markdown emphasis/heading marks and backslash escapes left by Word → Markdown → Excel pastes. */
const MARKDOWN = /\*\*|__|^#+\s*|\\(?=[*#\[\]_])/g;
const SPACES = /\s+/g;
