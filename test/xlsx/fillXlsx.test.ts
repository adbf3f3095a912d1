import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import type { Fill } from '../../src/engine/report/types';
import { parseCellAddress } from '../../src/engine/grid/a1';
import { fillWorkbook, fillXlsx } from '../../src/xlsx/fillXlsx';
import { XlsxReadError } from '../../src/xlsx/xlsxReadError';
import { differences, snapshot } from './workbookSnapshot';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'uitrce-birganj-2024-25.xlsx');

function fill(sheet: string, cell: string, value: string | number): Fill {
  const { row, col } = parseCellAddress(cell)!;
  return { sheet, cell, row, col, marks: typeof value === 'number' ? value : 0, value };
}

/** The Birganj sample's blank claimed cells (see test/golden/birganj.golden.test.ts for the marks). */
const BLANK_CLAIMED: Fill[] = [
  fill('সেকশন ৩', 'V10', '৪.৩৭৫'),
  fill('সেকশন ৩', 'V12', '১০'),
  fill('সেকশন ৩', 'V20', '৩.৯২'),
  fill('শুদ্ধাচার', 'N10', '২'),
  fill('শুদ্ধাচার', 'N20', '১.৮'),
  fill('ই-গভর্ন্যান্স', 'Q12', '৫.৪'),
];

describe('fillXlsx on the Birganj sample', () => {
  const original = fs.readFileSync(SAMPLE);

  test('fills exactly the blank claimed cells and changes nothing else (values, formulas, styles, merges, hidden sheet, widths, views, names)', async () => {
    const result = await fillWorkbook(original, BLANK_CLAIMED);
    expect(result.skipped).toEqual([]);
    expect(result.written.map((f) => `${f.sheet}!${f.cell}`)).toEqual(BLANK_CLAIMED.map((f) => `${f.sheet}!${f.cell}`));
    const before = await snapshot(original);
    const after = await snapshot(result.data);
    expect(differences(before, after, new Set(BLANK_CLAIMED.map((f) => `${f.sheet}!${f.cell}`)))).toEqual([]);
    // The hidden annex is still hidden.
    expect(after.sheets.get('সংযোজনী ১')!.state).toBe('hidden');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(result.data as unknown as ExcelJS.Buffer);
    // Bengali-digit text stays text (the table's digit style), not a number.
    expect(wb.getWorksheet('সেকশন ৩')!.getCell('V10').value).toBe('৪.৩৭৫');
    expect(wb.getWorksheet('শুদ্ধাচার')!.getCell('N20').value).toBe('১.৮');
    expect(wb.getWorksheet('ই-গভর্ন্যান্স')!.getCell('Q12').value).toBe('৫.৪');
  });

  test('numbers stay numbers', async () => {
    const out = await fillXlsx(original, [fill('সেকশন ৩', 'V10', 4.375)]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('সেকশন ৩')!.getCell('V10').value).toBe(4.375);
  });

  test('never overwrites: a non-blank cell, a cell inside a merge, an unknown sheet are skipped with a reason', async () => {
    const result = await fillWorkbook(original, [
      fill('সেকশন ৩', 'V9', '৯৯'), // holds ২০
      fill('শুদ্ধাচার', 'N11', '২'), // covered by the merge N10:N11
      fill('নেই', 'A1', '১'),
    ]);
    expect(result.written).toEqual([]);
    expect(result.skipped.map((s) => s.reason.en)).toEqual([
      'cell V9 is not blank; left unchanged',
      'cell N11 is merged into another cell; left unchanged',
      'there is no sheet named "নেই"',
    ]);
    for (const s of result.skipped) expect(s.reason.bn).toMatch(/[\u0980-\u09FF]/);
    const after = await snapshot(result.data);
    expect(after.sheets.get('সেকশন ৩')!.cells.get('V9')!.value).toBe(JSON.stringify('২০'));
  });

  test('the input buffer is not modified', async () => {
    const copy = Buffer.from(original);
    await fillXlsx(copy, BLANK_CLAIMED);
    expect(copy.equals(original)).toBe(true);
  });

  test('refuses an unreadable file the same way readXlsx does', async () => {
    await expect(fillXlsx(new Uint8Array(0), BLANK_CLAIMED)).rejects.toBeInstanceOf(XlsxReadError);
  });
});

describe('fillXlsx never fills over a formula', () => {
  test('a formula without a cached value is blank to the eye but kept', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('সেকশন ৩');
    ws.getCell('U9').value = 105;
    ws.getCell('V9').value = { formula: 'U9*0.2' } as ExcelJS.CellFormulaValue;
    ws.getCell('V10').value = { formula: 'U10*0.2', result: 4 } as ExcelJS.CellFormulaValue;
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = await fillWorkbook(data, [fill('সেকশন ৩', 'V9', '২০'), fill('সেকশন ৩', 'V10', '৪'), fill('সেকশন ৩', 'V11', '১')]);
    expect(result.written.map((f) => f.cell)).toEqual(['V11']);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(result.data as unknown as ExcelJS.Buffer);
    expect(back.getWorksheet('সেকশন ৩')!.getCell('V9').formula).toBe('U9*0.2');
    expect(back.getWorksheet('সেকশন ৩')!.getCell('V10').formula).toBe('U10*0.2');
    expect(back.getWorksheet('সেকশন ৩')!.getCell('V11').value).toBe('১');
  });
});
