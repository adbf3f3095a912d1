import { sheetFromRows } from '../../src/engine/grid/fromRows';
import type { CellValue, SheetGrid } from '../../src/engine/grid/types';
import { toBengaliDigits } from '../../src/engine/numerals/digits';
import { recognizeWorkbook } from '../../src/engine/layouts/recognizeWorkbook';
import { seedCut } from '../fixtures/grids/seedGrid';

/** 100 sheets × 300 rows, every row with its own texts (no cache help), as a district office's folder. */
function bigSheet(n: number): SheetGrid {
  const rows: (CellValue[] | string)[] = [`সেকশন ৩ - অফিস ${toBengaliDigits(String(n))}`, '', ...seedCut('001', 120, 123)];
  for (let i = 0; i < 296; i++) {
    const k = toBengaliDigits(`${n}.${i}`);
    rows.push([
      i % 5 === 0 ? `[${k}] কর্মসম্পাদনের ক্ষেত্র নং ${k} শিক্ষা ব্যবস্থাপনা শক্তিশালীকরণ` : null,
      i % 5 === 0 ? '২৫' : null,
      `[${k}.১] কার্যক্রম ${k}: অনলাইন জরিপ পরিচালনা ও তথ্য সংগ্রহ`,
      `[${k}.১.১] সূচক ${k}: শিক্ষাতথ্য সংগ্রহের নিমিত্ত শিক্ষা প্রতিষ্ঠান`,
      'সমষ্টি', 'সংখ্যা', toBengaliDigits(String(i % 7)),
      toBengaliDigits(String(100 + i)), toBengaliDigits(String(110 + i)), toBengaliDigits(String(120 + i)),
      toBengaliDigits(String(108 + i)), toBengaliDigits(String(96 + i)), toBengaliDigits(String(84 + i)), toBengaliDigits(String(72 + i)),
      toBengaliDigits(String(130 + i)), toBengaliDigits(String(140 + i)),
    ]);
  }
  return sheetFromRows(`Sheet${n}`, rows);
}

// Speed is measured by `npm run bench`, never asserted here: this checks that a district-sized workbook
// (every row with its own texts, so no cache help) is recognised completely.
describe('recognition at scale', () => {
  it('recognises every one of 100 sheets × 300 rows', () => {
    const wb = { sheets: Array.from({ length: 100 }, (_, n) => bigSheet(n + 1)) };
    const tables = recognizeWorkbook(wb);
    expect(tables).toHaveLength(100);
    expect(tables.map((t) => t.sheet.name)).toEqual(wb.sheets.map((s) => s.name));
    expect(tables.every((t) => t.kind === 'performance-plan' && t.rows.filter((r) => r.type === 'indicator').length === 296)).toBe(true);
  });
});
