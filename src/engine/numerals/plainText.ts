import { toAsciiDigits } from './digits';

/**
 * A pasted cell's text reduced to what a number/date reader needs: Word/Markdown markup (`<b>`, `**`),
 * no-break and zero-width characters and repeated spaces removed, Bengali digits turned ASCII.
 * Letters are kept as written (callers match words themselves).
 */
export function plainText(text: string): string {
  return toAsciiDigits(text)
    .replace(TAG, ' ')
    .replace(MARKDOWN, '')
    .replace(ZERO_WIDTH, '')
    .replace(SPACES, ' ')
    .trim();
}

const TAG = /<[^>]*>/g;
const MARKDOWN = /\*\*|__|\\(?=[*#\[\]_])/g;
/** ZWJ/ZWNJ are legitimate inside Bengali words but never inside a figure; BOM and ZWSP come from PDFs. */
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
/** \s covers NBSP (U+00A0) and the other Unicode spaces PDFs paste. */
const SPACES = /\s+/g;
