import ExcelJS from 'exceljs';
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runMain } from '../cli/runMain';
import { differences, snapshot } from '../xlsx/workbookSnapshot';

/**
 * apa-check --fill on both samples: re-read the written copy with exceljs and check that every cell other than
 * the blank claimed cells is unchanged (values, formulas, styles, merges, sheet visibility, widths, names), and
 * that the filled cells hold the hand-computed marks in the table's digit style (Bengali-digit text).
 */
const SAMPLES = path.join(__dirname, '..', '..', 'samples');

const CASES: [string, Record<string, string>][] = [
  [
    'uitrce-birganj-2024-25.xlsx',
    {
      'সেকশন ৩!V10': '৪.৩৮', // [১.২.১] 87.5% of 5 = 4.375, written at 2 decimals
      'সেকশন ৩!V12': '১০', // [৩.১.১] 100% of 10
      'সেকশন ৩!V20': '৩.৯২', // grievance net 24.5 ÷ 25 × 4
      'শুদ্ধাচার!N10': '২', // 1.2: 4 of 4 × 2
      'শুদ্ধাচার!N20': '১.৮', // 3.1: 45 of 50 × 2
      'ই-গভর্ন্যান্স!Q12': '৫.৪', // [৫.১.১] 90% of 6
    },
  ],
  [
    'ict-chandpur-2024-25-errors.xlsx',
    {
      'এপিএ ২০২৪-২৫!V43': '১.৯২', // [৩.২.১] 96% of 2
      'এপিএ ২০২৪-২৫!V60': '৪', // grievance governance row, 4 of 4
    },
  ],
];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-fill-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(CASES)('--fill %s', (name, expectedFills) => {
  test('only the blank claimed cells change, to the computed marks as Bengali-digit text', async () => {
    const input = path.join(SAMPLES, name);
    const out = path.join(dir, name);
    const before = fs.readFileSync(input);
    const hash = crypto.createHash('sha256').update(before).digest('hex');
    const run = await runMain([input, '--fill', out]);
    expect(run.code).toBeLessThan(2);
    expect(run.stdout).toContain(`পূরণ করা কপি: ${out}`);
    expect(crypto.createHash('sha256').update(fs.readFileSync(input)).digest('hex')).toBe(hash);

    const after = fs.readFileSync(out);
    expect(differences(await snapshot(before), await snapshot(after), new Set(Object.keys(expectedFills)))).toEqual([]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(after as unknown as ExcelJS.Buffer);
    for (const [key, value] of Object.entries(expectedFills)) {
      const [sheet, cell] = key.split('!');
      expect({ key, value: wb.getWorksheet(sheet)!.getCell(cell).value }).toEqual({ key, value });
    }
  });

  test('filling the filled copy again changes nothing (no blank claimed cell is left)', async () => {
    const out = path.join(dir, name);
    const again = path.join(dir, 'again-' + name);
    const run = await runMain([out, '--json', '--fill', again]);
    const report = JSON.parse(run.stdout) as { fills: unknown[]; filled: { cells: string[] } };
    expect(report.fills).toEqual([]);
    expect(report.filled.cells).toEqual([]);
    expect(fs.readFileSync(again).equals(fs.readFileSync(out))).toBe(true);
  });
});
