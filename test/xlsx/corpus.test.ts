import fs from 'fs';
import path from 'path';
import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { cellAddress } from '../../src/engine/grid/a1';
import { formatAt, valueAt } from '../../src/engine/grid/access';
import { isCellError, type CellValue, type SheetGrid } from '../../src/engine/grid/types';
import { fillWorkbookSync } from '../../src/xlsx/fillXlsx';
import { readXlsxSync } from '../../src/xlsx/readXlsx';
import { isDateFormat } from '../../src/xlsx/package/styles';
import { parseCsv } from '../libreoffice/csv';
import { readXlsx as exceljsReadXlsx } from './legacy/exceljsReadXlsx';
import { changedEntries, entriesOf, partText, withoutCells } from './support/zipCompare';

/**
 * The fixture corpus (test/fixtures/xlsx/corpus, made by openpyxl and LibreOffice Calc with
 * scripts/fixtures/make-corpus.sh): the reader's grid equals what LibreOffice exported as CSV, and a fill
 * leaves every zip entry but the filled sheets byte-identical, the filled sheets different only in the
 * filled cells. (test/libreoffice/corpus.lo.ts opens the filled copies in LibreOffice itself.)
 */

const CORPUS = path.join(__dirname, '..', 'fixtures', 'xlsx', 'corpus');
const FILES = fs.readdirSync(CORPUS).filter((f) => /\.xls[xm]$/.test(f)).sort();

function csvSheets(file: string): Map<string, string[][]> {
  const dir = path.join(CORPUS, 'csv', file);
  const base = file.replace(/\.xls[xm]$/, '');
  const out = new Map<string, string[][]>();
  for (const f of fs.readdirSync(dir)) out.set(f.slice(base.length + 1, -4), parseCsv(fs.readFileSync(path.join(dir, f), 'utf8')));
  return out;
}

/** mm/dd/yyyy[ hh:mm:ss] as LibreOffice writes dates in CSV → 1900-system serial. */
function csvDate(s: string): number | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (!m) return null;
  const ms = Date.UTC(+m[3], +m[1] - 1, +m[2], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  return ms / 86400000 + 25569;
}

/** Whether a grid value is what LibreOffice shows as `csv` (dates and percents as it formats them). */
function agrees(v: CellValue, fmt: string | null, csv: string): boolean {
  if (v === null) return csv === '';
  if (typeof v === 'string') return v === csv;
  if (typeof v === 'boolean') return csv === (v ? 'TRUE' : 'FALSE');
  if (isCellError(v)) return v.error === csv;
  if (isDateFormat(fmt)) {
    const d = csvDate(csv);
    return d !== null && Math.abs(d - v) < 1e-6;
  }
  if (csv.endsWith('%')) return Math.abs(Number(csv.slice(0, -1)) / 100 - v) < 1e-9 + Math.abs(v) * 1e-12 || Math.round(v * 100) === Number(csv.slice(0, -1));
  return Math.abs(Number(csv) - v) <= 1e-9 * Math.max(1, Math.abs(v));
}

function mismatches(s: SheetGrid, rows: string[][]): string[] {
  const out: string[] = [];
  const height = Math.max(rows.length, s.originRow + s.values.length);
  for (let r = 0; r < height; r++) {
    const width = Math.max(rows[r]?.length ?? 0, s.originCol + (s.values[r - s.originRow]?.length ?? 0));
    for (let c = 0; c < width; c++) {
      const v = valueAt(s, r, c);
      const csv = rows[r]?.[c] ?? '';
      if (!agrees(v, formatAt(s, r, c), csv)) out.push(`${cellAddress(r, c)}: grid ${JSON.stringify(v)} vs LibreOffice "${csv}"`);
    }
  }
  return out;
}

test('the corpus holds what the issue lists', () => {
  const all = new Map(FILES.map((f) => [f, entriesOf(new Uint8Array(fs.readFileSync(path.join(CORPUS, f)))).map((e) => e.name)]));
  const has = (f: string, re: RegExp) => all.get(f)!.some((n) => re.test(n));
  for (const f of ['openpyxl-features.xlsx', 'lo-features.xlsx']) {
    expect([f, has(f, /charts\/chart\d\.xml$/), has(f, /media\/image\d\.png$/), has(f, /comment/), has(f, /drawings\//)]).toEqual([f, true, true, true, true]);
    const s1 = partText(new Uint8Array(fs.readFileSync(path.join(CORPUS, f))), 'xl/worksheets/sheet1.xml');
    expect([f, /<dataValidation[ s]/.test(s1), /<conditionalFormatting/.test(s1)]).toEqual([f, true, true]);
    const wb = partText(new Uint8Array(fs.readFileSync(path.join(CORPUS, f))), 'xl/workbook.xml');
    expect([f, /_xlnm\.Print_Area/.test(wb), /দাবী_কলাম/.test(wb), /state="hidden"/.test(wb)]).toEqual([f, true, true, true]);
  }
  // LibreOffice has no "very hidden" state (it saves such a sheet as hidden); openpyxl keeps it.
  expect(partText(new Uint8Array(fs.readFileSync(path.join(CORPUS, 'openpyxl-features.xlsx'))), 'xl/workbook.xml')).toMatch(/state="veryHidden"/);
  expect(has('lo-richtext.xlsx', /docProps\/custom\.xml/)).toBe(true);
  expect(partText(new Uint8Array(fs.readFileSync(path.join(CORPUS, 'lo-richtext.xlsx'))), 'xl/sharedStrings.xml')).toMatch(/<r><rPr>/);
  expect(has('openpyxl-macros.xlsm', /vbaProject\.bin$/)).toBe(true);
  for (const f of ['openpyxl-1904.xlsx', 'lo-1904.xlsx']) expect(partText(new Uint8Array(fs.readFileSync(path.join(CORPUS, f))), 'xl/workbook.xml')).toMatch(/date1904="(1|true)"/);
});

test('exceljs cannot even read the openpyxl workbook with a drawing (the reason this layer exists)', async () => {
  await expect(exceljsReadXlsx(fs.readFileSync(path.join(CORPUS, 'openpyxl-features.xlsx')))).rejects.toMatchObject({ reason: 'corrupt' });
});

describe.each(FILES)('%s', (file) => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(CORPUS, file)));

  test('the grid of every sheet is what LibreOffice shows', () => {
    const wb = readXlsxSync(bytes);
    expect(wb.problems).toEqual([]);
    const csv = csvSheets(file);
    expect(wb.sheets.map((s) => s.name).sort()).toEqual([...csv.keys()].sort());
    for (const s of wb.sheets) expect({ sheet: s.name, mismatches: mismatches(s, csv.get(s.name)!) }).toEqual({ sheet: s.name, mismatches: [] });
  });

  test('fill: every entry but the filled sheets byte-identical, the filled sheets differ only in the filled cells', () => {
    const analysis = analyzeWorkbook(readXlsxSync(bytes));
    const result = fillWorkbookSync(bytes, analysis.fills);
    if (file === 'lo-richtext.xlsx') {
      expect(analysis.fills).toEqual([]); // no APA table: the copy is the file
      expect(result.data).toEqual(bytes);
      return;
    }
    expect(analysis.fills.length).toBeGreaterThan(5);
    expect(result.skipped).toEqual([]);
    const changed = changedEntries(bytes, result.data);
    expect(changed).toEqual(['xl/worksheets/sheet1.xml']);
    const cells = analysis.fills.map((f) => f.cell);
    expect(withoutCells(partText(result.data, changed[0]), cells, true)).toBe(withoutCells(partText(bytes, changed[0]), cells, true));
    const back = readXlsxSync(result.data).sheets[0];
    for (const f of analysis.fills) expect({ cell: f.cell, v: valueAt(back, f.row, f.col) }).toEqual({ cell: f.cell, v: f.value });
    const same = entriesOf(bytes).map((e) => e.name).filter((n) => !changed.includes(n));
    process.stdout.write(`${file}: byte-identical after fill: ${same.join(', ')}\n`);
  });
});
