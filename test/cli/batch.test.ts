import crypto from 'crypto';
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { inertText } from '../../src/cli/inertText';
import { ERRORS, CLEAN, makeDistrict, type District } from './district';
import { runMain } from './runMain';

/** The district officer's batch through main(): folders, patterns, --summary, progress, --fill DIR, terminal safety. */
let dir: string;
let d: District;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-batch-'));
  d = await makeDistrict(dir);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (f: string): string => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
type Json = { file: string; office: string | null; summary: { office: string; total: number | null; errors: number; fillable: number; filled: number | null } }[];

describe('folders and patterns', () => {
  test('a folder is searched recursively for .xlsx (any case), skipping lock files, hidden files and folders', async () => {
    const run = await runMain([d.root, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // the errors sample is in the folder
    expect((JSON.parse(run.stdout) as Json).map((r) => r.file)).toEqual(d.workbooks);
  });
  test('a quoted pattern is expanded by the tool: *, {a,b}, ** and Windows backslashes', async () => {
    const files = async (pattern: string): Promise<string[]> => {
      const run = await runMain([pattern, '--json']);
      expect(run.stderr).toBe('');
      const json = JSON.parse(run.stdout) as Json | Json[number];
      return (Array.isArray(json) ? json : [json]).map((r) => path.resolve(r.file));
    };
    expect(await files(path.join(d.root, '*', 'apa.xlsx'))).toEqual([d.naldanga, d.lalpur]);
    expect(await files(path.join(d.root, '{লালপুর,নলডাঙ্গা}', '*.xlsx'))).toEqual([d.naldanga, d.lalpur]);
    expect(await files(path.join(d.root, '**', '*.xlsx'))).toEqual([d.actionPlan, d.bagatipara, d.naldanga, d.lalpur]);
    // What cmd.exe passes: backslashes, unexpanded.
    expect(await files(path.join(d.root, '*.xlsx').replace(/\//g, '\\'))).toEqual([d.actionPlan, d.bagatipara]);
    expect(await files(path.join(d.root, 'বাগাতিপাড়া.xls?'))).toEqual([d.bagatipara]);
  });
  test('a file named twice (by a folder and by name) is checked once', async () => {
    const run = await runMain([d.bagatipara, d.root, '--json']);
    const files = (JSON.parse(run.stdout) as Json).map((r) => r.file);
    expect(files).toHaveLength(4);
    expect(files[0]).toBe(d.bagatipara);
  });
  test('a pattern matching nothing is reported in its place, the others are still checked; exit 2', async () => {
    const run = await runMain([d.bagatipara, path.join(d.root, 'রাজশাহী-*.xlsx'), '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/রাজশাহী-\*\.xlsx: এই নামের ধরনে কোনো ফাইল মেলেনি \/ no file matches the pattern/);
    const reports = JSON.parse(run.stdout) as (Json[number] & { error?: { reason: string } })[];
    expect(reports.map((r) => r.error?.reason ?? 'ok')).toEqual(['ok', 'missing']);
  });
});

describe('--summary', () => {
  test('text: one line per workbook sorted by office name, the engine score, a total row, exit as usual', async () => {
    const run = await runMain([d.root, '--summary']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 4 + 1 + 1);
    expect(lines[0]).toMatch(/^ক্রম\s+মোট নম্বর\s+সুশাসন\s+ত্রুটি\s+সতর্কতা\s+পূরণযোগ্য ঘর\s+অফিস — ফাইল$/);
    // উ < উপজেলা… (Bengali alphabet order); the errors sample has no cover: its file name "apa", Latin, sorts last.
    expect(lines[1]).toMatch(/^\s+১\s+—\s+—\s+০\s+০\s+০\s+.*উদ্ভাবন কর্মপরিকল্পনা\.XLSX \(কোনো নম্বরযুক্ত সারণি নেই\)$/);
    expect(lines[2]).toMatch(/^\s+২\s+৯৪\.৮৭৯\/১০০\s+২৭\.৭৫৪\/৩০\s+০\s+০\s+৬\s+উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া, নাটোর — .*বাগাতিপাড়া\.xlsx$/);
    expect(lines[3]).toMatch(/^\s+৩\s+৯৪\.৮৭৯\/১০০\s+২৭\.৭৫৪\/৩০\s+০\s+০\s+৬\s+উপজেলা নির্বাহী অফিসারের কার্যালয়, লালপুর, নাটোর — /);
    expect(lines[4]).toMatch(/^\s+৪\s+৮০\.৮৬২\/১০০\s+২৫\.০৫২\/৩০\s+৭\s+১\s+২\s+.*নলডাঙ্গা\/apa\.xlsx$/);
    // Mean over the three full scores: (94.879 + 94.879 + 80.862) / 3 = 90.2067.
    expect(lines[5]).toMatch(/^\s*মোট\s+গড় ৯০\.২১\s+৭\s+১\s+১৪\s+৪টি ফাইল, ৩টি অফিস$/);
    expect(lines[6]).toContain('--tiers interpolate');
    // No per-file reports.
    expect(run.stdout).not.toContain('ফাইল: ');
  });
  test('csv: BOM, CRLF, a header, figures as ASCII numbers, quoted names, a total row', async () => {
    const run = await runMain([d.root, '--summary', 'csv', '--lang', 'en']);
    expect(run.stdout.startsWith('\uFEFFOffice,File,Score,Max,Own (70),Own max,Governance,Governance max,Governance basis,Errors,Warnings,Fillable,Filled,Offices,Status\r\n')).toBe(true);
    const lines = run.stdout.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[2]).toBe(`"উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া, নাটোর",${d.bagatipara},94.879,100,67.125,70,27.754,30,Section 3 governance rows,0,0,6,,1,`);
    expect(lines[4]).toBe(`apa,${d.naldanga},80.862,100,55.81,70,25.052,30,Section 3 governance rows,7,1,2,,1,`);
    expect(lines[5]).toBe('Total (4 files),,90.2067,100,,,,,,7,1,14,,3,the score column holds the mean of 3 full scores');
  });
  test('xlsx: re-read with exceljs: Bengali headers and digits, frozen header row, widths that fit, total row', async () => {
    const out = path.join(dir, 'সারসংক্ষেপ', 'নাটোর.xlsx');
    const run = await runMain([d.root, '--summary', 'xlsx', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`summary written: ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('সারসংক্ষেপ')!;
    expect(ws).toBeDefined();
    expect(ws.getRow(1).values).toEqual([undefined, 'অফিস', 'ফাইল', 'মোট নম্বর', 'সর্বোচ্চ', 'নিজস্ব (৭০)', 'নিজস্ব সর্বোচ্চ', 'সুশাসন', 'সুশাসন সর্বোচ্চ', 'সুশাসনের ভিত্তি', 'ত্রুটি', 'সতর্কতা', 'পূরণযোগ্য ঘর', 'পূরণ করা ঘর', 'অফিসের সংখ্যা', 'অবস্থা']);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('A3').value).toBe('উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া, নাটোর');
    expect(ws.getCell('C3').value).toBe('৯৪.৮৭৯');
    expect(ws.getCell('C3').alignment?.horizontal).toBe('right');
    expect(ws.getCell('J5').value).toBe('৭');
    expect(ws.getCell('A6').value).toBe('মোট (৪টি ফাইল)');
    expect(ws.getCell('C6').value).toBe('৯০.২০৬৭');
    expect(ws.getCell('A6').font?.bold).toBe(true);
    expect(ws.rowCount).toBe(6);
    // The office column is as wide as its longest name; the count columns stay narrow.
    const office = ws.getColumn(1).width!;
    expect(office).toBeGreaterThanOrEqual(Array.from('উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া, নাটোর').filter((c) => !/\p{M}/u.test(c)).length);
    expect(ws.getColumn(10).width!).toBeLessThan(office / 3);
  });
  test('xlsx with --lang en holds numbers; --json with --summary xlsx keeps stdout pure JSON', async () => {
    const out = path.join(dir, 'summary-en.xlsx');
    const run = await runMain([d.root, '--json', '--summary', 'xlsx', out, '--lang', 'en']);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Summary')!;
    expect(ws.getCell('C3').value).toBe(94.879);
    expect(ws.getCell('L6').value).toBe(14);
  });
  test('an unwritable summary path: a bilingual reason, exit 2', async () => {
    const run = await runMain([d.bagatipara, '--summary', 'xlsx', path.join(d.bagatipara, 's.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/লেখা যায়নি: .*[\u0980-\u09FF]+ \/ could not write .*: part of the path is a file, not a folder/);
    expect(run.stderr).not.toMatch(/ENOTDIR|EEXIST|ENOENT/);
  });
  test('--json reports carry the same figures per file (added fields only)', async () => {
    const reports = JSON.parse((await runMain([d.root, '--json'])).stdout) as Json;
    const bag = reports.find((r) => r.file === d.bagatipara)!;
    expect(bag.office).toBe('উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া, নাটোর');
    expect(bag.summary).toMatchObject({ office: bag.office, total: 94.879, errors: 0, fillable: 6, filled: null });
    expect(reports.find((r) => r.file === d.naldanga)!.summary).toMatchObject({ office: 'apa', total: 80.862, errors: 7 });
  });
  test('after --fill the summary counts the cells written', async () => {
    const run = await runMain([d.root, '--summary', '--fill', path.join(dir, 'filled-summary')]);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toContain('পূরণ করা ঘর');
    expect(lines[0]).not.toContain('পূরণযোগ্য');
  });
});

describe('progress', () => {
  test('on a terminal: "n/total name" on stderr, redrawn in place; stdout untouched', async () => {
    const run = await runMain([d.root, '--json'], { errIsTTY: true });
    expect(run.stderr).toContain('\r\u001b[2K১/৪ উদ্ভাবন কর্মপরিকল্পনা.XLSX');
    expect(run.stderr).toContain('৪/৪ apa.xlsx');
    expect(run.stderr.endsWith('\r\u001b[2K')).toBe(true); // erased at the end
    expect(run.stdout).not.toMatch(/[\r\u001b]/);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
  test('not a terminal, or a single file: no progress at all', async () => {
    expect((await runMain([d.root, '--json'])).stderr).toBe('');
    expect((await runMain([d.bagatipara], { errIsTTY: true })).stderr).toBe('');
  });
  test('an unreadable file\'s message is printed on a clean line, not after the progress text', async () => {
    const bad = path.join(dir, 'ভাঙা.xlsx');
    fs.writeFileSync(bad, 'not a workbook');
    const run = await runMain([d.bagatipara, bad], { errIsTTY: true });
    expect(run.stderr).toMatch(/\r\u001b\[2Kapa-check: .*ভাঙা\.xlsx: /);
  });
});

describe('--fill DIR', () => {
  test('two inputs of the same name (a/apa.xlsx, b/apa.xlsx) keep both: the relative paths are mirrored', async () => {
    const out = path.join(dir, 'পূরণ', 'নাটোর');
    const run = await runMain([d.lalpur, d.naldanga, '--fill', out, '--json']);
    expect(run.code).toBe(1);
    const lal = path.join(out, 'লালপুর', 'apa.xlsx');
    const nal = path.join(out, 'নলডাঙ্গা', 'apa.xlsx');
    expect(fs.existsSync(lal) && fs.existsSync(nal)).toBe(true);
    expect(sha(lal)).not.toBe(sha(nal));
    const reports = JSON.parse(run.stdout) as { filled: { out: string; cells: string[] } }[];
    expect(reports.map((r) => r.filled.out)).toEqual([lal, nal]);
    expect(reports.map((r) => r.filled.cells.length)).toEqual([6, 2]);
  });
  test('a folder argument mirrors its tree below DIR; the output folder inside it is not searched next time', async () => {
    const out = path.join(d.root, 'পূরণ করা');
    const first = await runMain([d.root, '--fill', out, '--json']);
    expect(first.stderr).toBe('');
    expect(fs.existsSync(path.join(out, 'লালপুর', 'apa.xlsx'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'বাগাতিপাড়া.xlsx'))).toBe(true);
    const again = await runMain([d.root, '--json', '--fill', out, '--force']);
    expect((JSON.parse(again.stdout) as Json).map((r) => r.file)).toEqual(d.workbooks);
    fs.rmSync(out, { recursive: true });
  });
  test('one input and a missing DIR (no .xlsx ending): the folder is created, the copy keeps its name', async () => {
    const out = path.join(dir, 'নতুন', 'ফোল্ডার');
    const run = await runMain([CLEAN, '--fill', out]);
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(out, path.basename(CLEAN)))).toBe(true);
  });
  test('an existing output is not overwritten without --force; with --force it is', async () => {
    const out = path.join(dir, 'একবার.xlsx');
    expect((await runMain([ERRORS, '--fill', out])).code).toBe(1);
    const before = sha(out);
    fs.writeFileSync(out, 'the officer edited this');
    const refused = await runMain([ERRORS, '--fill', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('ফাইলটি আগে থেকেই আছে (ওপরে লিখতে --force দিন) / could not write');
    expect(refused.stderr).toContain('the file already exists (use --force to overwrite it)');
    expect(fs.readFileSync(out, 'utf8')).toBe('the officer edited this');
    const forced = await runMain([ERRORS, '--fill', out, '--force']);
    expect(forced.code).toBe(1);
    expect(sha(out)).toBe(before);
  });
  test('a DIR it cannot write: bilingual messages, never a raw ENOENT, and no hang (/proc)', async () => {
    const cases = [path.join(CLEAN, 'নিচে'), '/proc/apa-check-পূরণ/', '/sys/apa-check-পূরণ.xlsx'];
    for (const out of cases) {
      const run = await runMain([CLEAN, '--fill', out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/[\u0980-\u09FF].* \/ [a-z]/);
      expect(run.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
    }
    const under = await runMain([CLEAN, '--fill', path.join(CLEAN, 'নিচে')]);
    expect(under.stderr).toContain('তৈরি করা যায়নি: পথের একটি অংশ ফাইল, ফোল্ডার নয় / could not create the --fill folder');
    expect(under.stderr).toContain('part of the path is a file, not a folder');
    const proc = await runMain([CLEAN, '--fill', '/proc/apa-check-পূরণ/']);
    expect(proc.stderr).toContain('ফোল্ডারটি নেই / could not create the --fill folder "/proc/apa-check-পূরণ/": the folder does not exist');
    const sys = await runMain([CLEAN, '--fill', '/sys/apa-check-পূরণ.xlsx']);
    expect(sys.stderr).toContain('লেখার অনুমতি নেই / could not write /sys/apa-check-পূরণ.xlsx: no permission to write there');
  });
});

describe('terminal safety', () => {
  let hostile: string;
  beforeAll(async () => {
    // A claimed cell holding a retitle and a clear-screen sequence, stored as Excel stores control characters.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(CLEAN);
    wb.getWorksheet('সেকশন ৩')!.getCell('V11').value = '_x001B_]0;হ্যাকড_x0007__x001B_[2J\u202e৯';
    hostile = path.join(dir, 'ক্ষতিকর\u001b[31m.xlsx');
    await wb.xlsx.writeFile(hostile);
  });
  test('the readable report quotes cell text and file names inert: no control character reaches the terminal', async () => {
    const run = await runMain([hostile]);
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(run.stdout).toContain('ক্ষতিকর\\x1b[31m.xlsx');
    const json = JSON.parse((await runMain([hostile, '--json'])).stdout) as { findings: { cell: string; messages: { bn: string } }[] };
    const f = json.findings.find((x) => x.cell === 'V11')!;
    expect(f.messages.bn).toContain('\u202e'); // --json keeps the exact text
    expect(run.stdout).toContain(inertText(f.messages.bn));
    expect(inertText(f.messages.bn)).toContain('<U+202E>');
  });
  test('--summary and stderr messages too', async () => {
    const missing = path.join(dir, 'নেই\u009b2J.xlsx');
    const run = await runMain([hostile, missing, '--summary']);
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(run.stderr).toContain('নেই\\x9b2J.xlsx');
  });
});

describe('readable report per file', () => {
  test('the office, its score and the tier rule are stated; an action plan says "no scored table"', async () => {
    const run = await runMain([d.bagatipara, d.actionPlan, '--tiers', 'step']);
    expect(run.stdout).toContain('অফিস: উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া, নাটোর\n');
    expect(run.stdout).toContain('দুই স্তরের মাঝের অর্জনে নম্বর: নিচের স্তরের ধাপ (--tiers step)');
    const plan = run.stdout.slice(run.stdout.indexOf(`ফাইল: ${d.actionPlan}`));
    expect(plan).toContain('অফিসের নম্বর: কোনো নম্বরযুক্ত সারণি নেই');
    expect(plan).toContain('কোনো নম্বরযুক্ত সারণি নেই: নম্বর হিসাব বা যাচাই করার কিছু পাওয়া যায়নি');
    expect(plan).not.toContain('কোনো ত্রুটি বা সতর্কতা নেই');
  });
  test('after --fill the closing line says how many cells were written', async () => {
    const run = await runMain([ERRORS, '--fill', path.join(dir, 'লেখা.xlsx'), '--lang', 'en']);
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('Summary: 6 tables, 7 errors, 1 warning, 2 claimed-marks cells written');
  });
});
