import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { encryptedCfb, TEXT_NAMED_XLSX, truncated } from '../fixtures/xlsx/badFiles';
import { runMain } from './runMain';

/** apa-check through main() with captured output: arguments, unreadable files, batches, --fill safety. */
const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const CLEAN = path.join(SAMPLES, 'uitrce-birganj-2024-25.xlsx');
const ERRORS = path.join(SAMPLES, 'ict-chandpur-2024-25-errors.xlsx');

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (f: string): string => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

function write(name: string, data: Uint8Array | string): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, data);
  return f;
}

describe('unreadable files: exit 2, a bilingual message on stderr naming the file and the reason', () => {
  const cases: [string, () => string, RegExp, RegExp][] = [
    ['a missing file', () => path.join(dir, 'নেই-এমন.xlsx'), /পাওয়া যায়নি/, /file not found/],
    ['a 0-byte file', () => write('খালি.xlsx', new Uint8Array(0)), /খালি/, /empty \(0 bytes\)/],
    ['a text file named .xlsx', () => write('টেক্সট.xlsx', TEXT_NAMED_XLSX), /\.xlsx ওয়ার্কবুক নয়/, /not an Excel \.xlsx workbook/],
    ['a truncated zip', () => write('অর্ধেক.xlsx', truncated(fs.readFileSync(CLEAN))), /নষ্ট বা অসম্পূর্ণ/, /damaged or incomplete/],
    ['a password-protected workbook', () => write('পাসওয়ার্ড.xlsx', encryptedCfb(true)), /পাসওয়ার্ড দিয়ে সুরক্ষিত/, /password-protected/],
    ['a folder with no workbook in it', () => (fs.mkdirSync(path.join(dir, 'ফাঁকা ফোল্ডার'), { recursive: true }), path.join(dir, 'ফাঁকা ফোল্ডার')), /কোনো \.xlsx ফাইল নেই/, /no \.xlsx file in the folder/],
    ['a pattern matching nothing', () => path.join(dir, 'নেই-*.xlsx'), /কোনো ফাইল মেলেনি/, /no file matches the pattern/],
  ];
  test.each(cases)('%s', async (_name, make, bn, en) => {
    const file = make();
    for (const argv of [[file], [file, '--json']]) {
      const run = await runMain(argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(file);
      expect(run.stderr).toMatch(bn);
      expect(run.stderr).toMatch(en);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  test('--json still prints one document for an unreadable file, marked with the reason', async () => {
    const run = await runMain([path.join(dir, 'নেই.xlsx'), '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: path.join(dir, 'নেই.xlsx'), tables: [], findings: [], error: { reason: 'missing' } });
  });
});

describe('a district batch: one bad file does not stop the others', () => {
  test('--json: an array in input order; exit 2 overall', async () => {
    const bad = write('নষ্ট.xlsx', 'not a workbook');
    const run = await runMain([CLEAN, bad, ERRORS, '--json']);
    expect(run.code).toBe(2);
    const reports = JSON.parse(run.stdout) as { file: string; tables: unknown[]; error?: unknown }[];
    expect(reports.map((r) => r.file)).toEqual([CLEAN, bad, ERRORS]);
    expect(reports[0].tables.length).toBeGreaterThan(0);
    expect(reports[1].error).toBeDefined();
    expect(reports[2].tables.length).toBeGreaterThan(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
  test('readable: each file reported, then a batch summary line', async () => {
    const run = await runMain([CLEAN, ERRORS]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`ফাইল: ${CLEAN}`);
    expect(run.stdout).toContain(`ফাইল: ${ERRORS}`);
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('মোট ২টি ফাইল: ২টি পড়া হয়েছে, ০টি পড়া যায়নি, ১টি ফাইলে ত্রুটি আছে');
  });
});

describe('arguments', () => {
  test('bad arguments: usage on stderr, exit 2, nothing on stdout', async () => {
    const run = await runMain([CLEAN, '--lang', 'fr']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--lang must be bn or en');
    expect(run.stderr).toContain('Usage:');
  });
  test('no file: usage, exit 2', async () => {
    expect((await runMain([])).code).toBe(2);
  });
  test('--help and --version go to stdout, exit 0', async () => {
    const help = await runMain(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('apa-check FILE.xlsx');
    const version = await runMain(['--version']);
    expect(version.stdout).toMatch(/^apa-check \d+\.\d+\.\d+\n$/);
  });
});

describe('readable report', () => {
  test('Bengali by default: tables, findings (errors first), summary; exit 1 on errors', async () => {
    const run = await runMain([ERRORS]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`ফাইল: ${ERRORS}`);
    expect(run.stdout).toContain('শিট "এপিএ ২০২৪-২৫" A18:V63: সেকশন ৩: কর্মসম্পাদন পরিকল্পনা (performance-plan) — মোট ৮০.৮৬২, সর্বোচ্চ ১০০');
    const sheetAt = lines.indexOf('  শিট "এপিএ ২০২৪-২৫":');
    const severities = lines.slice(sheetAt + 1).filter((l) => l.startsWith('    ')).map((l) => (l.includes('✗') ? 'e' : 'w'));
    expect(severities.join('')).toMatch(/^e+w+$/);
    expect(run.stdout).toMatch(/\n {4}✗ ত্রুটি U42 \(সারি ৪২\) \[total-mismatch\]: [^\n]*[\u0980-\u09FF]/);
    expect(lines.filter(Boolean).pop()).toMatch(/^সারসংক্ষেপ: ৬টি সারণি, ৭টি ত্রুটি, ১টি সতর্কতা, ২টি খালি দাবীকৃত নম্বরের ঘর পূরণযোগ্য$/);
  });
  test('--lang en', async () => {
    const run = await runMain([CLEAN, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no errors or warnings');
    expect(run.stdout).not.toMatch(/সারসংক্ষেপ/);
  });
});

describe('--fill safety', () => {
  test('refuses to overwrite the input, writes nothing, exit 2', async () => {
    const copy = write('বীরগঞ্জ.xlsx', fs.readFileSync(CLEAN));
    const before = sha(copy);
    const run = await runMain([copy, '--fill', copy]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('would overwrite an input file');
    expect(sha(copy)).toBe(before);
  });
  test('several files: OUT is a folder, each copy keeps its name; inputs untouched', async () => {
    const out = path.join(dir, 'পূরণ করা');
    const before = [sha(CLEAN), sha(ERRORS)];
    const run = await runMain([CLEAN, ERRORS, '--fill', out, '--json']);
    expect(run.code).toBe(1);
    expect(fs.existsSync(path.join(out, path.basename(CLEAN)))).toBe(true);
    expect(fs.existsSync(path.join(out, path.basename(ERRORS)))).toBe(true);
    expect([sha(CLEAN), sha(ERRORS)]).toEqual(before);
    const reports = JSON.parse(run.stdout) as { filled?: { cells: string[] } }[];
    expect(reports[0].filled!.cells).toHaveLength(6);
    expect(reports[1].filled!.cells).toHaveLength(2);
  });
  test('an unreadable input writes no copy', async () => {
    const bad = write('ভাঙা.xlsx', 'x');
    const out = path.join(dir, 'should-not-exist.xlsx');
    const run = await runMain([bad, '--fill', out]);
    expect(run.code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
  });
});
