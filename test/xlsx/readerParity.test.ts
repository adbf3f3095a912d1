import ExcelJS from 'exceljs';
import fc from 'fast-check';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/engine/grid/types';
import { readXlsxSync } from '../../src/xlsx/readXlsx';
import { dateSerial } from '../../src/xlsx/sheet/cellValues';
import { MERGE_SLACK_ROWS } from '../../src/xlsx/sheet/sheetGrid';
import { generatedSheets } from '../../bench/workbook/section3';
import { writeSheetsXlsx } from '../../bench/workbook/writeXlsx';
import { readXlsx as exceljsReadXlsx } from './legacy/exceljsReadXlsx';

/**
 * The new reader gives the grids the exceljs-based reader gave (so the engine's output cannot change): on
 * the samples, the bench's workbook shape and generated workbooks; and random grids written by exceljs (a
 * reference writer this project does not own) read back as written.
 */

const ROOT = path.join(__dirname, '..', '..');
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-parity-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The old grid with merges cut as the new reader cuts them (more than MERGE_SLACK_ROWS below the last used row). */
function oldComparable(wb: WorkbookGrid): SheetGrid[] {
  return wb.sheets.map((s) => {
    const last = s.values.length === 0 ? -1 : s.originRow + s.values.length - 1;
    const limit = last + MERGE_SLACK_ROWS;
    const merges = s.merges.filter((m) => m.top <= limit).map((m) => (m.bottom > limit ? { ...m, bottom: limit } : m));
    return { ...s, merges };
  });
}

async function both(bytes: Uint8Array): Promise<{ old: SheetGrid[]; now: SheetGrid[] }> {
  const old = oldComparable(await exceljsReadXlsx(bytes));
  const wb = readXlsxSync(bytes);
  expect(wb.problems).toEqual([]);
  return { old, now: wb.sheets };
}

describe('same grids as the exceljs reader', () => {
  test.each(fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.xlsx')))('sample %s, and the same engine output', async (name) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(ROOT, 'samples', name)));
    const { old, now } = await both(bytes);
    expect(now).toEqual(old);
    expect(analyzeWorkbook({ sheets: now })).toEqual(analyzeWorkbook({ sheets: old }));
  });

  test('the bench workbook shape (Section 3 sheets of 300 rows, merges, Bengali digits, dates, percents)', async () => {
    const f = path.join(dir, 'bench-shape.xlsx');
    await writeSheetsXlsx(f, generatedSheets(4, 300));
    const { old, now } = await both(new Uint8Array(fs.readFileSync(f)));
    expect(now).toEqual(old);
    expect(analyzeWorkbook({ sheets: now })).toEqual(analyzeWorkbook({ sheets: old }));
  }, 60_000);
});

/** Values exceljs writes as they are: text (no control characters, which it writes raw), numbers, booleans, errors. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'০১২৩৪৫৬৭৮৯ কখগ abc.,-%/<>&"\'_x'.split('')), minLength: 1, maxLength: 12 }),
  // Within ±27,000 years of 1900: beyond a JS Date's range the old reader made date-formatted numbers NaN
  // (the new one keeps the number; see readXlsx.features.test.ts).
  fc.double({ noNaN: true, min: -1e7, max: 1e7 }).filter((n) => !Object.is(n, -0)),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0) && Math.abs(n) < 1e7),
  fc.integer({ min: -1e7, max: 1e7 }),
  fc.boolean(),
  fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }, { error: '#VALUE!' }),
  fc.constant(null),
);

const grid = fc.record({
  originRow: fc.integer({ min: 0, max: 30 }),
  originCol: fc.integer({ min: 0, max: 30 }),
  rows: fc.array(fc.array(cellValue, { maxLength: 8 }), { minLength: 1, maxLength: 8 }),
  fmt: fc.constantFrom<string | null>(null, '0%', 'dd/mm/yyyy', '@', '0.00'),
  hidden: fc.boolean(),
  sharedStrings: fc.boolean(),
  /** A merged area (relative to the origin), or none. */
  merge: fc.option(fc.record({ r: fc.integer({ min: 0, max: 6 }), c: fc.integer({ min: 0, max: 6 }), h: fc.integer({ min: 0, max: 3 }), w: fc.integer({ min: 1, max: 3 }) })),
});

test('property: random grids written by exceljs read back as written', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(grid, { minLength: 1, maxLength: 3 }), async (sheets) => {
      const wb = new ExcelJS.Workbook();
      sheets.forEach((s, i) => {
        const ws = wb.addWorksheet(`শিট ${i + 1}`);
        if (s.hidden) ws.state = 'hidden';
        s.rows.forEach((cells, r) =>
          cells.forEach((v, c) => {
            if (v === null) return;
            const cell = ws.getCell(s.originRow + r + 1, s.originCol + c + 1);
            cell.value = v as ExcelJS.CellValue;
            if (s.fmt && typeof v === 'number') cell.numFmt = s.fmt;
          }),
        );
        const m = s.merge;
        if (m) ws.mergeCells(s.originRow + m.r + 1, s.originCol + m.c + 1, s.originRow + m.r + m.h + 1, s.originCol + m.c + m.w + 1);
      });
      const bytes = new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings: sheets[0].sharedStrings } as ExcelJS.XlsxWriteOptions));
      const read = readXlsxSync(bytes);
      expect(read.problems).toEqual([]);
      // Exactly the old reader's grids, formats and merges included.
      expect(read.sheets).toEqual(oldComparable(await exceljsReadXlsx(bytes)));
      sheets.forEach((s, i) => {
        const g = read.sheets[i];
        expect(g.name).toBe(`শিট ${i + 1}`);
        expect(g.hidden).toBe(s.hidden);
        const m = s.merge;
        const under = (r: number, c: number) => m !== null && r >= m.r && r <= m.r + m.h && c >= m.c && c <= m.c + m.w && !(r === m.r && c === m.c);
        for (let r = 0; r < s.rows.length; r++) {
          for (let c = 0; c < s.rows[r].length; c++) {
            if (under(r, c)) continue;
            const written = s.rows[r][c];
            // Date-formatted numbers come back rounded as a JS Date round trip rounds them (as they always did).
            const want = typeof written === 'number' && s.fmt === 'dd/mm/yyyy' ? dateSerial(written, false) : written;
            const rr = s.originRow + r - g.originRow;
            const cc = s.originCol + c - g.originCol;
            const got = g.values[rr]?.[cc] ?? null;
            expect({ at: [r, c], got }).toEqual({ at: [r, c], got: want });
            if (want !== null && typeof want === 'number' && s.fmt) expect(g.formats![rr][cc]).toBe(s.fmt);
          }
        }
      });
    }),
    { numRuns: 60 },
  );
}, 120_000);
