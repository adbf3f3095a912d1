import fs from 'fs';
import os from 'os';
import path from 'path';
import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { cellAddress } from '../../src/engine/grid/a1';
import { readXlsxSync } from '../../src/xlsx/readXlsx';
import { runCli } from '../robustness/cliProcess';
import { parseCsv } from './csv';
import { xlsxToCsvSheets } from './soffice';

/**
 * The fixture corpus through a real spreadsheet program: LibreOffice opens each original and each copy
 * `apa-check --fill` wrote. The original still shows what the committed CSV says (so the corpus test's
 * expectations are this Calc's view), and the copy shows the filled values in the filled cells and
 * exactly the original everywhere else, in every sheet.
 */

const CORPUS = path.join(__dirname, '..', 'fixtures', 'xlsx', 'corpus');
const FILES = fs.readdirSync(CORPUS).filter((f) => /\.xls[xm]$/.test(f)).sort();
let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-lo-corpus-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function committedCsv(file: string): Map<string, string[][]> {
  const dir = path.join(CORPUS, 'csv', file);
  const base = file.replace(/\.xls[xm]$/, '');
  const out = new Map<string, string[][]>();
  for (const f of fs.readdirSync(dir)) out.set(f.slice(base.length + 1, -4), parseCsv(fs.readFileSync(path.join(dir, f), 'utf8')));
  return out;
}

/** soffice names its CSVs after the file: give every copy an .xlsx name of its own. */
function csvOf(file: string, as: string): Map<string, string[][]> {
  const copy = path.join(work, `${as}.xlsx`);
  fs.copyFileSync(file, copy);
  return xlsxToCsvSheets(copy, work);
}

test.each(FILES)('%s: LibreOffice shows the original as committed, and the filled copy with exactly the fills added', async (file) => {
  const input = path.join(CORPUS, file);
  const expected = committedCsv(file);
  const original = csvOf(input, `orig-${path.parse(file).name}`);
  expect([...original.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [sheet, rows] of expected) expect({ sheet, rows: original.get(sheet) }).toEqual({ sheet, rows });

  const out = path.join(work, `filled-${file}`);
  const cli = await runCli([input, '--json', '--fill', out], 120_000);
  expect([0, 1]).toContain(cli.code);
  const fills = analyzeWorkbook(readXlsxSync(fs.readFileSync(input))).fills;
  const filled = csvOf(out, `filled-${path.parse(file).name}`);
  expect([...filled.keys()].sort()).toEqual([...expected.keys()].sort());
  const at = new Map(fills.map((f) => [`${f.sheet}!${cellAddress(f.row, f.col)}`, f]));
  let seen = 0;
  for (const [sheet, rows] of expected) {
    const got = filled.get(sheet)!;
    const height = Math.max(rows.length, got.length);
    for (let r = 0; r < height; r++) {
      const width = Math.max(rows[r]?.length ?? 0, got[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const key = `${sheet}!${cellAddress(r, c)}`;
        const g = got[r]?.[c] ?? '';
        const f = at.get(key);
        if (f) {
          seen++;
          expect({ key, g }).toEqual({ key, g: typeof f.value === 'number' ? expect.stringMatching(new RegExp(`^${String(f.value).replace('.', '\\.')}`)) : f.value });
        } else expect({ key, g }).toEqual({ key, g: rows[r]?.[c] ?? '' });
      }
    }
  }
  expect(seen).toBe(fills.length);
  process.stdout.write(`${file}: ${fills.length} filled cells shown by LibreOffice, every other cell as before\n`);
}, 300_000);
