import type { CellValue } from '../grid/types';
import { normalizeText } from '../text/normalizeText';
import {
  ACHIEVEMENT_ROW_LABELS,
  NET_WORDS,
  NOTE_WORDS,
  SECTION_LABELS,
  TARGET_ROW_LABELS,
  TOTAL_WORDS,
} from './vocabulary';

/**
 * Labels of the lines that are not data: Section 3 split labels, total and net lines, notes under a
 * table, and the integrity plan's লক্ষ্যমাত্রা/অর্জন labels. All take folded text (normalizeText).
 */

/** "এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র" → own; "সুশাসন ও সংস্কারমূলক কর্মসম্পাদনের ক্ষেত্র" → governance. */
export function sectionOf(norm: string): 'own' | 'governance' | null {
  if (norm === '' || norm.split(' ').length > 12) return null;
  for (const s of SECTIONS) if (s.forms.some((f) => norm.includes(f))) return s.section;
  return null;
}

/** A total (মোট / সর্বমোট / Total …) or net (নীট / Net …) label: its first word says so, and it is short. */
export function totalLineKind(norm: string): 'total' | 'net' | null {
  if (norm === '' || norm.length > 60) return null;
  const words = norm.split(' ');
  if (words.length > 6) return null;
  if (NETS.includes(words[0])) return 'net';
  if (TOTALS.includes(words[0])) {
    // "মোট অর্জন" is the annual-figure header, not a total line.
    if (words[1] === 'অর্জন' && words.length === 2) return null;
    return 'total';
  }
  return null;
}

/**
 * A note line under a table: "*সাময়িক (provisional) তথ্য", "[উপজেলা পর্যায়ের … প্রযোজ্য হবে …]",
 * "*** উপজেলা পর্যায়ের …". Takes the raw cell (the leading * or [ is folded away by normalizeText).
 */
export function isNoteLine(raw: CellValue): boolean {
  if (typeof raw !== 'string') return false;
  const t = raw.replace(LEADING_ESCAPES, '').trim();
  // "**বিভিন্ন কার্যক্রমের ফলাফল/প্রভাব**" is a bold title pasted as Markdown, not a starred note.
  const bold = BOLD.test(t);
  if ((t.startsWith('*') && !bold) || t.startsWith('†') || (t.startsWith('[') && !CODE_AFTER_BRACKET.test(t))) return true;
  const norm = normalizeText(raw);
  return NOTES.some((w) => norm.startsWith(w) || (w.length > 4 && norm.includes(w)));
}

export function isTargetLabel(norm: string): boolean {
  return TARGET_LABELS.includes(norm);
}

export function isAchievementLabel(norm: string): boolean {
  return ACHIEVEMENT_LABELS.includes(norm);
}

const SECTIONS = SECTION_LABELS.map((s) => ({ section: s.section, forms: s.contains.map((f) => normalizeText(f)) }));
const TOTALS = TOTAL_WORDS.map((w) => normalizeText(w));
const NETS = NET_WORDS.map((w) => normalizeText(w));
const NOTES = NOTE_WORDS.map((w) => normalizeText(w));
const TARGET_LABELS = TARGET_ROW_LABELS.map((w) => normalizeText(w));
const ACHIEVEMENT_LABELS = ACHIEVEMENT_ROW_LABELS.map((w) => normalizeText(w));
const LEADING_ESCAPES = /^[\s\\]+/;
const BOLD = /^\*\*[^*].*\*\*$/s;
const CODE_AFTER_BRACKET = /^\[\s*[0-9\u09E6-\u09EF]/;
