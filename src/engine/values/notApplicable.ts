/**
 * Texts clerks write for "does not apply": dashes of any kind ("-", "--", "—", "–"), "প্রযোজ্য নয়"
 * (and its spelling variants), "N/A", "NA". Excel's error value #N/A is NOT one of them (see excelErrors).
 */
export function isNotApplicableText(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (DASHES.test(t)) return true;
  return WORDS.has(fold(t));
}

/** য় has two encodings (U+09DF, or য + nukta); PDFs paste either. */
function fold(text: string): string {
  return text.replace(/\u09AF\u09BC/g, '\u09DF').replace(/\s+/g, ' ').replace(/[।.]$/, '').toLowerCase();
}

const DASHES = /^[-\u2010-\u2015\u2212\s]+$/;
const WORDS = new Set(
  [
    'প্রযোজ্য নয়',
    'প্রযোজ্য নহে',
    'প্রযোজ্য নেই',
    'প্রযোজ্য না',
    'n/a',
    'na',
    'n.a',
    'not applicable',
  ].map(fold),
);
