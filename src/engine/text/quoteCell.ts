/** Longest stretch of a clerk's cell text a message quotes: enough to recognise the cell, never a wall of text. */
export const QUOTE_LIMIT = 40;

/**
 * Cell text as a message quotes it: line breaks and runs of spaces folded, clipped to at most QUOTE_LIMIT
 * characters with "…" marking the cut. The cut falls at a word boundary (the last space within the limit,
 * when that keeps at least half of it), so a quoted word or figure is never cut in the middle; one
 * unbroken run longer than the limit is cut at the limit, never splitting a surrogate pair. A
 * 30,000-character cell must not drown a report.
 */
export function quoteCell(raw: string): string {
  const folded = raw.replace(/\s+/g, ' ').trim();
  if (folded.length <= QUOTE_LIMIT) return folded;
  const space = folded.lastIndexOf(' ', QUOTE_LIMIT);
  if (space >= QUOTE_LIMIT / 2) return folded.slice(0, space).replace(TRAILING, '') + '…';
  let cut = QUOTE_LIMIT;
  const c = folded.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut -= 1;
  return folded.slice(0, cut) + '…';
}

/** Punctuation left dangling before the cut ("সভা," → "সভা…"). */
const TRAILING = /[\s,;:।.\-/]+$/;
