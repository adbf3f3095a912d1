import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { parseCellAddress } from '../../src/engine/grid/a1';
import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { parseNumber } from '../../src/engine/numerals/parseNumber';
import { readXlsx } from '../../src/xlsx/readXlsx';
import { generatedSheets } from '../../bench/workbook/section3';
import { writeSheetsXlsx } from '../../bench/workbook/writeXlsx';
import { runCli } from '../robustness/cliProcess';
import { xlsxToCsvSheets } from './soffice';

/**
 * A real spreadsheet program reads the copy `apa-check --fill` wrote: LibreOffice Calc converts every sheet
 * to CSV, and the filled cells hold exactly what the engine said it would write, while the cells the fill
 * must not touch (claimed marks already stated, every text and number of the original) are unchanged.
 * Run by `npm run test:libreoffice` (test/libreoffice/run.js), not by `npm test`: it needs soffice.
 */

const ROOT = path.join(__dirname, '..', '..');
let work: string;
const inputs: string[] = [];

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-lo-'));
  const samples = path.join(ROOT, 'samples');
  for (const f of fs.existsSync(samples) ? fs.readdirSync(samples) : []) {
    if (f.endsWith('.xlsx')) inputs.push(path.join(samples, f));
  }
  const generated = path.join(work, 'generated-section3.xlsx');
  await writeSheetsXlsx(generated, generatedSheets(2, 50));
  inputs.push(generated);
}, 60_000);

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

function csvCell(rows: string[][] | undefined, address: string): string | undefined {
  const p = parseCellAddress(address);
  if (!rows || !p) return undefined;
  return rows[p.row]?.[p.col] ?? '';
}

/** The original's cells (value and number format) before the fill, by sheet and address. */
async function originalCells(file: string): Promise<Map<string, Map<string, { value: ExcelJS.CellValue; numFmt: string }>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, Map<string, { value: ExcelJS.CellValue; numFmt: string }>>();
  for (const ws of wb.worksheets) {
    const cells = new Map<string, { value: ExcelJS.CellValue; numFmt: string }>();
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        cells.set(cell.address, { value: cell.value, numFmt: cell.numFmt ?? 'General' });
      }),
    );
    out.set(ws.name, cells);
  }
  return out;
}

test('at least one sample goes through the round trip', () => {
  expect(inputs.length).toBeGreaterThan(0);
});

describe.each([['generated-section3.xlsx'], ...listSamples()])('LibreOffice reads the filled copy of %s', (name) => {
  test('filled cells hold the engine\'s marks; untouched cells are unchanged', async () => {
    const input = inputs.find((f) => path.basename(f) === name);
    expect(input).toBeDefined();
    const filled = path.join(work, `filled-${name}`);

    const cli = await runCli([input!, '--json', '--fill', filled], 60_000);
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({ code: expect.any(Number), stderr: cli.stderr });
    expect([0, 1]).toContain(cli.code);
    expect(fs.existsSync(filled)).toBe(true);

    // What the engine says it fills, computed in-process from the original file.
    const analysis = analyzeWorkbook(await readXlsx(fs.readFileSync(input!)));
    const csv = xlsxToCsvSheets(filled, work);
    const original = await originalCells(input!);

    // 1. Every fill is in Calc's view of the copy, as the value the engine chose (Bengali text or number).
    for (const fill of analysis.fills) {
      const got = csvCell(csv.get(fill.sheet), fill.cell);
      if (typeof fill.value === 'string') {
        expect({ cell: `${fill.sheet}!${fill.cell}`, got }).toEqual({ cell: `${fill.sheet}!${fill.cell}`, got: fill.value });
        expect(parseNumber(fill.value)).toBeCloseTo(fill.marks, 4);
      } else {
        expect({ cell: `${fill.sheet}!${fill.cell}`, got: Number(got) }).toEqual({ cell: `${fill.sheet}!${fill.cell}`, got: expect.closeTo(fill.value, 9) });
      }
    }

    // 2. Claimed marks the sheet already stated are untouched and are what the report read.
    const report = JSON.parse(cli.stdout) as { tables: { sheet: string; rows: { claimed: number | null; claimedCell?: string | null }[] }[] };
    let stated = 0;
    const filledAt = new Set(analysis.fills.map((f) => `${f.sheet}!${f.cell}`));
    for (const t of report.tables) {
      for (const r of t.rows) {
        if (r.claimed === null || !r.claimedCell || filledAt.has(`${t.sheet}!${r.claimedCell}`)) continue;
        stated++;
        expect({ cell: r.claimedCell, got: parseNumber(csvCell(csv.get(t.sheet), r.claimedCell) ?? '') }).toEqual({
          cell: r.claimedCell,
          got: expect.closeTo(r.claimed, 6),
        });
      }
    }
    if (name === 'generated-section3.xlsx') {
      expect(stated).toBeGreaterThan(0);
      expect(analysis.fills.length).toBeGreaterThan(50);
    }

    // 3. Every text and plain number of the original reads the same in the copy.
    let compared = 0;
    for (const [sheet, cells] of original) {
      const rows = csv.get(sheet);
      expect({ sheet, exported: rows !== undefined }).toEqual({ sheet, exported: true });
      for (const [addr, { value, numFmt }] of cells) {
        if (filledAt.has(`${sheet}!${addr}`)) continue;
        const got = csvCell(rows, addr);
        if (typeof value === 'string') {
          expect({ cell: `${sheet}!${addr}`, got }).toEqual({ cell: `${sheet}!${addr}`, got: value });
          compared++;
        } else if (typeof value === 'number' && numFmt === 'General') {
          expect({ cell: `${sheet}!${addr}`, got: Number(got) }).toEqual({ cell: `${sheet}!${addr}`, got: expect.closeTo(value, 9) });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    process.stdout.write(`${name}: ${analysis.fills.length} fills checked in Calc, ${stated} stated claims untouched, ${compared} original cells unchanged\n`);
  }, 240_000);
});

function listSamples(): [string][] {
  const dir = path.join(ROOT, 'samples');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort().map((f) => [f] as [string]);
}
