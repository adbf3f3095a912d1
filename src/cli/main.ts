import fs from 'fs';
import path from 'path';
import { analyzeWorkbook } from '../engine/analyze/analyzeWorkbook';
import type { Analysis, Bilingual } from '../engine/report/types';
import { fillWorkbook } from '../xlsx/fillXlsx';
import { readXlsx } from '../xlsx/readXlsx';
import { problemText } from '../xlsx/readProblems';
import { isXlsxReadError } from '../xlsx/xlsxReadError';
import { count } from './figure';
import { fillTarget, writeFilledCopy } from './fillTarget';
import { fileReport, unreadableReport, type FileReport } from './jsonReport';
import { parseArgs, type CliOptions } from './parseArgs';
import { readableReport } from './readableReport';
import { readInput } from './readInput';
import { USAGE } from './usage';
import { cliReadOptions } from './xlsxNode';

/** Where the CLI writes; tests pass their own to capture output without spawning a process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

/** `apa-check` (see report-contract in the README). Resolves to the exit code; never rejects on a bad file. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`apa-check: ${parsed.problem.bn} / ${parsed.problem.en}\n\n${USAGE}`);
    return EXIT_UNREADABLE;
  }
  const opts = parsed.options;
  if (opts.help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (opts.version) {
    io.out(`apa-check ${version()}\n`);
    return EXIT_OK;
  }

  const reports: FileReport[] = [];
  let unreadable = 0;
  let withErrors = 0;
  const usedOutputs = new Set<string>();
  for (const file of opts.files) {
    const r = await checkFile(file, opts, io, usedOutputs);
    reports.push(r.report);
    if (r.unreadable) unreadable++;
    else if (r.report.findings.some((f) => f.severity === 'error') || (r.report.readProblems?.length ?? 0) > 0) withErrors++;
    if (!opts.json) io.out(r.text + (opts.files.length > 1 ? '\n' : ''));
  }

  if (opts.json) io.out(JSON.stringify(opts.files.length === 1 ? reports[0] : reports, null, 2) + '\n');
  else if (opts.files.length > 1) io.out(batchSummary(opts.files.length, unreadable, withErrors, opts.lang) + '\n');

  if (unreadable > 0) return EXIT_UNREADABLE;
  return withErrors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

interface FileOutcome {
  report: FileReport;
  unreadable: boolean;
  /** The readable report (empty for an unreadable file: its message went to stderr). */
  text: string;
}

async function checkFile(file: string, opts: CliOptions, io: CliIo, usedOutputs: Set<string>): Promise<FileOutcome> {
  const fail = (reason: string, m: Bilingual): FileOutcome => {
    io.err(`apa-check: ${file}: ${m.bn} / ${m.en}\n`);
    return { report: unreadableReport(file, reason, `${m.bn} / ${m.en}`), unreadable: true, text: '' };
  };

  const input = await readInput(file);
  if (!input.ok) return fail(input.reason, input.messages);

  let analysis: Analysis;
  const xlsxOptions = cliReadOptions();
  let problems: ReturnType<typeof toReadProblems> = [];
  try {
    const grid = await readXlsx(input.data, xlsxOptions);
    // A sheet the reader could not read is never silent: one stderr line each, and listed in the report.
    for (const p of grid.problems) io.err(`apa-check: ${file}: ${problemText(p)}\n`);
    problems = toReadProblems(grid.problems);
    analysis = analyzeWorkbook(grid, { tiers: opts.tiers });
  } catch (e) {
    if (isXlsxReadError(e)) return fail(e.reason, e.messages);
    // An engine bug must not stop the other 29 files of a district batch: report it as this file's failure.
    const detail = e instanceof Error ? e.message : String(e);
    return fail('internal', { bn: `ফাইলটি যাচাই করা যায়নি (অভ্যন্তরীণ ত্রুটি: ${detail})`, en: `the file could not be checked (internal error: ${detail})` });
  }

  const report = fileReport(file, analysis);
  if (problems.length > 0) report.readProblems = problems;
  let fillNote: string | undefined;
  if (opts.fill !== null) {
    const target = fillTarget(opts.fill, file, opts.files);
    if (!target.ok) return fail('fill', target.messages);
    const key = path.resolve(target.out);
    if (usedOutputs.has(key)) {
      return fail('fill', { bn: `একই নামের আরেকটি ফাইলের কপি ইতিমধ্যে ${target.out} এ লেখা হয়েছে`, en: `a file with the same name was already written to ${target.out}` });
    }
    usedOutputs.add(key);
    try {
      // Nothing to fill: copy the bytes as they are rather than round-tripping the workbook.
      const written = analysis.fills.length === 0 ? { data: input.data, written: [] } : await fillWorkbook(input.data, analysis.fills, xlsxOptions);
      writeFilledCopy(target.out, written.data);
      const cells = written.written.map((f) => `${f.sheet}!${f.cell}`);
      report.filled = { out: target.out, cells };
      fillNote =
        opts.lang === 'bn'
          ? `পূরণ করা কপি: ${target.out} (${count(cells.length, 'bn')} ঘর পূরণ${cells.length ? ': ' + cells.join(', ') : ''})`
          : `Filled copy: ${target.out} (${cells.length} cells filled${cells.length ? ': ' + cells.join(', ') : ''})`;
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return fail('fill', { bn: `পূরণ করা কপি ${target.out} লেখা যায়নি (${detail})`, en: `could not write the filled copy ${target.out} (${detail})` });
    }
  }
  return { report, unreadable: false, text: opts.json ? '' : readableReport(file, analysis, opts.lang, fillNote) };
}

function toReadProblems(list: { sheet: string | null; part: string | null; reason: string; messages: Bilingual }[]): NonNullable<FileReport['readProblems']> {
  return list.map((p) => ({ sheet: p.sheet, part: p.part, reason: p.reason, message: `${p.messages.bn} / ${p.messages.en}`, messages: p.messages }));
}

function batchSummary(files: number, unreadable: number, withErrors: number, lang: 'bn' | 'en'): string {
  const read = files - unreadable;
  if (lang === 'bn') {
    return `মোট ${count(files, 'bn')} ফাইল: ${count(read, 'bn')} পড়া হয়েছে, ${count(unreadable, 'bn')} পড়া যায়নি, ${count(withErrors, 'bn')} ফাইলে ত্রুটি আছে`;
  }
  return `${files} files: ${read} read, ${unreadable} could not be read, ${withErrors} with errors`;
}

function version(): string {
  // build/cli/main.js and src/cli/main.ts both sit two folders below package.json.
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
