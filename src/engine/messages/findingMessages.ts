import { quoteCell } from '../text/quoteCell';
import type { Bilingual, TableKind } from '../report/types';
import type { MethodKind } from '../values/types';
import { figureText, numberText } from './figureText';

/**
 * Every sentence a clerk may see about a finding, one function per rule id, so the wording can be
 * reviewed in one place. Bengali first, with Bengali digits; English second. Sentences name the figures
 * involved so the clerk can fix the cell without opening the rules.
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

/** total-mismatch: "মোট অর্জন ১৮২, ত্রৈমাসিক অর্জনের যোগফল ১৯২ / Total 182, quarters add up to 192". */
export function totalMismatchMessage(stated: number, fromQuarters: number, method: MethodKind, isDate: boolean): Bilingual {
  const s = figureText(stated, isDate);
  const q = figureText(fromQuarters, isDate);
  const how = FIGURE_FROM_QUARTERS[method];
  return { bn: `মোট অর্জন ${s.bn}, ${how.bn} ${q.bn}`, en: `Total ${s.en}, ${how.en} ${q.en}` };
}

export function halfYearMismatchMessage(stated: number, fromQuarters: number, method: MethodKind, isDate: boolean): Bilingual {
  const s = figureText(stated, isDate);
  const q = figureText(fromQuarters, isDate);
  const how = FIGURE_FROM_QUARTERS[method];
  return {
    bn: `অর্ধবার্ষিক অগ্রগতি ${s.bn}, কিন্তু ১ম ও ২য় ত্রৈমাসিকে ${how.bn} ${q.bn}`,
    en: `Half-year ${s.en}, but Q1 and Q2: ${how.en} ${q.en}`,
  };
}

export function quarterTargetsMismatchMessage(annualTarget: number, fromQuarters: number, isDate: boolean): Bilingual {
  const a = figureText(annualTarget, isDate);
  const q = figureText(fromQuarters, isDate);
  return isDate
    ? { bn: `বার্ষিক লক্ষ্যমাত্রা ${a.bn}, ত্রৈমাসিক লক্ষ্যমাত্রার প্রথম তারিখ ${q.bn}`, en: `Annual target ${a.en}, quarterly targets start ${q.en}` }
    : {
        bn: `বার্ষিক লক্ষ্যমাত্রা ${a.bn}, কিন্তু ত্রৈমাসিক লক্ষ্যমাত্রা থেকে হয় ${q.bn}`,
        en: `Annual target ${a.en}, but the quarterly targets make ${q.en}`,
      };
}

export function claimedMismatchMessage(claimed: number, computed: number): Bilingual {
  const c = numberText(claimed);
  const k = numberText(computed);
  return { bn: `দাবীকৃত নম্বর ${c.bn}, হিসাব অনুযায়ী প্রাপ্য ${k.bn}`, en: `Claimed marks ${c.en}, computed ${k.en}` };
}

export function claimedOverWeightMessage(claimed: number, weight: number, computed: number | null): Bilingual {
  const c = numberText(claimed);
  const w = numberText(weight);
  const tail =
    computed === null
      ? { bn: '', en: '' }
      : { bn: `; হিসাব অনুযায়ী প্রাপ্য ${numberText(computed).bn}`, en: `; computed ${numberText(computed).en}` };
  return {
    bn: `দাবীকৃত নম্বর ${c.bn}, সূচকের মান ${w.bn}-এর বেশি${tail.bn}`,
    en: `Claimed marks ${c.en} exceed the indicator weight ${w.en}${tail.en}`,
  };
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

export function tierOrderMessage(tiers: (number | null)[], isDate: boolean): Bilingual {
  const shown = tiers.filter((t): t is number => t !== null).map((t) => figureText(t, isDate));
  return {
    bn: `লক্ষ্যমাত্রার ধাপগুলো (অসাধারণ থেকে চলতি মানের নিম্নে) ক্রমানুসারে নেই: ${shown.map((s) => s.bn).join(', ')}`,
    en: `The target tiers (Excellent to Poor) are not in order: ${shown.map((s) => s.en).join(', ')}`,
  };
}

export function unitUnknownMessage(unitText: string, holdsNumber: boolean): Bilingual {
  return holdsNumber
    ? {
        bn: `একক-এর ঘরে একটি সংখ্যা (${unitText}) লেখা; একক (সংখ্যা, %, তারিখ …) লিখুন, নম্বর যাচাই করুন`,
        en: `The unit cell holds a number (${unitText}); write the unit (count, %, date …) and check the marks`,
      }
    : {
        bn: `একক "${unitText}" চেনা যায়নি; নম্বর সংখ্যা হিসেবে গণনা করা হয়েছে, যাচাই করুন`,
        en: `Unit "${unitText}" is not recognised; marks were computed as for a count, please check`,
      };
}

export function badValueMessage(field: FieldName, raw: string, reason: Bilingual): Bilingual {
  const f = FIELD_NAMES[field];
  return {
    bn: `${f.bn} "${quoteCell(raw)}" পড়া যায়নি (${reason.bn}); শূন্য ধরা হয়নি`,
    en: `The ${f.en} "${quoteCell(raw)}" cannot be read (${reason.en}); not counted as zero`,
  };
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
export function governanceNetMismatchMessage(stated: number, annex: TableKind, net: number): Bilingual {
  const s = numberText(stated);
  const n = numberText(net);
  const a = annexName(annex);
  return { bn: `অর্জন ${s.bn} লেখা, কিন্তু ${a.bn}-এর নীট নম্বর ${n.bn}`, en: `Achievement ${s.en} stated, but the ${a.en} nets ${n.en}` };
}

/** A row whose cells made the engine fail: reported, never crashed on. */
export function rowUnreadableMessage(): Bilingual {
  return {
    bn: 'এই সারির মান পড়া যায়নি; সারিটি যাচাই করুন, নম্বর শূন্য ধরা হয়নি',
    en: 'The values on this row cannot be read; please check the row, no marks were assumed',
  };
}
