import type { TableKind } from '../report/types';
import { normalizeText } from '../text/normalizeText';

/**
 * Which annex a Section 3 governance row ([১.১]..[১.৫]) stands for, matched by its words, never by its
 * number (offices renumber). Checked in this order; the first keyword found wins.
 */
const KEYWORDS: [TableKind, string[]][] = [
  ['integrity-plan', ['শুদ্ধাচার', 'integrity', 'nis']],
  ['e-governance-plan', ['ই গভর্ন্যান্স', 'ই গভর্নেন্স', 'ই গভর্নান্স', 'উদ্ভাবন', 'e governance', 'innovation']],
  ['grievance-plan', ['অভিযোগ প্রতিকার', 'অভিযোগ', 'জিআরএস', 'grievance', 'grs']],
  ['citizen-charter-plan', ['সেবা প্রদান প্রতিশ্রুতি', 'সিটিজেন চার্টার', 'citizen charter', 'citizen s charter']],
  ['rti-plan', ['তথ্য অধিকার', 'right to information', 'rti']],
];

const NORMALIZED: [TableKind, string[]][] = KEYWORDS.map(([k, words]) => [k, words.map((w) => ` ${normalizeText(w)} `)]);

export function governanceKind(text: string): TableKind | null {
  const norm = ` ${normalizeText(text)} `;
  if (norm.trim() === '') return null;
  for (const [kind, words] of NORMALIZED) {
    for (const w of words) if (norm.includes(w)) return kind;
  }
  return null;
}

/** Default Section 3 weights of the annexes (apa-rules: 10 + 10 + 4 + 3 + 3 = 30). */
export const DEFAULT_ANNEX_WEIGHTS: Partial<Record<TableKind, number>> = {
  'integrity-plan': 10,
  'e-governance-plan': 10,
  'grievance-plan': 4,
  'citizen-charter-plan': 3,
  'rti-plan': 3,
};
