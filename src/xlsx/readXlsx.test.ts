import ExcelJS from 'exceljs';
import { encryptedCfb, TEXT_NAMED_XLSX, truncated } from '../../test/fixtures/xlsx/badFiles';
import { valueAt, formatAt, formulaAt } from '../engine/grid/access';
import type { SheetGrid } from '../engine/grid/types';
import { readXlsx } from './readXlsx';
import { XlsxReadError } from './xlsxReadError';

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function sheetNamed(sheets: SheetGrid[], name: string): SheetGrid {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe('readXlsx: values as Excel stores them', () => {
  let s3: SheetGrid;
  let hidden: SheetGrid;
  let veryHidden: SheetGrid;
  beforeAll(async () => {
    const data = await bytesOf((wb) => {
      const ws = wb.addWorksheet('সেকশন ৩');
      ws.getCell('C4').value = 'কর্মসম্পাদন সূচক';
      ws.getCell('D5').value = '১২.০০';
      ws.getCell('E5').value = 0.97;
      ws.getCell('E5').numFmt = '0%';
      ws.getCell('F5').value = new Date(Date.UTC(2024, 6, 31));
      ws.getCell('F5').numFmt = 'dd/mm/yyyy';
      ws.getCell('G5').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('H5').value = { richText: [{ text: '[১.১.১] ' }, { text: 'সভা', font: { bold: true } }] };
      ws.getCell('I5').value = true;
      ws.getCell('J5').value = { text: 'তথ্য বাতায়ন', hyperlink: 'https://bangladesh.gov.bd' };
      ws.getCell('K5').value = 3;
      ws.getCell('K6').value = 4;
      ws.getCell('K7').value = { formula: 'SUM(K5:K6)', result: 7 } as ExcelJS.CellFormulaValue;
      ws.getCell('L7').value = { sharedFormula: 'K7', result: 0 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('M7').value = { formula: 'K5*0.8' } as ExcelJS.CellFormulaValue; // never calculated
      ws.getCell('N7').value = { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue;
      ws.mergeCells('C8:E9');
      ws.getCell('C8').value = 'এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র';
      const h = wb.addWorksheet('পুরাতন');
      h.state = 'hidden';
      h.getCell('A1').value = 'লুকানো';
      const vh = wb.addWorksheet('গোপন');
      vh.state = 'veryHidden';
      vh.getCell('B2').value = 1;
    });
    const wb = await readXlsx(data);
    s3 = sheetNamed(wb.sheets, 'সেকশন ৩');
    hidden = sheetNamed(wb.sheets, 'পুরাতন');
    veryHidden = sheetNamed(wb.sheets, 'গোপন');
  });

  test('the used range starts where the first value is, not at A1', () => {
    expect(s3.originRow).toBe(3); // C4
    expect(s3.originCol).toBe(2);
    expect(s3.values[0][0]).toBe('কর্মসম্পাদন সূচক');
  });
  test('Bengali-digit text stays text, untouched', () => {
    expect(valueAt(s3, 4, 3)).toBe('১২.০০');
  });
  test('a percent is the stored fraction with its format', () => {
    expect(valueAt(s3, 4, 4)).toBe(0.97);
    expect(formatAt(s3, 4, 4)).toBe('0%');
  });
  test('a real date comes back as its 1900-system serial (31/07/2024 = 45504)', () => {
    // 2024-01-01 is serial 45292; 31 July is day 213 of a leap year: 45292 + 212 = 45504.
    expect(valueAt(s3, 4, 5)).toBe(45504);
    expect(formatAt(s3, 4, 5)).toBe('dd/mm/yyyy');
  });
  test('error cells become CellError', () => {
    expect(valueAt(s3, 4, 6)).toEqual({ error: '#N/A' });
  });
  test('rich text and hyperlinks become their plain text; booleans stay booleans', () => {
    expect(valueAt(s3, 4, 7)).toBe('[১.১.১] সভা');
    expect(valueAt(s3, 4, 9)).toBe('তথ্য বাতায়ন');
    expect(valueAt(s3, 4, 8)).toBe(true);
  });
  test('formulas: cached result as the value, formula text beside it; shared formulas translated', () => {
    expect(valueAt(s3, 6, 10)).toBe(7);
    expect(formulaAt(s3, 6, 10)).toBe('=SUM(K5:K6)');
    expect(formulaAt(s3, 6, 11)).toBe('=SUM(L5:L6)');
    expect(valueAt(s3, 6, 11)).toBe(0);
  });
  test('a formula never calculated has no value but keeps its formula (so it is never filled over)', () => {
    expect(valueAt(s3, 6, 12)).toBeNull();
    expect(formulaAt(s3, 6, 12)).toBe('=K5*0.8');
  });
  test('a formula whose result is an error gives the error', () => {
    expect(valueAt(s3, 6, 13)).toEqual({ error: '#N/A' });
  });
  test('merges are 0-based inclusive; covered cells are blank', () => {
    expect(s3.merges).toEqual([{ top: 7, left: 2, bottom: 8, right: 4 }]);
    expect(valueAt(s3, 7, 2)).toBe('এপিএ স্বাক্ষরকারী অফিসের কর্মসম্পাদনের ক্ষেত্র');
    expect(valueAt(s3, 8, 4)).toBeNull();
  });
  test('hidden and very hidden sheets are read and marked hidden', () => {
    expect(hidden.hidden).toBe(true);
    expect(hidden.values).toEqual([['লুকানো']]);
    expect(veryHidden.hidden).toBe(true);
    expect(valueAt(veryHidden, 1, 1)).toBe(1);
    expect(s3.hidden).toBe(false);
  });
});

describe('readXlsx: files it cannot read', () => {
  async function reason(data: Uint8Array): Promise<string> {
    try {
      await readXlsx(data);
      return 'read';
    } catch (e) {
      expect(e).toBeInstanceOf(XlsxReadError);
      const err = e as XlsxReadError;
      expect(err.messages.bn).toMatch(/[\u0980-\u09FF]/);
      expect(err.messages.en).toMatch(/[a-z]/);
      return err.reason;
    }
  }
  test('0 bytes → empty', async () => {
    expect(await reason(new Uint8Array(0))).toBe('empty');
  });
  test('a text file named .xlsx → not-xlsx', async () => {
    expect(await reason(new TextEncoder().encode(TEXT_NAMED_XLSX))).toBe('not-xlsx');
  });
  test('a password-protected workbook → encrypted', async () => {
    expect(await reason(encryptedCfb(true))).toBe('encrypted');
  });
  test('an old .xls compound file → not-xlsx, and the message says to save as .xlsx', async () => {
    await expect(readXlsx(encryptedCfb(false))).rejects.toMatchObject({ reason: 'not-xlsx', messages: { en: expect.stringMatching(/\.xls\b.*save it as \.xlsx/) } });
  });
  test('a truncated workbook → corrupt', async () => {
    const good = await bytesOf((wb) => {
      const ws = wb.addWorksheet('সেকশন ৩');
      for (let r = 1; r <= 200; r++) ws.getRow(r).values = [`[${r}]`, r, r * 2, 'সমষ্টি'];
    });
    expect(await reason(truncated(good))).toBe('corrupt');
  });
  test('a zip that is not a workbook (a renamed .docx) → not-xlsx', async () => {
    // Starts like a zip but holds no xl/ parts.
    const fake = new TextEncoder().encode('PK\x03\x04 word/document.xml not really a zip');
    expect(await reason(fake)).toBe('not-xlsx');
  });
});
