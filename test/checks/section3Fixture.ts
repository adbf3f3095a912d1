import type { CellValue } from '../../src/engine/grid/types';
import { buildTable, SECTION3, type Built, type Cells, type Formulas, type Line } from './buildTable';

/**
 * A Section 3 monitoring copy as seed 001 writes it (Bengali digits as text), with a year's progress
 * added. Clean: every figure agrees, so no rule may fire. Tests patch one cell to make one rule fire.
 *
 * Computed marks: [১.১.১] 105 ≥ 105 → 20; [১.২.১] 700 between 720 (90%) and 640 (80%) → 87.5% of 5 =
 * 4.375 (apa-rules worked example); [২.১.১] 240 → 45; governance rows take their own cumulative
 * figure (no annex in this workbook): 8, 7, 4, 3, 3. Total 94.375 of 100.
 */
export const S3_LINES: Line[] = [
  { type: 'section', section: 'own', label: 'এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র' },
  {
    type: 'indicator',
    cells: {
      area: '[১] মান সম্পন্ন শিক্ষা পরিসংখ্যান বিনির্মাণের মাধ্যমে শিক্ষা ব্যবস্থাপনা শক্তিশালী করণ', areaWeight: '২৫',
      activity: '[১.১] সমন্বিত শিক্ষাতথ্য ব্যবস্থাপনার অধীন অনলাইন জরিপ পরিচালনা',
      indicator: '[১.১.১] শিক্ষাতথ্য সংগ্রহের নিমিত্ত শিক্ষা প্রতিষ্ঠান', method: 'সমষ্টি', unit: 'সংখ্যা', weight: '২০',
      tier100: '১০৫', tier90: '৯৫', tier80: '৮৪', tier70: '৭৪', tier60: '৬৩',
      q1: '৩০', q2: '৩০', q3: '২৫', q4: '২০', annual: '১০৫', claimed: '২০',
    },
  },
  {
    type: 'indicator',
    cells: {
      activity: '[১.২] IEIMS ও CRVS এর আলোকে ৬ষ্ঠ হতে ১২শ শ্রেণি পর্যন্ত স্টুডেন্টস প্রোফাইল প্রণয়ন ও ইউনিক আইডি প্রদান',
      indicator: '[১.২.১] ৬ষ্ঠ হতে ১২শ শ্রেণি পর্যন্ত শিক্ষার্থীদের তথ্যছক / ডেটাবেইস', method: 'সমষ্টি', unit: 'সংখ্যা', weight: '৫',
      tier100: '৮০০', tier90: '৭২০', tier80: '৬৪০', tier70: '৫৬০', tier60: '৪৮০',
      q1: '২০০', q2: '২০০', q3: '১৫০', q4: '১৫০', annual: '৭০০', claimed: '৪.৩৭৫',
    },
  },
  {
    type: 'indicator',
    cells: {
      area: '[২] তৃণমূল পর্যায়ে শিক্ষার গুণগত মান বৃদ্ধি।', areaWeight: '৪৫',
      activity: '[২.১] UITRCE সেন্টারে আইসিটি প্রশিক্ষণ', indicator: '[২.১.১] আই.সি.টি প্রশিক্ষিত শিক্ষক', method: 'সমষ্টি', unit: 'সংখ্যা', weight: '৪৫',
      tier100: '২৪০', tier90: '২১৬', tier80: '১৯২', tier70: '১৬৮', tier60: '১৪৪',
      q1: '৬০', q2: '৬০', q3: '৬০', q4: '৬০', annual: '২৪০', claimed: '৪৫',
    },
  },
  { type: 'section', section: 'governance', label: 'সুশাসন ও সংস্কারমূলক কর্মসম্পাদনের ক্ষেত্র' },
  governance('[১] সুশাসন ও সংস্কারমূলক কার্যক্রমের বাস্তবায়ন জোরদারকরণ', '৩০', '[১.১] শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়ন', '[১.১.১] শুদ্ধাচার কর্মপরিকল্পনা বাস্তবায়িত', '১০', ['২', '৪', '৬', '৮'], '৮', '৮'),
  governance(null, null, '[১.২] ই-গভর্ন্যান্স/ উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন', '[১.২.১] ই-গভর্ন্যান্স/ উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়িত', '১০', ['২', '৪', '৫.৫', '৭'], '৭', '৭'),
  governance(null, null, '[১.৩] অভিযোগ প্রতিকার কর্মপরিকল্পনা বাস্তবায়ন', '[১.৩.১] অভিযোগ প্রতিকার কর্মপরিকল্পনা বাস্তবায়িত', '৪', ['১', '২', '৩', '৪'], '৪', '৪'),
  governance(null, null, '[১.৪] সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা বাস্তবায়ন', '[১.৪.১] সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা বাস্তবায়িত', '৩', ['১', '১.৫', '২', '৩'], '৩', '৩'),
  governance(null, null, '[১.৫] তথ্য অধিকার কর্মপরিকল্পনা বাস্তবায়ন', '[১.৫.১] তথ্য অধিকার কর্মপরিকল্পনা বাস্তবায়িত', '৩', ['.৫০', '১', '২', '৩'], '৩', '৩'),
  { type: 'total', label: 'সর্বমোট', valueRole: 'claimed', cells: { claimed: '৯৪.৩৭৫' } },
];

function governance(
  area: string | null,
  areaWeight: string | null,
  activity: string,
  indicator: string,
  weight: string,
  q: string[],
  annual: string,
  claimed: string,
): Line {
  return {
    type: 'indicator',
    cells: { area, areaWeight, activity, indicator, method: 'ক্রমপুঞ্জিভূত', unit: 'প্রাপ্ত নম্বর', weight, q1: q[0], q2: q[1], q3: q[2], q4: q[3], annual, claimed },
  };
}

/** Index of S3_LINES by indicator label, for patches. */
export const S3 = { own: 0, i111: 1, i121: 2, i211: 3, gov: 4, integrity: 5, egov: 6, grievance: 7, charter: 8, rti: 9, total: 10 } as const;

/** The sheet row (0-based) of line i: one header row, lines in order. */
export function s3Row(i: number): number {
  return i + 1;
}

/** Section 3 with some cells replaced: patch[lineIndex] = cells to overwrite. */
export function section3(patch: Record<number, Cells> = {}, opts: { formulas?: Formulas; extra?: Line[]; name?: string } = {}): Built {
  const lines = S3_LINES.map((l, i) => (patch[i] ? { ...l, cells: { ...l.cells, ...patch[i] } } : l));
  // extra rows go at the end of the own areas (after [২.১.১])
  if (opts.extra) lines.splice(S3.i211 + 1, 0, ...opts.extra);
  return buildTable(SECTION3, lines, { formulas: opts.formulas, name: opts.name });
}

export function blankClaims(...lines: number[]): Record<number, Cells> {
  const patch: Record<number, Cells> = {};
  for (const i of lines) patch[i] = { claimed: null as CellValue };
  return patch;
}
