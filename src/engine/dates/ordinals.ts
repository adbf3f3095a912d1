/**
 * Numbers that are words, not figures: ordinals like "৩য় শ্রেষ্ঠ" (3rd best), "১ম", "৪র্থ", "৬ষ্ঠ", "১১তম",
 * "2nd". Text readers remove them before looking for a count next to a date. Works on ASCII-digit text.
 */
export const ORDINAL = /[0-9]+\s?(?:st|nd|rd|th|ম|য়|য\u09BC|র্থ|ষ্ঠ|তম)(?![A-Za-z])/gi;

/** The text with ordinal words removed. */
export function withoutOrdinals(text: string): string {
  return text.replace(ORDINAL, ' ');
}
