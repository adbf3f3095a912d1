/** Longest stretch of a clerk's cell text a message quotes: enough to recognise the cell, never a wall of text. */
export const QUOTE_LIMIT = 40;

/**
 * Cell text as a message quotes it: line breaks and runs of spaces folded, clipped to QUOTE_LIMIT characters
 * (never splitting a surrogate pair) with "…" marking the cut. A 30,000-character cell must not drown a report.
 */
export function quoteCell(raw: string): string {
  const folded = raw.replace(/\s+/g, ' ').trim();
  if (folded.length <= QUOTE_LIMIT) return folded;
  let cut = QUOTE_LIMIT;
  const c = folded.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut -= 1;
  return folded.slice(0, cut) + '…';
}
