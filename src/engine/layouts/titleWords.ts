import { normalizeText } from '../text/normalizeText';
import { ANNEX_KEYWORDS } from './vocabulary';

/**
 * Words that make a line a table's title (any kind's keyword, section and annex names), folded and
 * space-prefixed so they match at a word start. A line above a table naming one of these is its title;
 * a line between two parts of a table naming one it did not have starts another table.
 */
export const KIND_WORDS = [
  ...ANNEX_KEYWORDS.flatMap((k) => k.title),
  'কর্মসম্পাদন পরিকল্পনা', 'পরিকল্পনা', 'সংযোজনী', 'সেকশন', 'ফলাফল', 'প্রভাব', 'শব্দসংক্ষেপ', 'প্রমাণক', 'section', 'annex', 'plan',
].map((w) => ` ${normalizeText(w)}`);

/** The folded line names a kind of table (see KIND_WORDS). */
export function namesKind(norm: string): boolean {
  const padded = ` ${norm}`;
  return KIND_WORDS.some((w) => padded.includes(w));
}
