import { sheetFromRows } from '../../src/engine/grid/fromRows';
import type { SheetGrid } from '../../src/engine/grid/types';
import { seedLines, type Seed } from '../fixtures/grids/seedGrid';

/**
 * A seed document with a year's progress typed into it, as a clerk's monitoring copy looks: progress
 * columns appended to chosen tables. `columns[line]` (1-based seed line) are the cells appended after
 * the line is padded to `width` columns.
 */
export interface ProgressBlock {
  /** Width of the plan part of the table (its number of columns in the seed). */
  width: number;
  columns: Record<number, (string | null)[]>;
}

export function seedWithProgress(name: string, seed: Seed, blocks: ProgressBlock[]): SheetGrid {
  const lines = seedLines(seed).slice();
  for (const b of blocks) {
    for (const [lineNo, cells] of Object.entries(b.columns)) {
      const i = Number(lineNo) - 1;
      const parts = lines[i].split('\t');
      while (parts.length < b.width) parts.push('');
      parts.length = b.width;
      lines[i] = [...parts, ...cells.map((c) => c ?? '')].join('\t');
    }
  }
  return sheetFromRows(name, lines);
}

const S3_PROGRESS_HEADER = ['১ম ত্রৈমাসিক অগ্রগতি', '২য় ত্রৈমাসিক অগ্রগতি', '৩য় ত্রৈমাসিক অগ্রগতি', '৪র্থ ত্রৈমাসিক অগ্রগতি', 'বার্ষিক চূড়ান্ত অগ্রগতি', 'দাবীকৃত নম্বর'];

/**
 * Seed 001 Section 3 (lines 120-139, 16 columns) with Q1..Q4, annual and claimed columns:
 * [১.১.১] 105 → 20 (claim blank: filled); [১.২.১] 700 → 4.375 (claim 4.5: claimed-mismatch);
 * [২.১.১] quarters 240 but annual 230 (total-mismatch), 25 claimed; [৩.১.১] 120 → 10; [৪.১.১] 9 → 9
 * (claim blank: filled). Governance rows: e-governance blank (takes the annex net), the others nothing.
 */
export const SECTION3_001: ProgressBlock = {
  width: 16,
  columns: {
    120: S3_PROGRESS_HEADER,
    121: [null, null, null, null, null, null],
    122: [null, null, null, null, null, null],
    124: ['৩০', '৩০', '২৫', '২০', '১০৫', null],
    125: ['২০০', '২০০', '১৫০', '১৫০', '৭০০', '৪.৫'],
    126: ['৬০', '৬০', '৬০', '৬০', '২৩০', '২৫'],
    127: ['৩০', '৩০', '৩০', '৩০', '১২০', '১০'],
    128: ['২', '৩', '২', '২', '৯', null],
    131: S3_PROGRESS_HEADER,
  },
};

const ANNEX_PROGRESS_HEADER = ['১ম ত্রৈমাসিক', '২য় ত্রৈমাসিক', 'অর্ধবার্ষিক অগ্রগতি (১ম+২য়)', '৩য় ত্রৈমাসিক', '৪র্থ ত্রৈমাসিক', 'বার্ষিক চূড়ান্ত অগ্রগতি', 'দাবীকৃত নম্বর'];

/**
 * Seed 001 e-governance plan (lines 227-239, 10 columns) with Q1, Q2, half-year, Q3, Q4, annual and
 * claimed: 29.5 of 50 → net 5.9, every claim right except [৮.১.১] (nothing reported, left blank).
 */
export const EGOV_001: ProgressBlock = {
  width: 10,
  columns: {
    227: ANNEX_PROGRESS_HEADER,
    230: [null, null, null, '০৯/০৩/২৫', null, '০৯/০৩/২৫', '১০'],
    231: ['১', '১', '২', '১', '১', '৪', '২'],
    232: [null, null, null, null, '২০/০৫/২৫', '২০/০৫/২৫', '০'],
    233: ['৩১/০৮/২৪', null, '৩১/০৮/২৪', null, null, '৩১/০৮/২৪', '২'],
    234: ['৬০%', '৭০%', '৬৫%', '৭০%', '৭৫%', '৬৮.৭৫%', '৫.৫'],
    235: ['১', '১', '২', '১', '১', '৪', '৬'],
    236: ['০', '০', '০', '০', '০', '০', '০'],
    237: ['১', '১', '২', '১', '১', '৪', '৪'],
    238: [null, null, null, '২০/০১/২৫', null, '২০/০১/২৫', '০'],
    239: [null, null, null, null, null, null, null],
  },
};
