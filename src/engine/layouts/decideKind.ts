import type { TableKind } from '../report/types';
import { normalizeText } from '../text/normalizeText';
import type { ColumnRole } from './types';
import { ANNEX_KEYWORDS, PERFORMANCE_PLAN_TITLES, type HeaderMeaning } from './vocabulary';

export interface KindEvidence {
  /** Meanings found in the header (text-table meanings included). */
  meanings: ReadonlySet<HeaderMeaning>;
  /** A weight with tiers, a target or the target/achievement label: scored, whatever text columns it adds. */
  scored?: boolean;
  /** The area column is headed কর্মসম্পাদনের ক্ষেত্র (Section 3's word; annexes 6-8 say কার্যক্রমের ক্ষেত্র). */
  performanceAreas?: boolean;
  columns: Partial<Record<ColumnRole, number>>;
  /** Title lines above the table, folded, nearest first. */
  titles: string[];
  /** Activity and indicator texts of the body, folded. */
  activities: string[];
  /** The body has Section 3 label rows (own / governance). */
  hasSectionRows: boolean;
}

/**
 * Decide what a table is from the roles its header names, the title above it and its activities.
 * Order: text tables by their own columns; Section 3 by its method/projection columns; the integrity
 * plan by its লক্ষ্যমাত্রা/অর্জন column; then annexes by title keyword, Section 3 by title or label
 * rows, annexes by an activity vote. null when nothing is conclusive (the table is not reported rather
 * than guessed).
 */
export function decideKind(e: KindEvidence): TableKind | null {
  const has = (m: HeaderMeaning) => e.meanings.has(m);
  const col = (r: ColumnRole) => e.columns[r] !== undefined;

  if (!e.scored) {
    if (has('acronym')) return 'acronyms';
    if (has('evidence')) return 'evidence';
    if (has('linkedOffices') || has('coordination')) return 'linked-indicators';
    if (has('outcome') || has('jointlyResponsible') || has('dataSource')) return 'outcomes';
  }
  const scoredShape =
    (col('indicator') || col('activity')) &&
    (col('weight') || col('target') || col('tier100') || col('rowLabel') || col('claimed'));
  if (!scoredShape) {
    // An action plan says what will be done and how (বাস্তবায়ন পরিকল্পনা / কর্ম পরিকল্পনা), or names its subjects
    // with a period; a bare period column (a procurement plan's সময়সীমা) is not enough.
    if (has('implementationPlan') || has('planTerm')) return 'action-plan';
    if (has('implementationPeriod') && (has('subject') || col('activity'))) return 'action-plan';
    return null;
  }
  if (col('method') || col('projection1')) return 'performance-plan';
  if (col('rowLabel')) return 'integrity-plan';

  for (const title of e.titles) {
    const padded = ` ${title}`;
    for (const k of ANNEX) if (k.title.some((w) => padded.includes(w))) return k.kind;
    if (PLAN_TITLES.some((w) => padded.includes(w))) return 'performance-plan';
  }
  if (e.hasSectionRows || e.performanceAreas) return 'performance-plan';

  const votes = ANNEX.map((k) => ({
    kind: k.kind,
    n: e.activities.reduce((sum, text) => sum + (k.activity.some((w) => ` ${text}`.includes(w)) ? 1 : 0), 0),
  })).sort((a, b) => b.n - a.n);
  // Rows naming three or more annexes are Section 3's governance rows ([১.১] শুদ্ধাচার … [১.৫] তথ্য অধিকার).
  if (votes.filter((v) => v.n > 0).length >= 3) return 'performance-plan';
  if (votes[0].n > 0 && votes[0].n > votes[1].n) return votes[0].kind;
  // The annex columns without a title or annex words: scored as an untitled annex, never given an annex's name.
  if (votes[0].n === 0 && col('weight') && (col('tier100') || col('target')) && (QUARTERS.some(col) || col('annual') || col('claimed'))) {
    return 'annex-plan';
  }
  return null;
}

const QUARTERS: ColumnRole[] = ['q1', 'q2', 'q3', 'q4'];

/** Keywords match at a word start (" উদ্ভাবন" matches "উদ্ভাবনী", not "অনুদ্ভাবন"). */
const ANNEX = ANNEX_KEYWORDS.map((k) => ({
  kind: k.kind,
  title: k.title.map((w) => ` ${normalizeText(w)}`),
  activity: k.activity.map((w) => ` ${normalizeText(w)}`),
}));
const PLAN_TITLES = PERFORMANCE_PLAN_TITLES.map((w) => ` ${normalizeText(w)}`);
