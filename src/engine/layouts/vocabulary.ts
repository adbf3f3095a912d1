import type { TableKind } from '../report/types';
import type { ColumnRole } from './types';

/**
 * THE HEADER VOCABULARY: every word recognition knows, in one place (the README quotes this file).
 *
 * Matching is on meaning, not on exact text: a header cell is first folded by `headerKey`
 * (markup, punctuation, spaces and newlines folded; Bengali digits → ASCII; ী/ূ → ি/ু; years and
 * percentages removed), then compared with the folded forms below. `exact` forms must equal the whole
 * folded cell; `contains` forms may sit anywhere in a short cell (at most MAX_HEADER_WORDS words) and are
 * tried in the order of HEADER_VOCABULARY, so a more specific meaning listed earlier wins
 * ("কর্মসম্পাদন সূচকের মান" is a weight before it is an indicator; "লক্ষ্যমাত্রা অর্জনের প্রমাণক" is evidence
 * before it is a target). Write the forms as clerks write them: they are folded when this module loads.
 */

/** What a header cell can mean. Most are ColumnRoles; a few need the neighbouring cells to become one. */
export type HeaderMeaning =
  | Exclude<ColumnRole, 'actual1' | 'actual2' | 'projection1' | 'projection2' | 'text'>
  /** প্রকৃত অর্জন: the first becomes actual1, the second actual2 (left to right). */
  | 'actual'
  /** প্রক্ষেপণ: projection1, projection2 (left to right). */
  | 'projection'
  /** "বাস্তবায়ন অগ্রগতি পরিবীক্ষণ", "ত্রৈমাসিক অগ্রগতি": a parent over the progress columns, no role itself. */
  | 'progress'
  /** A bare "মান": the area weight next to an area column (annexes 6–8), else the indicator weight. */
  | 'bareWeight'
  // The columns of text tables (mapped to the single ColumnRole 'text', listed in columnHeaders).
  | 'outcome'
  | 'acronym'
  | 'description'
  | 'implementer'
  | 'evidence'
  | 'linkedOffices'
  | 'coordination'
  | 'jointlyResponsible'
  | 'dataSource'
  | 'planTerm'
  | 'subject'
  | 'implementationPlan'
  | 'implementationPeriod'
  | 'quantity';

export interface VocabularyEntry {
  meaning: HeaderMeaning;
  exact?: string[];
  contains?: string[];
}

/** Longer cells are data, not headers: only they may use `contains` forms. */
export const MAX_HEADER_WORDS = 14;

/** In priority order (first match wins). Quarters (q1..q4) and half-year are read by classifyHeaderCell. */
export const HEADER_VOCABULARY: VocabularyEntry[] = [
  { meaning: 'claimed', exact: ['দাবিকৃত', 'claimed', 'প্রাপ্ত নম্বর', 'প্রাপ্ত মান', 'অর্জিত নম্বর'],
    contains: ['দাবীকৃত নম্বর', 'দাবিকৃত নম্বর', 'দাবীকৃত মান', 'অর্জিত মান', 'achieved marks', 'claimed marks', 'obtained marks', 'marks obtained'] },
  { meaning: 'annual',
    contains: ['বার্ষিক চূড়ান্ত', 'চূড়ান্ত অগ্রগতি', 'চূড়ান্ত অর্জন', 'মোট অর্জন', 'বার্ষিক অর্জন', 'বার্ষিক অগ্রগতি', 'total achievement', 'annual achievement', 'annual progress'] },
  { meaning: 'rowLabel', exact: ['লক্ষ্যমাত্রা অর্জন', 'লক্ষ্যমাত্রা ও অর্জন', 'target achievement', 'target and achievement'] },
  { meaning: 'progress', contains: ['অগ্রগতি', 'পরিবীক্ষণ', 'progress', 'monitoring'] },
  { meaning: 'evidence', contains: ['প্রমাণক', 'evidence'] },
  { meaning: 'jointlyResponsible', contains: ['যৌথভাবে দায়িত্বপ্রাপ্ত', 'jointly responsible'] },
  { meaning: 'coordination', contains: ['সমন্বয়ের কৌশল', 'coordination strategy', 'coordination'] },
  { meaning: 'linkedOffices', contains: ['যেসকল অফিসের সাথে', 'যে সকল অফিসের সাথে', 'যেসব অফিসের সাথে', 'offices involved', 'linked offices'] },
  { meaning: 'implementer', contains: ['বাস্তবায়নকারী', 'implementing'] },
  { meaning: 'responsible', contains: ['দায়িত্বপ্রাপ্ত ব্যক্তি', 'দায়িত্বপ্রাপ্ত কর্মকর্তা', 'দায়িত্বপ্রাপ্ত', 'responsible'] },
  { meaning: 'dataSource', exact: ['উপাত্তসূত্র', 'উপাত্ত সূত্র', 'উপাঙ্গসূত্র', 'তথ্যসূত্র', 'data source', 'source of data'] },
  { meaning: 'areaWeight', exact: ['ক্ষেত্রের মান'], contains: ['কর্মসম্পাদনের ক্ষেত্রের মান', 'কার্যক্রমের ক্ষেত্রের মান', 'weight of strategic objective'] },
  { meaning: 'weight', contains: ['সূচকের মান', 'সূচকের ওজন', 'weight of performance indicator', 'weight of pi', 'indicator weight', 'weight of indicator'] },
  { meaning: 'method', contains: ['গণনা পদ্ধতি', 'calculation method', 'method of calculation'] },
  { meaning: 'actual', contains: ['প্রকৃত অর্জন', 'actual achievement'], exact: ['actual'] },
  { meaning: 'projection', contains: ['প্রক্ষেপণ', 'projection'] },
  { meaning: 'tier100', exact: ['অসাধারণ', 'excellent'] },
  { meaning: 'tier90', exact: ['অতি উত্তম', 'very good'] },
  { meaning: 'tier80', exact: ['উত্তম', 'good'] },
  { meaning: 'tier70', exact: ['চলতি মান', 'fair'] },
  { meaning: 'tier60', exact: ['চলতি মানের নিম্নে', 'চলতি মানের নিচে', 'poor'] },
  { meaning: 'target', exact: ['target', 'targets', 'লক্ষ্য'], contains: ['লক্ষ্যমাত্রা', 'target criteria', 'annual target'] },
  { meaning: 'area', exact: ['কর্মসম্পাদনের ক্ষেত্র', 'কর্মসম্পাদন ক্ষেত্র', 'কার্যক্রমের ক্ষেত্র', 'ক্ষেত্র', 'strategic objectives', 'strategic objective'] },
  { meaning: 'indicator', exact: ['সূচক', 'সূচকসমূহ', 'indicator', 'indicators'], contains: ['কর্মসম্পাদন সূচক', 'performance indicator'] },
  { meaning: 'activity', exact: ['কার্যক্রম', 'কার্যক্রমসমূহ', 'কার্যক্রমের নাম', 'activity', 'activities', 'name of activity'] },
  { meaning: 'unit', exact: ['একক', 'unit', 'পরিমাপের একক', 'পরিমাপক একক', 'unit of measurement', 'unit of measure', 'measurement unit', 'units'] },
  { meaning: 'serial', exact: ['ক্রম', 'ক্রমিক', 'ক্রমিক নং', 'ক্রমিক নম্বর', 'ক্র নং', 'নং', 'sl', 'sl no', 'serial', 'serial no', 'no'] },
  { meaning: 'remarks', exact: ['মন্তব্য', 'remarks', 'remark', 'comments'] },
  { meaning: 'outcome', exact: ['ফলাফল প্রভাব', 'ফলাফল', 'outcome impact', 'outcome'] },
  { meaning: 'acronym', contains: ['শব্দসংক্ষেপ', 'acronyms'] },
  { meaning: 'description', exact: ['বিবরণ', 'description', 'full form'] },
  { meaning: 'implementationPlan', contains: ['বাস্তবায়ন পরিকল্পনা', 'implementation plan'] },
  { meaning: 'implementationPeriod', exact: ['বাস্তবায়নকাল', 'বাস্তবায়ন কাল', 'সময়সীমা', 'timeline', 'time frame'] },
  { meaning: 'planTerm', exact: ['কর্ম পরিকল্পনা', 'কর্মপরিকল্পনা', 'action plan'] },
  { meaning: 'subject', exact: ['বিষয়', 'subject'] },
  { meaning: 'quantity', exact: ['সংখ্যা', 'পরিমাণ', 'quantity'] },
  { meaning: 'bareWeight', exact: ['মান', 'weight', 'ওজন'] },
];

/** Meanings that span the columns to their right when the header is not merged (a group title). */
export const GROUP_MEANINGS: ReadonlySet<HeaderMeaning> = new Set<HeaderMeaning>(['target', 'actual', 'projection', 'progress']);

/** Quarter words and ordinals (folded). A cell is quarter N when it has a quarter word and ordinal N, or says "qN". */
export const QUARTER_WORDS = [
  'ত্রৈমাসিক', 'ত্রৈমাসিকের', 'ত্রৈ মাসিক', 'ত্রেমাসিক', 'ত্রৈমাষিক', 'কোয়ার্টার', 'কোয়াটার', 'কোয়ার্টারের', 'কোর্য়াটার', 'কোর্য়ার্টার',
  'প্রান্তিক', 'প্রান্তিকের', 'quarter', 'quarterly', 'qtr',
];
/**
 * Quarters of the Bangladesh fiscal year (July to June) by their month range: "জুলাই-সেপ্টেম্বর" is Q1,
 * "জুলাই-ডিসেম্বর" the half-year. [first month, last month].
 */
export const QUARTER_MONTHS: [number, number, 'q1' | 'q2' | 'q3' | 'q4' | 'halfYear'][] = [
  [7, 9, 'q1'], [10, 12, 'q2'], [1, 3, 'q3'], [4, 6, 'q4'], [7, 12, 'halfYear'],
];
export const QUARTER_ORDINALS: string[][] = [
  ['1ম', 'প্রথম', '1st', 'first', 'q1'],
  ['2য়', 'দ্বিতীয়', '2nd', 'second', 'q2'],
  ['3য়', 'তৃতীয়', '3rd', 'third', 'q3'],
  ['4র্থ', 'চতুর্থ', '4th', 'fourth', 'q4'],
];
/** Half-year: these words, or a cell naming quarters 1 and 2 together ("১ম+২য়"). */
export const HALF_YEAR_WORDS = ['অর্ধবার্ষিক', 'ষাণ্মাসিক', 'half yearly', 'half year', 'halfyearly', 'semi annual'];

/**
 * Title-line and activity keywords that tell the annexes apart, in priority order. A title decides by its
 * first keyword found (nearest title line first); without one, the activity and indicator texts vote.
 */
export const ANNEX_KEYWORDS: { kind: TableKind; title: string[]; activity: string[] }[] = [
  { kind: 'integrity-plan', title: ['শুদ্ধাচার', 'integrity'],
    activity: ['নৈতিকতা কমিটি', 'শুদ্ধাচার', 'অংশীজনের', 'ক্রয় পরিকল্পনা'] },
  { kind: 'e-governance-plan', title: ['ই গভর্ন্যান্স', 'ই গভর্নেন্স', 'উদ্ভাবন', 'ইনোভেশন', 'e governance', 'innovation'],
    activity: ['ই নথি', 'ই ফাইল', 'তথ্য বাতায়ন', 'উদ্ভাবন', 'উদ্ভাবনী', 'ইনোভেশন', 'ডিজিটাইজেশন', 'ডিজিটাইজ', 'মাইগভ', 'ই গভর্ন', 'শোকেসিং'] },
  { kind: 'grievance-plan', title: ['অভিযোগ প্রতিকার', 'অভিযোগ', 'জিআরএস', 'grs', 'grievance'],
    activity: ['অভিযোগ', 'জিআরএস', 'grs'] },
  { kind: 'citizen-charter-plan', title: ['সেবা প্রদান প্রতিশ্রুতি', 'সিটিজেন চার্টার', 'citizen charter', 'service delivery'],
    activity: ['সেবা প্রদান প্রতিশ্রুতি', 'সিটিজেন চার্টার', 'citizen charter'] },
  { kind: 'rti-plan', title: ['তথ্য অধিকার', 'right to information', 'rti'],
    activity: ['তথ্য অধিকার', 'তথ্য প্রাপ্তির আবেদন', 'তথ্য অবমুক্ত', 'স্বপ্রণোদিত', 'তথ্য প্রকাশ'] },
];

/** Title words of Section 3 (used when a table has neither method nor projection columns). */
export const PERFORMANCE_PLAN_TITLES = ['কর্মসম্পাদন পরিকল্পনা', 'সেকশন 3', 'section 3', 'performance plan'];

/** Label rows that split Section 3. Governance is tested first (its label also says কর্মসম্পাদনের ক্ষেত্র). */
export const SECTION_LABELS: { section: 'own' | 'governance'; contains: string[] }[] = [
  { section: 'governance', contains: ['সুশাসন ও সংস্কারমূলক', 'সুশাসন ও সংস্কার', 'আবশ্যিক কৌশলগত উদ্দেশ্য', 'good governance', 'mandatory strategic objectives'] },
  { section: 'own', contains: ['স্বাক্ষরকারী অফিসের', 'এপিএ স্বাক্ষরকারী', 'অফিসের কর্মসম্পাদনের ক্ষেত্র', 'সংস্থার কৌশলগত উদ্দেশ্য', 'দপ্তরের কৌশলগত উদ্দেশ্য', 'core strategic objectives', 'strategic objectives of the office'] },
];

/** First word of a total line (মোট / সর্বমোট / Total) or a net line (নীট / Net) under a table. */
export const TOTAL_WORDS = ['মোট', 'সর্বমোট', 'উপমোট', 'total', 'grand', 'subtotal', 'sub'];
export const NET_WORDS = ['নীট', 'নিট', 'net'];

/** Words that make a single-cell line under a table a note (it ends the table). */
export const NOTE_WORDS = ['সাময়িক', 'provisional', 'প্রযোজ্য হবে', 'বিঃদ্রঃ', 'বি দ্র', 'নোট', 'note', 'টীকা', 'উৎস'];

/** Integrity plans: the label column's two values. */
export const TARGET_ROW_LABELS = ['লক্ষ্যমাত্রা', 'target'];
export const ACHIEVEMENT_ROW_LABELS = ['অর্জন', 'প্রকৃত অর্জন', 'achievement', 'actual'];
