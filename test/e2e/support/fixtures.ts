import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { section3Sheet } from '../../../bench/workbook/section3';
import { writeSheetsXlsx } from '../../../bench/workbook/writeXlsx';
import { ROOT } from './paths';

export const HOSTILE = {
  img: '<img src=x onerror=window.__pwned=1>',
  script: '<script>window.__pwned=1</script>',
  /** U+202E RIGHT-TO-LEFT OVERRIDE in the middle of a unit name. */
  rlo: 'সংখ্যা\u202Eটাকা',
  /** An <img onerror> tag and a right-to-left override in Excel's 31 characters: sheet names reach the UI untouched. */
  sheet: '<img src=x onerror=__pwned=1>\u202Eক',
};

export interface Fixture {
  name: string;
  bytes: Uint8Array;
}

/** The first sample workbook in samples/ (made from the seeds by the samples engineer), if any. */
export function sampleWorkbook(): Fixture | null {
  const dir = join(ROOT, 'samples');
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.xlsx')).sort();
  if (files.length === 0) return null;
  return { name: files[0], bytes: new Uint8Array(readFileSync(join(dir, files[0]))) };
}

/**
 * A Section 3 monitoring sheet like seed 001 (three merged header rows, Bengali digits, messy values, blank
 * claimed-marks cells), from the bench generator with a fixed seed.
 */
export async function section3Fixture(name = 'এপিএ-বীরগঞ্জ-২০২৪-২৫.xlsx', seed = 7): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'apa-e2e-fixture-'));
  const file = join(dir, 'fixture.xlsx');
  await writeSheetsXlsx(file, [section3Sheet('সেকশন ৩', 12, seed)]);
  return { name, bytes: new Uint8Array(readFileSync(file)) };
}

/**
 * The same sheet with hostile text where clerks type: a unit cell (the engine quotes unknown units), the
 * title line, an indicator; the sheet name is an <img onerror> tag.
 */
export async function hostileFixture(): Promise<Fixture> {
  const sheet = section3Sheet(HOSTILE.sheet, 12, 11);
  const [r1, r2, r3] = sheet.indicatorRows;
  sheet.rows[r1][5] = HOSTILE.img;
  sheet.rows[r2][5] = HOSTILE.script;
  sheet.rows[r3][5] = HOSTILE.rlo;
  sheet.rows[1][0] = `কর্মসম্পাদন পরিকল্পনা ${HOSTILE.script}`;
  sheet.rows[r1][3] = `[১.১.১] ${HOSTILE.img}`;
  const dir = mkdtempSync(join(tmpdir(), 'apa-e2e-fixture-'));
  const file = join(dir, 'hostile.xlsx');
  await writeSheetsXlsx(file, [sheet]);
  return { name: `${HOSTILE.img}.xlsx`, bytes: new Uint8Array(readFileSync(file)) };
}

/** A sample workbook of samples/ by name. */
export function namedSample(name: string): Fixture {
  return { name, bytes: new Uint8Array(readFileSync(join(ROOT, 'samples', name))) };
}

/**
 * A large workbook: `sheets` Section 3 sheets of `indicators` rows each, from the bench generator (the bench's
 * 100-sheet workbook froze the old checker for ~9 s), written once per run into a temp folder.
 */
export async function largeFixture(sheets = 100, indicators = 100): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'apa-e2e-large-'));
  const file = join(dir, 'large.xlsx');
  await writeSheetsXlsx(file, Array.from({ length: sheets }, (_, i) => section3Sheet(`সেকশন ৩ (${i + 1})`, indicators, i + 1)));
  return { name: `বড়-ওয়ার্কবুক-${sheets}-শিট.xlsx`, bytes: new Uint8Array(readFileSync(file)) };
}

/**
 * Seed 003 (an innovation team's action plan: tables, none of them scored) as a one-sheet workbook, one seed
 * line per row split at its tabs, as a clerk's paste from Word would leave it.
 */
export async function actionPlanFixture(): Promise<Fixture> {
  const ExcelJS = (await import('exceljs')).default;
  const lines = readFileSync(join(ROOT, 'samples/seeds/003-kushtia-innovation-plan-2017.txt'), 'utf8').replace(/\r\n/g, '\n').split('\n');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('কর্মপরিকল্পনা');
  lines.forEach((line, r) => line.split('\t').forEach((v, c) => {
    if (v.trim() !== '') ws.getCell(r + 1, c + 1).value = v;
  }));
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { name: 'উদ্ভাবন-কর্মপরিকল্পনা.xlsx', bytes };
}
