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
  // Variants of the governance label ("সুশাসন এবং সংস্কারমূলক …", "সংষ্কারমূলক"): good governance and reform, or a
  // performance area of good governance. The own label's variants name the signing office.
  const padded = ` ${norm}`;
  if (padded.startsWith(' সংযোজনী') || padded.startsWith(' annex')) return null;
  if (padded.includes(' সুশাসন') && (padded.includes(' ক্ষেত্র') || padded.includes(' কর্মসম্পাদন'))) return 'governance';
  if (padded.includes(' স্বাক্ষরকারী') && padded.includes(' ক্ষেত্র')) return 'own';
  return null;
}


/** A total (মোট / সর্বমোট / Total …) or net (নীট / Net …) label: its first word says so, and it is short. */
export function totalLineKind(norm: string): 'total' | 'net' | null {
  if (norm === '' || norm.length > 60) return null;
  let words = norm.split(' ');
  if (words.length > 6) return null;
  // "প্রাপ্ত মোট নম্বর", "অর্জিত নীট নম্বর", "দাবীকৃত মোট নম্বর": a marks word before মোট / নীট.
  if (words.length > 1 && TOTAL_PREFIXES.includes(words[0]) && (NETS.includes(words[1]) || TOTALS.includes(words[1]))) words = words.slice(1);
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

/** "লক্ষ্যমাত্রা", "লক্ষ্য", "Target" (a short label starting so, naming no achievement). */
export function isTargetLabel(norm: string): boolean {
  if (TARGET_LABELS.includes(norm)) return true;
  return isShortLabel(norm) && TARGET_STARTS.some((w) => norm.startsWith(w)) && !isAchievementLabel(norm);
}

/**
 * "অর্জন", "প্রকৃত অর্জন", "অর্জিত", "অগ্রগতি", "অর্জন (প্রকৃত)", "Achieved", and "অজর্ন" as a Bijoy-to-Unicode
 * conversion leaves অর্জন: a short label naming an achievement and not starting as a target.
 */
export function isAchievementLabel(norm: string): boolean {
  if (ACHIEVEMENT_LABELS.includes(norm)) return true;
  if (!isShortLabel(norm) || TARGET_STARTS.some((w) => norm.startsWith(w))) return false;
  const padded = ` ${norm}`;
  return ACHIEVEMENT_WORDS.some((w) => padded.includes(w));
}

function isShortLabel(norm: string): boolean {
  return norm !== '' && norm.length <= 30 && norm.split(' ').length <= 3;
}

const SECTIONS = SECTION_LABELS.map((s) => ({ section: s.section, forms: s.contains.map((f) => normalizeText(f)) }));
const TOTALS = TOTAL_WORDS.map((w) => normalizeText(w));
const NETS = NET_WORDS.map((w) => normalizeText(w));
const TOTAL_PREFIXES = ['প্রাপ্ত', 'অর্জিত', 'দাবীকৃত', 'দাবিকৃত', 'সর্বমোট'].map((w) => normalizeText(w));
const NOTES = NOTE_WORDS.map((w) => normalizeText(w));
const TARGET_LABELS = TARGET_ROW_LABELS.map((w) => normalizeText(w));
const ACHIEVEMENT_LABELS = ACHIEVEMENT_ROW_LABELS.map((w) => normalizeText(w));
const TARGET_STARTS = ['লক্ষ্য', 'লক্ষ', 'target'].map((w) => normalizeText(w));
/** Word starts (space-prefixed) that name an achievement row. */
const ACHIEVEMENT_WORDS = ['অর্জন', 'অর্জিত', 'অজর্ন', 'অগ্রগতি', 'achiev', 'actual', 'progress'].map((w) => ` ${normalizeText(w)}`);
const LEADING_ESCAPES = /^[\s\\]+/;
const BOLD = /^\*\*[^*].*\*\*$/s;
const CODE_AFTER_BRACKET = /^\[\s*[0-9\u09E6-\u09EF]/;
