import ExcelJS from 'exceljs';
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { cellAddress } from '../../src/engine/grid/a1';
import { COL, generatedSheets } from '../../bench/workbook/section3';
import { writeSheetsXlsx } from '../../bench/workbook/writeXlsx';
import {
  EXCEL_ERRORS,
  emptyFile,
  errorsEverywhere,
  formulasWithoutValues,
  hugeCells,
  onlyMergedCells,
  passwordProtected,
  textNamedXlsx,
  truncatedZip,
} from '../fixtures/malformed/make';
import type { JsonReport } from '../golden/expect';
import { runCli, type CliOutcome } from './cliProcess';
import { sheetCells } from './sheetCells';

/**
 * `apa-check` on hostile input: every case ends with exit 2 and a message naming the file, or with a correct
 * report. A crash (exit 70 from cliEntry, or a signal) or a hang (killed after the per-case timeout) fails.
 */

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-malformed-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const CASE_MS = 30_000;

function describeRun(o: CliOutcome): string {
  return `exit ${o.code}${o.signal ? ` signal ${o.signal}` : ''}${o.timedOut ? ' (HUNG: killed)' : ''} in ${o.ms} ms\nstderr: ${o.stderr.slice(0, 2000)}`;
}

/** Exit 2, nothing on stdout, one clear bilingual line on stderr that names the file. */
function expectUnreadable(o: CliOutcome, file: string, reason?: RegExp): void {
  const info = describeRun(o);
  expect({ code: o.code, timedOut: o.timedOut, info }).toEqual({ code: 2, timedOut: false, info });
  expect(o.stderr).toContain(path.basename(file));
  expect(o.stderr).not.toMatch(/CRASH|\n\s+at /); // no stack trace for a clerk
  expect(o.stderr).toMatch(/[\u0980-\u09FF]/); // Bengali half …
  expect(o.stderr).toMatch(/[A-Za-z]{4,}/); // … and English half
  if (reason) expect(o.stderr).toMatch(reason);
}

/** Exit 0 or 1 with one JSON document on stdout. */
function expectReport(o: CliOutcome): JsonReport {
  const info = describeRun(o);
  expect({ ok: o.code === 0 || o.code === 1, timedOut: o.timedOut, info }).toEqual({ ok: true, timedOut: false, info });
  const parsed = JSON.parse(o.stdout) as JsonReport;
  expect(Array.isArray(parsed.tables)).toBe(true);
  expect(Array.isArray(parsed.findings)).toBe(true);
  for (const f of parsed.findings) {
    expect(f.message).toMatch(/[\u0980-\u09FF]/);
    expect(f.message).toMatch(/[A-Za-z]/);
    expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
  }
  return parsed;
}

function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('files apa-check cannot read: exit 2 naming the file', () => {
  test('a missing file', async () => {
    const f = path.join(dir, 'নেই.xlsx');
    expectUnreadable(await runCli([f, '--json'], CASE_MS), f);
  }, CASE_MS + 5000);

  test('a 0-byte file', async () => {
    const f = emptyFile(dir);
    expectUnreadable(await runCli([f, '--json'], CASE_MS), f);
  }, CASE_MS + 5000);

  test('a text file named .xlsx', async () => {
    const f = textNamedXlsx(dir);
    expectUnreadable(await runCli([f, '--json'], CASE_MS), f);
  }, CASE_MS + 5000);

  test('a truncated zip', async () => {
    const f = await truncatedZip(dir);
    expectUnreadable(await runCli([f, '--json'], CASE_MS), f);
  }, CASE_MS + 5000);

  test('a password-protected workbook says so', async () => {
    const f = passwordProtected(dir);
    expectUnreadable(await runCli([f, '--json'], CASE_MS), f, /password|পাসওয়ার্ড/i);
  }, CASE_MS + 5000);

  test('--fill onto an unreadable file writes nothing', async () => {
    const f = textNamedXlsx(dir);
    const out = path.join(dir, 'should-not-exist.xlsx');
    expectUnreadable(await runCli([f, '--fill', out], CASE_MS), f);
    expect(fs.existsSync(out)).toBe(false);
  }, CASE_MS + 5000);
});

describe('odd but valid workbooks: a correct report', () => {
  test('a sheet of only merged cells: no tables, no findings, exit 0', async () => {
    const f = await onlyMergedCells(dir);
    const o = await runCli([f, '--json'], CASE_MS);
    const r = expectReport(o);
    expect(o.code).toBe(0);
    expect(r.tables).toEqual([]);
    expect(r.findings).toEqual([]);
  }, CASE_MS + 5000);

  test('every Excel error value in every column of a Section 3 table: bad-value findings, no marks invented', async () => {
    const { file, sheet } = await errorsEverywhere(dir);
    const o = await runCli([file, '--json'], CASE_MS);
    const r = expectReport(o);
    expect(o.code).toBe(1); // bad values are errors
    const s3 = r.tables.find((t) => t.kind === 'performance-plan');
    expect(s3).toBeDefined();
    // Each indicator row whose label survived must have every unreadable numeric cell reported (never a silent 0).
    const badCells = new Set(r.findings.filter((f) => f.rule === 'bad-value').map((f) => f.cell));
    const scoredRows = new Set(s3!.rows.map((x) => x.row));
    let expected = 0;
    for (const row of sheet.indicatorRows) {
      if (!scoredRows.has(row + 1)) continue;
      for (const c of [COL.q1, COL.q2, COL.q3, COL.q4]) {
        const v = sheet.rows[row][c];
        if (v && typeof v === 'object' && 'error' in v) {
          expected++;
          expect({ cell: cellAddress(row, c), reported: badCells.has(cellAddress(row, c)) }).toEqual({ cell: cellAddress(row, c), reported: true });
        }
      }
    }
    expect(expected).toBeGreaterThan(0);
    // The error text is named so the clerk can find it.
    const mentioned = EXCEL_ERRORS.filter((e) => r.findings.some((f) => f.message.includes(e)));
    expect(mentioned.length).toBeGreaterThan(0);
    for (const t of r.tables) for (const x of t.rows) if (x.computed !== null) expect(Number.isFinite(x.computed)).toBe(true);
  }, CASE_MS + 5000);

  test('30,000-character cells: read, reported as bad where a number belongs', async () => {
    const { file, quarterCell } = await hugeCells(dir);
    const o = await runCli([file, '--json'], CASE_MS);
    const r = expectReport(o);
    expect(r.tables.some((t) => t.kind === 'performance-plan')).toBe(true);
    const addr = cellAddress(quarterCell.row, quarterCell.col);
    expect(r.findings.filter((f) => f.cell === addr).map((f) => f.rule)).toContain('bad-value');
  }, CASE_MS + 5000);

  test('a finding about a 30,000-character cell quotes it briefly (the pane and the JSON stay readable)', async () => {
    const { file, quarterCell } = await hugeCells(dir);
    const r = expectReport(await runCli([file, '--json'], CASE_MS));
    const addr = cellAddress(quarterCell.row, quarterCell.col);
    const about = r.findings.filter((f) => f.cell === addr);
    expect(about.length).toBeGreaterThan(0);
    // Quoting the whole value (in the Bengali and English halves, and again inside the reason) makes one
    // finding 120,000 characters long; a clerk needs the start of it and the cell address.
    for (const f of r.findings) {
      expect({ cell: f.cell, length: f.message.length < 2000 ? 'under 2,000' : f.message.length }).toEqual({ cell: f.cell, length: 'under 2,000' });
    }
  }, CASE_MS + 5000);

  test('formulas without cached values: never filled over, kept in the filled copy', async () => {
    const { file, formulaClaimed } = await formulasWithoutValues(dir);
    const out = path.join(dir, 'formulas-filled.xlsx');
    const before = sha(file);
    const o = await runCli([file, '--json', '--fill', out], CASE_MS);
    const r = expectReport(o);
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(out)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    for (const addr of formulaClaimed) {
      const v = ws.getCell(addr).value as { formula?: string } | null;
      expect({ addr, formula: v && typeof v === 'object' ? v.formula : v }).toEqual({ addr, formula: expect.stringMatching(/^G\d+\*0\.8$/) });
    }
    // The annual column's formulas survive too.
    const s3 = r.tables.find((t) => t.kind === 'performance-plan');
    expect(s3).toBeDefined();
    for (const row of s3!.rows.slice(0, 5)) {
      const v = ws.getCell(`U${row.row}`).value as { formula?: string } | null;
      expect(v && typeof v === 'object' ? v.formula : v).toBe(`SUM(Q${row.row}:T${row.row})`);
    }
  }, CASE_MS + 5000);
});

describe('fill', () => {
  test('is idempotent: filling a filled copy changes no cell value; the input is never modified', async () => {
    const src = path.join(dir, 'fill-src.xlsx');
    await writeSheetsXlsx(src, generatedSheets(2, 60));
    const once = path.join(dir, 'filled-once.xlsx');
    const twice = path.join(dir, 'filled-twice.xlsx');
    const before = sha(src);

    const o1 = await runCli([src, '--fill', once, '--json'], CASE_MS);
    expectReport(o1);
    expect(sha(src)).toBe(before);
    const o2 = await runCli([once, '--fill', twice, '--json'], CASE_MS);
    const r2 = expectReport(o2);

    const [a, b, orig] = await Promise.all([sheetCells(once), sheetCells(twice), sheetCells(src)]);
    // The first fill did something (else this test proves nothing) …
    const changed = [...a.entries()].filter(([k, v]) => orig.get(k) !== v);
    expect(changed.length).toBeGreaterThan(20);
    // … only in claimed-marks cells that were blank …
    for (const [k] of changed) {
      expect(k).toMatch(/!V\d+$/);
      expect(orig.has(k)).toBe(false);
    }
    // … and the second changed nothing at all.
    expect([...b.entries()]).toEqual([...a.entries()]);
    // The re-read copy states what it was filled with: every row's claimed equals its computed marks.
    for (const t of r2.tables) for (const x of t.rows) if (x.computed !== null && x.claimedCell) expect(x.claimed).not.toBeNull();
  }, 2 * CASE_MS + 10_000);
});
