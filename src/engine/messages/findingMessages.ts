import { fillMarks } from '../checks/fillValue';
import { toAsciiDigits, toBengaliDigits } from '../numerals/digits';
import { quoteCell } from '../text/quoteCell';
import type { Bilingual, TableKind } from '../report/types';
import type { MethodKind, Reading, UnitKind } from '../values/types';
import { figureText, numberText } from './figureText';
import { unitName, whatToWrite, type ValueRole } from './unitWords';

/**
 * Every sentence a clerk may see about a finding, one function per rule id, so the wording can be
 * reviewed in one place. Bengali first, with Bengali digits; English second. Sentences name the figures
 * involved and, given the cell (`at`, an A1 address such as "O12": Excel's own notation, so ASCII in both
 * halves), say what to write where, so the clerk can fix the cell without opening the rules. A clerk's
 * text is quoted once per sentence, shortened at a word boundary (quoteCell). Findings on an indicator row
 * are prefixed with the indicator's name by the row scorer (see indicatorName).
 */

/** What a cell holds, in words (used by bad-value and unit messages). */
export type FieldName =
  | 'weight'
  | 'areaWeight'
  | 'tier'
  | 'target'
  | 'q1'
  | 'q2'
  | 'q3'
  | 'q4'
  | 'q1Target'
  | 'q2Target'
  | 'q3Target'
  | 'q4Target'
  | 'halfYear'
  | 'annual'
  | 'claimed'
  | 'total'
  | 'net';

const FIELD_NAMES: Record<FieldName, Bilingual> = {
  weight: { bn: 'সূচকের মান', en: 'indicator weight' },
  areaWeight: { bn: 'ক্ষেত্রের মান', en: 'area weight' },
  tier: { bn: 'লক্ষ্যমাত্রা/নির্ণায়ক', en: 'target tier' },
  target: { bn: 'লক্ষ্যমাত্রা', en: 'target' },
  q1: { bn: '১ম ত্রৈমাসিক অর্জন', en: 'Q1 achievement' },
  q2: { bn: '২য় ত্রৈমাসিক অর্জন', en: 'Q2 achievement' },
  q3: { bn: '৩য় ত্রৈমাসিক অর্জন', en: 'Q3 achievement' },
  q4: { bn: '৪র্থ ত্রৈমাসিক অর্জন', en: 'Q4 achievement' },
  q1Target: { bn: '১ম ত্রৈমাসিক লক্ষ্যমাত্রা', en: 'Q1 target' },
  q2Target: { bn: '২য় ত্রৈমাসিক লক্ষ্যমাত্রা', en: 'Q2 target' },
  q3Target: { bn: '৩য় ত্রৈমাসিক লক্ষ্যমাত্রা', en: 'Q3 target' },
  q4Target: { bn: '৪র্থ ত্রৈমাসিক লক্ষ্যমাত্রা', en: 'Q4 target' },
  halfYear: { bn: 'অর্ধবার্ষিক অগ্রগতি', en: 'half-year figure' },
  annual: { bn: 'মোট অর্জন', en: 'total achievement' },
  claimed: { bn: 'দাবীকৃত নম্বর', en: 'claimed marks' },
  total: { bn: 'মোট', en: 'total' },
  net: { bn: 'নীট', en: 'net' },
};

export function fieldName(field: FieldName): Bilingual {
  return FIELD_NAMES[field];
}

const ANNEX_NAMES: Partial<Record<TableKind, Bilingual>> = {
  'integrity-plan': { bn: 'শুদ্ধাচার কর্মপরিকল্পনা', en: 'integrity plan' },
  'e-governance-plan': { bn: 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা', en: 'e-governance and innovation plan' },
  'grievance-plan': { bn: 'অভিযোগ প্রতিকার কর্মপরিকল্পনা', en: 'grievance redress plan' },
  'citizen-charter-plan': { bn: 'সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা', en: 'citizen charter plan' },
  'rti-plan': { bn: 'তথ্য অধিকার কর্মপরিকল্পনা', en: 'right to information plan' },
};

export function annexName(kind: TableKind): Bilingual {
  return ANNEX_NAMES[kind] ?? { bn: kind, en: kind };
}

/** How the quarters make the annual figure, as the clerk would say it. */
const FIGURE_FROM_QUARTERS: Record<MethodKind, Bilingual> = {
  sum: { bn: 'ত্রৈমাসিক অর্জনের যোগফল', en: 'quarters add up to' },
  average: { bn: 'ত্রৈমাসিক অর্জনের গড়', en: 'quarters average' },
  cumulative: { bn: 'সর্বশেষ ত্রৈমাসিক (ক্রমপুঞ্জিভূত) অর্জন', en: 'the latest cumulative quarter is' },
  date: { bn: 'ত্রৈমাসিক অর্জনের প্রথম তারিখ', en: 'the earliest quarter date is' },
};

/** A sentence with "what to write where" appended when the cell is known. */
function fix(m: Bilingual, at: string | undefined, bn: (at: string) => string, en: (at: string) => string): Bilingual {
  return at === undefined ? m : { bn: `${m.bn}: ${bn(at)}`, en: `${m.en}: ${en(at)}` };
}

/** A derived figure as the clerk would type it back: a percentage with its sign. */
function typed(t: { bn: string; en: string }, percent: boolean): { bn: string; en: string } {
  return percent ? { bn: t.bn + '%', en: t.en + '%' } : t;
}

/**
 * total-mismatch: "মোট অর্জন ১৮২, ত্রৈমাসিক অর্জনের যোগফল ১৯২ / Total 182, quarters add up to 192", and
 * given the cell ": U10-এ ১৯২ লিখুন, অথবা ত্রৈমাসিক অর্জন ঠিক করুন / : write 192 in U10, or correct the quarters".
 */
export function totalMismatchMessage(stated: number, fromQuarters: number, method: MethodKind, isDate: boolean, at?: string, percent = false): Bilingual {
  const s = figureText(stated, isDate);
  const q = figureText(fromQuarters, isDate);
  const how = FIGURE_FROM_QUARTERS[method];
  const w = typed(q, percent);
  return fix(
    { bn: `মোট অর্জন ${s.bn}, ${how.bn} ${q.bn}`, en: `Total ${s.en}, ${how.en} ${q.en}` },
    at,
    (c) => `${c}-এ ${w.bn} লিখুন, অথবা ত্রৈমাসিক অর্জন ঠিক করুন`,
    (c) => `write ${w.en} in ${c}, or correct the quarters`,
  );
}

export function halfYearMismatchMessage(stated: number, fromQuarters: number, method: MethodKind, isDate: boolean, at?: string, percent = false): Bilingual {
  const s = figureText(stated, isDate);
  const q = figureText(fromQuarters, isDate);
  const how = FIGURE_FROM_QUARTERS[method];
  const w = typed(q, percent);
  return fix(
    { bn: `অর্ধবার্ষিক অগ্রগতি ${s.bn}, কিন্তু ১ম ও ২য় ত্রৈমাসিকে ${how.bn} ${q.bn}`, en: `Half-year ${s.en}, but Q1 and Q2: ${how.en} ${q.en}` },
    at,
    (c) => `${c}-এ ${w.bn} লিখুন, অথবা ১ম ও ২য় ত্রৈমাসিক ঠিক করুন`,
    (c) => `write ${w.en} in ${c}, or correct Q1 and Q2`,
  );
}

/** The annual target comes from the signed agreement, so the fix asked for is in the quarterly targets. */
export function quarterTargetsMismatchMessage(annualTarget: number, fromQuarters: number, isDate: boolean, at?: string): Bilingual {
  const a = figureText(annualTarget, isDate);
  const q = figureText(fromQuarters, isDate);
  const m = isDate
    ? { bn: `বার্ষিক লক্ষ্যমাত্রা ${a.bn}, ত্রৈমাসিক লক্ষ্যমাত্রার প্রথম তারিখ ${q.bn}`, en: `Annual target ${a.en}, quarterly targets start ${q.en}` }
    : {
        bn: `বার্ষিক লক্ষ্যমাত্রা ${a.bn}, কিন্তু ত্রৈমাসিক লক্ষ্যমাত্রা থেকে হয় ${q.bn}`,
        en: `Annual target ${a.en}, but the quarterly targets make ${q.en}`,
      };
  return isDate
    ? fix(m, at, (c) => `ত্রৈমাসিক লক্ষ্যমাত্রা বা ${c}-এর তারিখ মিলিয়ে লিখুন`, (c) => `make the quarterly targets agree with the date in ${c}`)
    : fix(m, at, () => `ত্রৈমাসিক লক্ষ্যমাত্রা এমনভাবে লিখুন যেন মোট ${a.bn} হয়`, () => `correct the quarterly targets so they make ${a.en}`);
}

/** claimed-mismatch; the mark to write is the computed one as a fill writes it (2 decimals, within the tolerance). */
export function claimedMismatchMessage(claimed: number, computed: number, at?: string): Bilingual {
  const c = numberText(claimed);
  const k = numberText(computed);
  const f = numberText(fillMarks(computed));
  return fix(
    { bn: `দাবীকৃত নম্বর ${c.bn}, হিসাব অনুযায়ী প্রাপ্য ${k.bn}`, en: `Claimed marks ${c.en}, computed ${k.en}` },
    at,
    (x) => `${x}-এ ${f.bn} লিখুন`,
    (x) => `write ${f.en} in ${x}`,
  );
}

export function claimedOverWeightMessage(claimed: number, weight: number, computed: number | null, at?: string): Bilingual {
  const c = numberText(claimed);
  const w = numberText(weight);
  const tail =
    computed === null
      ? { bn: '', en: '' }
      : { bn: `; হিসাব অনুযায়ী প্রাপ্য ${numberText(computed).bn}`, en: `; computed ${numberText(computed).en}` };
  const m = {
    bn: `দাবীকৃত নম্বর ${c.bn}, সূচকের মান ${w.bn}-এর বেশি${tail.bn}`,
    en: `Claimed marks ${c.en} exceed the indicator weight ${w.en}${tail.en}`,
  };
  if (computed === null) return fix(m, at, (x) => `${x}-এ ${w.bn} বা তার কম লিখুন`, (x) => `write at most ${w.en} in ${x}`);
  const f = numberText(fillMarks(computed));
  return fix(m, at, (x) => `${x}-এ ${f.bn} লিখুন`, (x) => `write ${f.en} in ${x}`);
}

/** weight-sum, in the shapes it takes: an area, an integrity group, the 70/30/100 splits, a stated weight total. */
export type WeightSumScope = 'area' | 'group' | 'own' | 'governance' | 'all' | 'stated-total';

export function weightSumMessage(scope: WeightSumScope, expected: number, actual: number): Bilingual {
  const e = numberText(expected);
  const a = numberText(actual);
  switch (scope) {
    case 'area':
      return { bn: `ক্ষেত্রের মান ${e.bn}, কিন্তু সূচকের মানের যোগফল ${a.bn}`, en: `Area weight ${e.en}, but the indicator weights add up to ${a.en}` };
    case 'group':
      return { bn: `গ্রুপের মান ${e.bn}, কিন্তু সূচকের মানের যোগফল ${a.bn}`, en: `Group weight ${e.en}, but the indicator weights add up to ${a.en}` };
    case 'own':
      return {
        bn: `এপিএ স্বাক্ষরকারী অফিসের ক্ষেত্রসমূহের মানের যোগফল ${a.bn}, হওয়া উচিত ${e.bn}`,
        en: `The office's own performance areas add up to ${a.en}, should be ${e.en}`,
      };
    case 'governance':
      return {
        bn: `সুশাসন ও সংস্কারমূলক ক্ষেত্রের মান ${a.bn}, হওয়া উচিত ${e.bn}`,
        en: `The governance and reform area weighs ${a.en}, should be ${e.en}`,
      };
    case 'all':
      return { bn: `সকল ক্ষেত্রের মানের যোগফল ${a.bn}, হওয়া উচিত ${e.bn}`, en: `All performance areas add up to ${a.en}, should be ${e.en}` };
    case 'stated-total':
      return { bn: `মোট মান ${e.bn} লেখা, কিন্তু সূচকের মানের যোগফল ${a.bn}`, en: `Total weight ${e.en} stated, but the indicator weights add up to ${a.en}` };
  }
}

/** tier-order; `at` is the tiers' range ("H8:L8"). */
export function tierOrderMessage(tiers: (number | null)[], isDate: boolean, at?: string): Bilingual {
  const shown = tiers.filter((t): t is number => t !== null).map((t) => figureText(t, isDate));
  return fix(
    {
      bn: `লক্ষ্যমাত্রার ধাপগুলো (অসাধারণ থেকে চলতি মানের নিম্নে) ক্রমানুসারে নেই: ${shown.map((s) => s.bn).join(', ')}`,
      en: `The target tiers (Excellent to Poor) are not in order: ${shown.map((s) => s.en).join(', ')}`,
    },
    at,
    (c) => `${c}-এর ধাপগুলো ক্রমানুসারে লিখুন (বড় থেকে ছোট; দিন ও তারিখে কম থেকে বেশি)`,
    (c) => `write the tiers in ${c} in order (falling; rising for days and dates)`,
  );
}

export function unitUnknownMessage(unitText: string, holdsNumber: boolean, at?: string): Bilingual {
  const q = quoteCell(unitText);
  const where = at === undefined ? '' : ` (${at})`;
  const into = at === undefined ? '' : ` ${at}-এ`;
  const inCell = at === undefined ? '' : ` in ${at}`;
  return holdsNumber
    ? {
        bn: `একক-এর ঘরে${where} একটি সংখ্যা (${q}) লেখা;${into} একক (সংখ্যা, %, তারিখ …) লিখুন, নম্বর যাচাই করুন`,
        en: `The unit cell${where} holds a number (${q}); write the unit (count, %, date …)${inCell} and check the marks`,
      }
    : {
        bn: `একক "${q}" চেনা যায়নি; নম্বর সংখ্যা হিসেবে গণনা করা হয়েছে:${into} চেনা একক (সংখ্যা, %, তারিখ, দিন …) লিখুন, অথবা নম্বর যাচাই করুন`,
        en: `Unit "${q}" is not recognised; marks were computed as for a count: write a known unit (count, %, date, days …)${inCell}, or check the marks`,
      };
}

/** Which cells hold achievements, which targets: "what to write" differs ("the number achieved", "the target date"). */
const ROLE: Record<FieldName, ValueRole | null> = {
  weight: null, areaWeight: null, claimed: null, total: null, net: null,
  tier: 'target', target: 'target', q1Target: 'target', q2Target: 'target', q3Target: 'target', q4Target: 'target',
  q1: 'achievement', q2: 'achievement', q3: 'achievement', q4: 'achievement', halfYear: 'achievement', annual: 'achievement',
};

/** What belongs in the cells that are not figures of the row's unit. */
const WHAT_FIXED: Partial<Record<FieldName, Bilingual>> = {
  weight: { bn: 'সূচকের মান (একটি সংখ্যা)', en: 'the indicator weight as a number' },
  areaWeight: { bn: 'ক্ষেত্রের মান (একটি সংখ্যা)', en: 'the area weight as a number' },
  claimed: { bn: 'দাবীকৃত নম্বর (একটি সংখ্যা)', en: 'the claimed marks as a number' },
  total: { bn: 'মোট নম্বর (একটি সংখ্যা)', en: 'the total as a number' },
  net: { bn: 'নীট নম্বর (একটি সংখ্যা)', en: 'the net marks as a number' },
};

function what(field: FieldName, unit: UnitKind | null): Bilingual {
  const role = ROLE[field];
  return role === null ? WHAT_FIXED[field]! : whatToWrite(unit, role);
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * bad-value for a cell that cannot be read. The reason quotes the cell once; given the cell (`at`) the
 * sentence says what to write there: "৩য় ত্রৈমাসিক অর্জন (O12): "চলমান" সংখ্যা, শতাংশ বা তারিখ হিসেবে পড়া যায়
 * না; O12-এ অর্জিত সংখ্যা লিখুন, শূন্য ধরা হয়নি".
 */
export function badValueMessage(field: FieldName, _raw: string, reason: Bilingual, at?: string, unit: UnitKind | null = null): Bilingual {
  const f = FIELD_NAMES[field];
  if (at === undefined) {
    return { bn: `${f.bn}: ${reason.bn}; শূন্য ধরা হয়নি`, en: `${capital(f.en)}: ${reason.en}; not counted as zero` };
  }
  const w = what(field, unit);
  return {
    bn: `${f.bn} (${at}): ${reason.bn}; ${at}-এ ${w.bn} লিখুন, শূন্য ধরা হয়নি`,
    en: `${capital(f.en)} (${at}): ${reason.en}; write ${w.en} in ${at} (not counted as zero)`,
  };
}

/**
 * bad-value for a cell whose value contradicts the row's unit (apa-rules: the row is not scored):
 * "৩য় ত্রৈমাসিক অর্জন (O12): একক 'সংখ্যা': অর্জিত সংখ্যা লিখুন, ১০০% নয় / Q3 achievement (O12): unit is
 * count: write the number achieved, not 100%". The wrong value is named, not the whole cell.
 */
export function unitClashMessage(field: FieldName, at: string, unit: UnitKind, value: string): Bilingual {
  const f = FIELD_NAMES[field];
  const u = unitName(unit);
  const w = what(field, unit);
  const v = quoteCell(value);
  return {
    bn: `${f.bn} (${at}): একক '${u.bn}': ${w.bn} লিখুন, ${toBengaliDigits(v)} নয়`,
    en: `${capital(f.en)} (${at}): unit is ${u.en}: write ${w.en}, not ${toAsciiDigits(v)}`,
  };
}

/**
 * bad-value for a count-and-date cell with a date that is no day; the stated count is still read:
 * "লক্ষ্যমাত্রা (F8): ৩১/০৪/২০২৪ তারিখটি হয় না: এপ্রিল ৩০ দিনের; F8-এ সঠিক তারিখ লিখুন (সংখ্যা ৪ পড়া হয়েছে)".
 */
export function impossibleDateMessage(field: FieldName, at: string, why: Bilingual, count: number): Bilingual {
  const f = FIELD_NAMES[field];
  const n = numberText(count);
  return {
    bn: `${f.bn} (${at}): ${why.bn}; ${at}-এ সঠিক তারিখ লিখুন (সংখ্যা ${n.bn} পড়া হয়েছে)`,
    en: `${capital(f.en)} (${at}): ${why.en}; write the real date in ${at} (the count ${n.en} is still read)`,
  };
}

/** The message for a cell read as `r`, or null when the cell is no finding of its own. */
export function cellValueMessage(field: FieldName, at: string, r: Reading, raw: string, unit: UnitKind | null): Bilingual | null {
  if (r.kind === 'bad') return r.clash ? unitClashMessage(field, at, r.clash.unit, r.clash.value) : badValueMessage(field, raw, r.reason, at, unit);
  if (r.kind === 'count-date' && r.impossible) return impossibleDateMessage(field, at, r.impossible, r.count);
  return null;
}

/** A scoring problem the marks primitive reported (e.g. no usable tier), shown as a bad-value finding. */
export function cannotScoreMessage(problem: Bilingual): Bilingual {
  return { bn: `নম্বর হিসাব করা যায়নি: ${problem.bn}`, en: `Marks cannot be computed: ${problem.en}` };
}

export function sumMismatchMessage(stated: number, sumOfClaimed: number): Bilingual {
  const s = numberText(stated);
  const c = numberText(sumOfClaimed);
  return { bn: `মোট ${s.bn} লেখা, কিন্তু দাবীকৃত নম্বরের যোগফল ${c.bn}`, en: `Total ${s.en} stated, but the claimed marks add up to ${c.en}` };
}

/** An annex's own net line disagrees with total ÷ max × weight. */
export function netMismatchMessage(stated: number, total: number, max: number, weight: number, net: number): Bilingual {
  const [s, t, m, w, n] = [stated, total, max, weight, net].map(numberText);
  return {
    bn: `নীট ${s.bn} লেখা, হিসাব অনুযায়ী ${t.bn} ÷ ${m.bn} × ${w.bn} = ${n.bn}`,
    en: `Net ${s.en} stated, computed ${t.en} ÷ ${m.en} × ${w.en} = ${n.en}`,
  };
}

/** A Section 3 governance row states an achievement that is not its annex's net. */
export function governanceNetMismatchMessage(stated: number, annex: TableKind, net: number, at?: string): Bilingual {
  const s = numberText(stated);
  const n = numberText(net);
  const a = annexName(annex);
  return fix(
    { bn: `অর্জন ${s.bn} লেখা, কিন্তু ${a.bn}-এর নীট নম্বর ${n.bn}`, en: `Achievement ${s.en} stated, but the ${a.en} nets ${n.en}` },
    at,
    (c) => `${c}-এ ${n.bn} লিখুন`,
    (c) => `write ${n.en} in ${c}`,
  );
}

/**
 * A finding's sentence named after its indicator: "সূচক [১.২.১] ই-নথিতে নোট নিষ্পত্তি…: …" /
 * "Indicator [1.2.1] ই-নথিতে নোট নিষ্পত্তি…: …" (the code in each language's digits, the words as written).
 */
export function namedMessage(name: Bilingual, m: Bilingual): Bilingual {
  return { bn: `সূচক ${name.bn}: ${m.bn}`, en: `Indicator ${name.en}: ${m.en}` };
}

/** A row whose cells made the engine fail: reported, never crashed on. */
export function rowUnreadableMessage(): Bilingual {
  return {
    bn: 'এই সারির মান পড়া যায়নি; সারিটি যাচাই করুন, নম্বর শূন্য ধরা হয়নি',
    en: 'The values on this row cannot be read; please check the row, no marks were assumed',
  };
}
