import { execFileSync } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { changedEntries, partText, withoutCells } from '../xlsx/support/zipCompare';
import { zipParts } from '../xlsx/support/rawPackage';
import type { JsonReport } from '../golden/expect';
import { generatedSheets } from '../../bench/workbook/section3';
import { writeSheetsXlsx } from '../../bench/workbook/writeXlsx';
import { runCli, type CliOutcome } from './cliProcess';
import { addSharedStrings, addSheet, sectionThreeParts, setText, text, writeParts } from './defectPackages';

/**
 * Each defect the issue's fuzzing found, on a package built here, through `apa-check` in its own process.
 * Bounded: every case has a timeout that proves "no hang", none asserts a speed.
 */

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-defects-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const CASE_MS = 60_000;

function info(o: CliOutcome): string {
  return `exit ${o.code}${o.signal ? ` signal ${o.signal}` : ''}${o.timedOut ? ' (HUNG: killed)' : ''} in ${o.ms} ms\nstderr: ${o.stderr.slice(0, 1500)}`;
}

function expectExit2(o: CliOutcome, file: string, reason: RegExp): void {
  const i = info(o);
  expect({ code: o.code, timedOut: o.timedOut, i }).toEqual({ code: 2, timedOut: false, i });
  expect(o.stderr).toContain(path.basename(file));
  expect(o.stderr).not.toMatch(/CRASH|\n\s+at |heap out of memory/);
  expect(o.stderr).toMatch(/[\u0980-\u09FF]/);
  expect(o.stderr).toMatch(reason);
}

function report(o: CliOutcome): JsonReport & { readProblems?: { sheet: string; reason: string; message: string }[]; filled?: { cells: string[] } } {
  const i = info(o);
  expect({ ok: o.code === 0 || o.code === 1, timedOut: o.timedOut, i }).toEqual({ ok: true, timedOut: false, i });
  return JSON.parse(o.stdout);
}

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('--fill changes nothing but the blank claimed cells', () => {
  test('covered values, OOXML escapes, a 40,000-emoji string, a masterless shared formula, a huge merge, a chart, a comment, custom properties and a print area all survive', async () => {
    const parts = await sectionThreeParts(dir);
    const [covered, escaped, emoji] = addSharedStrings(parts, ['লুকানো মান', 'লাইন১_x000B_লাইন২ tab_x0009_', '😀'.repeat(40_000)]);
    // In the filled sheet itself: a merge over a cell that holds a value, right of the table.
    const s1 = 'xl/worksheets/sheet1.xml';
    let xml = text(parts, s1);
    xml = xml.replace(/<row r="2"([^>]*)>([\s\S]*?)<\/row>/, (_m, a: string, cells: string) => `<row r="2"${a}>${cells}<c r="AA2" t="s"><v>${covered}</v></c></row>`);
    xml = xml.includes('<mergeCells') ? xml.replace(/<mergeCells[^>]*>/, (m) => `${m}<mergeCell ref="AA1:AA2"/>`) : xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="AA1:AA2"/></mergeCells>');
    setText(parts, s1, xml);
    // Another sheet with the rest.
    const coveredRows = Array.from({ length: 200 }, (_, i) => `<row r="${i + 2}"><c r="B${i + 2}" t="s"><v>${covered}</v></c></row>`).join('');
    const other = addSheet(
      parts,
      'নোট',
      `<sheetData><row r="1"><c r="A1" t="s"><v>${escaped}</v></c><c r="B1" t="s"><v>${emoji}</v></c><c r="C1"><f t="shared" si="9"/><v>4</v></c></row>${coveredRows}</sheetData>` +
        '<mergeCells count="1"><mergeCell ref="A2:Z100000"/></mergeCells>',
    );
    setText(parts, 'docProps/custom.xml', '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property name="অফিস" pid="2" fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"><vt:lpwstr xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">বীরগঞ্জ</vt:lpwstr></property></Properties>');
    setText(parts, 'xl/charts/chart1.xml', '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart/></c:plotArea></c:chart></c:chartSpace>');
    setText(parts, 'xl/comments1.xml', '<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>clerk</author></authors><commentList><comment ref="A1" authorId="0"><text><t>যাচাই করুন</t></text></comment></commentList></comments>');
    setText(parts, 'xl/workbook.xml', text(parts, 'xl/workbook.xml').replace('</sheets>', '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\'সেকশন ৩\'!$A$1:$Q$10</definedName></definedNames>'));
    const input = writeParts(dir, 'everything.xlsx', parts);
    const before = new Uint8Array(fs.readFileSync(input));
    const hash = sha(input);
    const out = path.join(dir, 'everything-filled.xlsx');

    const r = report(await runCli([input, '--json', '--fill', out], CASE_MS));
    expect(sha(input)).toBe(hash);
    expect(r.filled!.cells.length).toBeGreaterThan(10);
    const after = new Uint8Array(fs.readFileSync(out));
    // Only the filled sheet's part changed; every other entry (the other sheet, shared strings, workbook with
    // its print area, chart, comments, custom properties, styles …) is byte-identical.
    expect(changedEntries(before, after)).toEqual([s1]);
    // … and in it, only the filled cells.
    const cells = r.filled!.cells.map((c) => c.split('!')[1]);
    expect(withoutCells(partText(after, s1), cells, true)).toBe(withoutCells(partText(before, s1), cells, true));
    expect(partText(after, s1)).toContain(`<c r="AA2" t="s"><v>${covered}</v></c>`);
    expect(partText(after, other)).toBe(partText(before, other));
    expect(partText(after, 'xl/sharedStrings.xml')).toContain('লাইন১_x000B_লাইন২ tab_x0009_');
    expect(partText(after, 'xl/workbook.xml')).toContain("$A$1:$Q$10");
    // The copy is about the size of the input (exceljs made a 25 KB file with a big merge 6.3 MB).
    expect(after.length).toBeLessThan(before.length * 1.2 + 4096);
  }, CASE_MS + 10_000);

  test('--fill through a hard link to the input is refused; the input is untouched', async () => {
    const input = writeParts(dir, 'linked.xlsx', await sectionThreeParts(dir));
    const link = path.join(dir, 'link-to-input.xlsx');
    fs.linkSync(input, link);
    const hash = sha(input);
    expectExit2(await runCli([input, '--fill', link], CASE_MS), input, /overwrite an input file/);
    expect(sha(input)).toBe(hash);
  }, CASE_MS + 5000);
});

describe('a missing or unreadable part is named, never silent', () => {
  test('a sheet whose part is missing, and a rels target that does not exist: readProblems naming the sheet, a stderr line, exit 1', async () => {
    const parts = await sectionThreeParts(dir);
    addSheet(parts, 'হারানো', '<sheetData/>', { part: 'xl/worksheets/sheet7.xml' });
    delete parts['xl/worksheets/sheet7.xml'];
    setText(parts, 'xl/_rels/workbook.xml.rels', text(parts, 'xl/_rels/workbook.xml.rels').replace('</Relationships>', '<Relationship Id="rIdZ" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/none.xml"/></Relationships>'));
    setText(parts, 'xl/workbook.xml', text(parts, 'xl/workbook.xml').replace('</sheets>', '<sheet name="ভুল ঠিকানা" sheetId="300" r:id="rIdZ"/></sheets>'));
    const f = writeParts(dir, 'missing-parts.xlsx', parts);
    const o = await runCli([f, '--json'], CASE_MS);
    const r = report(o);
    expect(o.code).toBe(1);
    expect(r.tables.length).toBeGreaterThan(0); // the readable sheet was checked
    expect(r.readProblems!.map((p) => [p.sheet, p.reason])).toEqual([['হারানো', 'missing-part'], ['ভুল ঠিকানা', 'missing-part']]);
    expect(o.stderr).toContain('হারানো');
    expect(o.stderr).toContain('ভুল ঠিকানা');
  }, CASE_MS + 5000);

  test('a duplicated sheet part: read once, and said so', async () => {
    const parts = await sectionThreeParts(dir);
    // Two <sheet> entries naming one part.
    setText(parts, 'xl/workbook.xml', text(parts, 'xl/workbook.xml').replace(/<sheet ([^>]*?)r:id="(\w+)"\/>/, (m, _a, rid: string) => `${m}<sheet name="আবার" sheetId="99" r:id="${rid}"/>`));
    const f = writeParts(dir, 'duplicated.xlsx', parts);
    const o = await runCli([f, '--json'], CASE_MS);
    const r = report(o);
    expect(r.tables.length).toBe(1);
    expect(r.readProblems).toMatchObject([{ sheet: 'আবার', reason: 'shared-part' }]);
    expect(o.code).toBe(1);
  }, CASE_MS + 5000);

  test('nothing readable: exit 2 naming the file and the sheet', async () => {
    const parts = await sectionThreeParts(dir);
    setText(parts, 'xl/worksheets/sheet1.xml', text(parts, 'xl/worksheets/sheet1.xml').replace('</sheetData>', ''));
    const f = writeParts(dir, 'all-damaged.xlsx', parts);
    expectExit2(await runCli([f, '--json'], CASE_MS), f, /সেকশন ৩/);
  }, CASE_MS + 5000);
});

describe('bounded cost', () => {
  test('50,000 merges: a report', async () => {
    const parts = await sectionThreeParts(dir);
    const merges = Array.from({ length: 50_000 }, (_, i) => `<mergeCell ref="AB${2 * i + 1}:AC${2 * i + 2}"/>`).join('');
    addSheet(parts, 'একীভূত', `<sheetData><row r="1"><c r="AB1"><v>1</v></c></row></sheetData><mergeCells count="50000">${merges}</mergeCells>`);
    const f = writeParts(dir, 'merges-50k.xlsx', parts);
    expect(report(await runCli([f, '--json'], CASE_MS)).tables.length).toBe(1);
  }, CASE_MS + 5000);

  test('one merge A1:XFD1048576: a report, and with --fill a copy', async () => {
    const parts = await sectionThreeParts(dir);
    addSheet(parts, 'সব', '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="300"><c r="B300"><v>2</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>');
    const f = writeParts(dir, 'whole-grid-merge.xlsx', parts);
    const out = path.join(dir, 'whole-grid-merge-filled.xlsx');
    const r = report(await runCli([f, '--json', '--fill', out], CASE_MS));
    expect(r.filled!.cells.length).toBeGreaterThan(0);
  }, CASE_MS + 5000);

  test('a worksheet inflating to 400 MB (a zip bomb): exit 2, before inflating it', async () => {
    const parts = await sectionThreeParts(dir);
    const body = Buffer.alloc(400 * 2 ** 20, '<row/>');
    const sheet = Buffer.concat([Buffer.from('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'), body, Buffer.from('</sheetData></worksheet>')]);
    parts['xl/worksheets/sheet1.xml'] = new Uint8Array(sheet.buffer, sheet.byteOffset, sheet.byteLength);
    const f = path.join(dir, 'bomb.xlsx');
    fs.writeFileSync(f, zipParts(parts, 1));
    expect(fs.statSync(f).size).toBeLessThan(4 * 2 ** 20);
    expectExit2(await runCli([f, '--json'], CASE_MS), f, /zip bomb|জিপ বোমা/);
  }, CASE_MS + 30_000);

  test('too many entries, XML nested too deep, a DTD: exit 2, each with its reason', async () => {
    const many = await sectionThreeParts(dir);
    for (let i = 0; i < 10_001; i++) many[`xl/media/p${i}.bin`] = new Uint8Array(1);
    const f1 = writeParts(dir, 'many-entries.xlsx', many);
    expectExit2(await runCli([f1, '--json'], CASE_MS), f1, /number of parts/);

    const deep = await sectionThreeParts(dir);
    setText(deep, 'xl/worksheets/sheet1.xml', text(deep, 'xl/worksheets/sheet1.xml').replace('</worksheet>', `<extLst>${'<ext>'.repeat(50_000)}${'</ext>'.repeat(50_000)}</extLst></worksheet>`));
    const f2 = writeParts(dir, 'deep.xlsx', deep);
    expectExit2(await runCli([f2, '--json'], CASE_MS), f2, /nested unreasonably deep/);

    const dtd = await sectionThreeParts(dir);
    setText(dtd, 'xl/sharedStrings.xml', text(dtd, 'xl/sharedStrings.xml').replace('<sst', '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst'));
    const f3 = writeParts(dir, 'dtd.xlsx', dtd);
    expectExit2(await runCli([f3, '--json'], CASE_MS), f3, /DTD/);
  }, 3 * CASE_MS);

  test('/dev/zero and a FIFO are refused at once (not read for ever, not waited on)', async () => {
    if (fs.existsSync('/dev/zero')) expectExit2(await runCli(['/dev/zero', '--json'], CASE_MS), '/dev/zero', /not a regular file/);
    const fifo = path.join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    expectExit2(await runCli([fifo, '--json'], CASE_MS), fifo, /not a regular file/);
  }, 2 * CASE_MS + 5000);

  test('a small heap: a workbook that would exhaust it (60 × 300 dies of heap out of memory at 32 MB) is refused with a bilingual message', async () => {
    const f = path.join(dir, 'sixty-sheets.xlsx');
    await writeSheetsXlsx(f, generatedSheets(60, 300));
    const o = await runCli([f, '--json'], CASE_MS * 2, { NODE_OPTIONS: '--max-old-space-size=32' });
    expectExit2(o, f, /more cells than can be checked/);
  }, 3 * CASE_MS);
});
