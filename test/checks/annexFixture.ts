import { annexLayout, buildTable, INTEGRITY, type Built, type Cells, type Line } from './buildTable';

/**
 * Seed 001's ই-গভর্নেন্স ও উদ্ভাবন কর্মপরিকল্পনা (weights 10+2+6+2+8+6+3+4+5+4 = 50) with a year's progress:
 * [১.১.১] on the 100% date → 10; [২.১.১] 4 → 2; [৩.১.১] later than every tier → 0; [৪.১.১] on time → 2;
 * [৪.১.২] quarters 60/70/70/75% average 68.75 → between 70% and 60% → 68.75% of 8 = 5.5;
 * [৫.১.১] 4 → 6; [৫.১.২] 0 → 0; [৬.১.১] 4 → 4; [৭.১.১] late → 0; [৮.১.১] nothing reported → 0.
 * Total 29.5 of 50 → net 29.5 ÷ 50 × 10 = 5.9 (the apa-rules worked example).
 */
export const EGOV_LINES: Line[] = [
  row('০১', '[১.১] সেবা সহজিকরণ/ ডিজিটাইজেশনের মাধ্যমে উদ্ভাবনী ধারণা বাস্তবায়ন', '[[১.১.১] সেবা/অফিস ব্যবস্থাপনা সহজিকরণ/ডিজিটাইজেশনের মাধ্যমে ন্যূনতম একটি উদ্ভাবনী ধারণা বাস্তবায়িত', 'তারিখ', '১০',
    ['০৯/০৩/২৫', '১৬/০৩/২৫', '২৩/০৩/২৫', '৩০/০৩/২৫', '০৬/০৪/২৫'], [null, null, null, '০৯/০৩/২৫', null], '০৯/০৩/২৫', '১০'),
  row('০২', '[২.১] ইতঃপূর্বে বাস্তবায়িত সহজিকৃত ও ডিজিটাইজকৃত সেবা চলমান রাখা', '[২.১.১] নিজ অফিসসহ আওতাধীন অফিসসমূহে ইতঃপূর্বে উদ্ভাবিত সেবাসমূহের ডাটাবেজ হালনাগাদকৃত', 'সংখ্যা', '২',
    ['৪', '৩', '২', '১', '-'], ['১', '১', '২', '১', '১'], '৪', '২'),
  row('০৩', '[৩.১] ইনোভেশন শোকেজিং', '[৩.১.১] আওতাধীন অফিসসমূহের অংশগ্রহণে ন্যূনতম একটি ইনোভেশন প্রদর্শনী আয়োজিত', 'তারিখ', '৬',
    ['১৫/০৪/২৫', '২২/০৪/২৫', '২৯/০৪/২৫', '০৫/০৫/২৫', '১২/০৫/২৫'], [null, null, null, null, '২০/০৫/২৫'], '২০/০৫/২৫', '০'),
  row('০৪', '[৪.১] ই-নথির ব্যবহার বৃদ্ধি', '[৪.১.১] ই-ফাইলে নিষ্পত্তিযোগ্য নথির তালিকা নির্ধারিত', 'তারিখ', '২',
    ['৩১/০৮/২৪', '০৮/০৯/২৪', '১৫/০৯/২৪', '২২/০৯/২৪', '২৯/০৯/২৪'], ['৩১/০৮/২৪', null, '৩১/০৮/২৪', null, null], '৩১/০৮/২৪', '২'),
  row(null, null, '[৪.১.২] ই-ফাইলে নোট নিষ্পত্তিকৃত', '%', '৮',
    ['১০০%', '৯০%', '৮০%', '৭০%', '৬০%'], ['৬০%', '৭০%', '৬৫%', '৭০%', '৭৫%'], '৬৮.৭৫%', '৫.৫'),
  row('০৫', '[৫.১] তথ্য বাতায়ন হালনাগাদকরণ', '[৫.১.১] তথ্য বাতায়ন হালনাগাদকৃত', 'সংখ্যা', '৬',
    ['৪', '৩', '২', '১', '-'], ['১', '১', '২', '১', '১'], '৪', '৬'),
  row(null, null, '[৫.১.২] আওতাধীন অফিসসমূহের তথ্য বাতায়ন হালনাগাদকরণ নিশ্চিতকরণ', 'সংখ্যা', '৩',
    ['৪', '৩', '২', '১', '-'], ['০', '০', '০', '০', '০'], '০', '০'),
  row('০৬', '[৬.১] স্মার্ট বাংলাদেশ বিনির্মাণে কর্মশালা আয়োজন।', '[৬.১.১] স্মার্ট বাংলাদেশ বিনির্মাণ সংক্রান্ত কর্মশালা আয়োজিত', 'সংখ্যা', '৪',
    ['৪', '৩', '২', '১', '-'], ['১', '১', '২', '১', '১'], '৪', '৪'),
  row('০৭', '[৭.১] অনলাইন রিপোর্ট ম্যানেজমেন্ট সফটওয়্যার বাস্তবায়ন', '[৭.১.১] নিজ অফিস ও আওতাধীন অফিসে অনলাইন রিপোর্ট ম্যানেজমেন্ট সফটওয়্যার বাস্তবায়িত', 'তারিখ', '৫',
    ['০১/১২/২৪', '১৫/১২/২৪', '২৯/১২/২৪', '০৫/০১/২৫', '১২/০১/২৫'], [null, null, null, '২০/০১/২৫', null], '২০/০১/২৫', '০'),
  row('০৮', '[৮.১] মাইগভ প্ল্যাটফর্মের ব্যবহার বৃদ্ধি', '[৮.১.১] মাইগভ প্ল্যাটফর্মের মাধ্যমে ডিজিটাইজেশনযোগ্য সরকারি সেবা চিহ্নিতকরণ কর্মশালা আয়োজিত', 'সংখ্যা', '৪',
    ['২', '-', '১', '-', '-'], [null, null, null, null, null], null, null),
  { type: 'total', label: 'মোট', valueRole: 'claimed', cells: { claimed: '২৯.৫' } },
  { type: 'net', label: 'নীট', valueRole: 'claimed', cells: { claimed: '৫.৯' } },
];

/** q = [Q1, Q2, half-year, Q3, Q4]. */
function row(serial: string | null, activity: string | null, indicator: string, unit: string, weight: string, tiers: string[], q: (string | null)[], annual: string | null, claimed: string | null): Line {
  return {
    type: 'indicator',
    cells: {
      serial, activity, indicator, unit, weight,
      tier100: tiers[0], tier90: tiers[1], tier80: tiers[2], tier70: tiers[3], tier60: tiers[4],
      q1: q[0], q2: q[1], halfYear: q[2], q3: q[3], q4: q[4], annual, claimed,
    },
  };
}

export const EGOV = { i111: 0, i211: 1, i311: 2, i411: 3, i412: 4, i511: 5, i512: 6, i611: 7, i711: 8, i811: 9, total: 10, net: 11 } as const;

export function egov(patch: Record<number, Cells> = {}, name = 'সংযোজনী ৫'): Built {
  const lines = EGOV_LINES.map((l, i) => (patch[i] ? { ...l, cells: { ...l.cells, ...patch[i] } } : l));
  return buildTable(annexLayout('e-governance-plan', false), lines, { name, title: 'ই-গভর্নেন্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৪-২৫', top: 2 });
}

/** Annex rows start under the title (row 1) and the header (row 2): line i is sheet row i + 3. */
export function egovRow(i: number): number {
  return i + 3;
}

/**
 * Seed 001's শুদ্ধাচার plan with achievements on the second row of each pair:
 * ১.১ 3 of 4 meetings, weight 2 → 1.5 (worked example); ১.২ 4 of 4 → 2; ১.৩ 4 of 4 → 1;
 * ১.৪ a count and its dates, 2 of 2 → 1; ২.১ published 28/07/2024, before the 31/07/2024 target → 2.
 * Total 7.5 of 8 → net 7.5 ÷ 8 × 10 = 9.375.
 */
export const INTEGRITY_LINES: Line[] = [
  { type: 'group', groupWeight: 6, label: '১. প্রাতিষ্ঠানিক ব্যবস্থা.....৬' },
  pair('১.১ নৈতিকতা কমিটির সভা আয়োজন', 'সভা আয়োজিত', '২', 'সংখ্যা', '৪', ['১', '১', '১', '১'], ['১', '১', '-', '১'], '৩', '১.৫'),
  pair('১.২ সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনের (stakeholders) অংশগ্রহণে সভা', 'অনুষ্ঠিত সভা', '২', 'সংখ্যা', '৪', ['১', '১', '১', '১'], ['১', '১', '১', '১'], '৪', '২'),
  pair('১.৩ শুদ্ধাচার সংক্রান্ত প্রশিক্ষণ', 'প্রশিক্ষিত কর্মচারী', '১', 'সংখ্যা', '৪', ['-', '৪', '-', '-'], ['-', '৪', '-', '-'], '৪', '১'),
  pair('১.৪ কর্ম-পরিবেশ উন্নয়ন (টিওএন্ডইভুক্ত অকেজো মালামাল নিষ্পত্তিকরণ/পরিষ্কার-পরিচ্ছন্নতা বৃদ্ধি)', 'উন্নত কর্ম-পরিবেশ', '১', 'সংখ্যা ও তারিখ', '২', ['-', '১', '-', '১'], ['-', '১৬/১০/২৪', '-', '১২/০৪/২৫'], '২', '১'),
  { type: 'group', groupWeight: 2, label: '২. ক্রয়ের ক্ষেত্রে শুদ্ধাচার.....২' },
  pair('২.১ ২০২৪-২৫ অর্থ বছরের ক্রয়-পরিকল্পনা ওয়েবসাইটে প্রকাশ', 'ক্রয়-পরিকল্পনা ওয়েবসাইটে প্রকাশিত', '২', 'তারিখ', '৩১/০৭/২০২৪', ['৩১/০৭/২০২৪', '-', '-', '-'], ['২৮/০৭/২০২৪', '-', '-', '-'], '২৮/০৭/২০২৪', '২'),
];

function pair(activity: string, indicator: string, weight: string, unit: string, target: string, targets: string[], achieved: string[], annual: string, claimed: string): Line {
  return {
    type: 'indicator',
    cells: {
      activity, indicator, weight, unit, responsible: 'সহকারী প্রোগ্রামার', target, rowLabel: 'লক্ষ্যমাত্রা',
      q1: targets[0], q2: targets[1], q3: targets[2], q4: targets[3], annual, claimed,
    },
    pair: { rowLabel: 'অর্জন', q1: achieved[0], q2: achieved[1], q3: achieved[2], q4: achieved[3] },
  };
}

export const INTEG = { g1: 0, i11: 1, i12: 2, i13: 3, i14: 4, g2: 5, i21: 6 } as const;

export function integrity(patch: Record<number, { cells?: Cells; pair?: Cells }> = {}): Built {
  const lines = INTEGRITY_LINES.map((l, i) => {
    const p = patch[i];
    if (!p) return l;
    return { ...l, cells: { ...l.cells, ...p.cells }, pair: l.pair ? { ...l.pair, ...p.pair } : undefined };
  });
  return buildTable(INTEGRITY, lines, { name: 'শুদ্ধাচার', title: 'আঞ্চলিক/মাঠ পর্যায়ের কার্যালয়ের শুদ্ধাচার কৌশল কর্ম-পরিকল্পনা, ২০২৪-২০২৫', top: 2 });
}
