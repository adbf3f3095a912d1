import fs from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';
import { rollupRow, rollupTotal, sortRollup, unreadableRow, type RollupRow } from '../engine/report/rollup';
import type { Bilingual } from '../engine/report/types';
import { checkFile, type CheckJob, type CheckOutcome } from './checkFile';
import { count } from './figure';
import { fillPlan } from './fillPlan';
import { expandInputs } from './expandInputs';
import { inertText } from './inertText';
import { writeJson } from './jsonChunks';
import { fileReport, unreadableReport, type FileReport } from './jsonReport';
import { makeFolder } from './makeFolder';
import { parseArgs, type CliOptions } from './parseArgs';
import { Progress } from './progress';
import { readableReport } from './readableReport';
import { runBatch, workerCount, workerScript, type WorkerHandle } from './runBatch';
import { summaryCsv, summaryGrid, summaryText } from './summaryTable';
import { summaryXlsx } from './summaryXlsx';
import { USAGE } from './usage';
import { writeErrorMessage } from './writeError';

/** Where the CLI writes; tests pass their own to capture output without spawning a process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal: the batch progress line is drawn only then. */
  errIsTTY?: boolean;
  /** Resolves when what `out` was given has been taken (a pipe's reader keeps up): large output waits on it. */
  drained?(): Promise<void>;
}

const processIo: CliIo = {
  out: (t) => void process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  errIsTTY: process.stderr.isTTY === true,
  drained: () => (process.stdout.writableNeedDrain ? new Promise((resolve) => process.stdout.once('drain', () => resolve())) : Promise.resolve()),
};

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

/** One command-line entry after folders and patterns are expanded: a workbook to check, or why there is none. */
type Entry = { file: string; job: CheckJob } | { file: string; known: CheckOutcome };

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

  const entries = plan(opts);
  const batch = entries.length > 1;
  const progress = new Progress({ write: io.err, isTTY: io.errIsTTY === true }, entries.length, opts.lang);
  const reports: FileReport[] = [];
  const rows: RollupRow[] = [];
  let unreadable = 0;
  let withErrors = 0;

  // Each file's report as soon as it and the ones before it are done: input order, whatever the threads' order.
  const emit = (i: number, outcome: CheckOutcome): void => {
    const { file } = entries[i];
    // The progress line is erased before anything else is printed on the terminal, and redrawn after.
    const say = (write: () => void): void => {
      progress.clear();
      write();
      progress.draw();
    };
    if (!outcome.ok) {
      unreadable++;
      const m = outcome.messages;
      say(() => io.err(inertText(`apa-check: ${file}: ${m.bn} / ${m.en}`) + '\n'));
      const report = unreadableReport(file, outcome.reason, `${m.bn} / ${m.en}`);
      report.summary = unreadableRow(file, outcome.reason, `${m.bn} / ${m.en}`);
      reports.push(report);
      rows.push(report.summary);
    } else {
      const { analysis, filled } = outcome;
      for (const line of outcome.problemLines) say(() => io.err(inertText(`apa-check: ${line}`) + '\n'));
      const report = fileReport(file, analysis);
      if (filled) report.filled = filled;
      if (outcome.readProblems.length > 0) report.readProblems = outcome.readProblems;
      report.summary = rollupRow(file, analysis, filled ? filled.cells.length : null);
      reports.push(report);
      rows.push(report.summary);
      if (analysis.findings.some((f) => f.severity === 'error') || outcome.readProblems.length > 0) withErrors++;
      if (!opts.json && !opts.summary) {
        const fillNote = filled ? fillText(filled, opts.lang) : undefined;
        const text = readableReport(file, analysis, opts.lang, fillNote, { tiers: opts.tiers, filled: filled ? filled.cells.length : null });
        say(() => io.out(text + (batch ? '\n' : '')));
      }
    }
  };

  await checkAll(entries, emit, (done, i) => progress.update(done, entries[i].file));
  progress.end();

  let summaryFailed = false;
  if (opts.summary) {
    const sorted = sortRollup(rows);
    const ctx = { lang: opts.lang, filled: opts.fill !== null, tiers: opts.tiers };
    const total = rollupTotal(sorted);
    if (opts.summary.format === 'csv') io.out(summaryCsv(summaryGrid(sorted, total, ctx)));
    else if (!opts.json) io.out(summaryText(sorted, total, ctx));
    if (opts.summary.format === 'xlsx') summaryFailed = !writeSummaryXlsx(opts.summary.out, summaryXlsx(summaryGrid(sorted, total, ctx), opts.lang), io, !opts.json);
  }
  if (opts.json) {
    // In pieces: one 15 MB string of a district file's report (and its copy to stdout) doubled peak memory.
    await writeJson(entries.length === 1 ? reports[0] : reports, io.out, io.drained);
    io.out('\n');
  }
  else if (batch && !opts.summary) io.out(batchSummary(entries.length, unreadable, withErrors, opts.lang) + '\n');

  if (unreadable > 0 || summaryFailed) return EXIT_UNREADABLE;
  return withErrors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** The files to check (folders and patterns expanded) and, with --fill, where each copy goes. */
function plan(opts: CliOptions): Entry[] {
  const expanded = expandInputs(opts.files, opts.fill);
  const files = expanded.items.flatMap((it) => (it.kind === 'file' ? [it.file] : []));
  const fills = opts.fill === null ? null : fillPlan(opts.fill, files, expanded.expanded, opts.force);
  let f = 0;
  return expanded.items.map((it): Entry => {
    if (it.kind === 'problem') return { file: it.arg, known: { ok: false, reason: it.reason, messages: it.messages } };
    return { file: it.file, job: { file: it.file, tiers: opts.tiers, fill: fills ? fills[f++] : null } };
  });
}

/** Checks every entry, on worker threads when there are several files and the compiled worker is there. */
async function checkAll(entries: Entry[], emit: (i: number, o: CheckOutcome) => void, onDone: (done: number, i: number) => void): Promise<void> {
  const jobs: CheckJob[] = [];
  const jobEntry: number[] = [];
  entries.forEach((e, i) => {
    if ('job' in e) {
      jobs.push(e.job);
      jobEntry.push(i);
    }
  });
  // Outcomes known up front (a pattern matching nothing) take their place in the order like any other.
  const outcomes: (CheckOutcome | undefined)[] = entries.map((e) => ('known' in e ? e.known : undefined));
  let next = 0;
  let done = 0;
  const flush = (): void => {
    while (next < entries.length && outcomes[next] !== undefined) emit(next, outcomes[next++]!);
  };
  entries.forEach((e, i) => {
    if ('known' in e) onDone(++done, i);
  });
  flush();
  const script = workerScript();
  await runBatch(jobs, {
    runLocal: checkFile,
    spawnWorker: script ? () => new Worker(script) as unknown as WorkerHandle : null,
    workers: workerCount(process.env, inputBytes(jobs)),
    onDone: (_n, j) => onDone(++done, jobEntry[j]),
    onOrdered: (j, o) => {
      outcomes[jobEntry[j]] = o;
      flush();
    },
  });
}

/** The batch's size on disk: what decides whether worker threads pay for their start-up. */
function inputBytes(jobs: CheckJob[]): number {
  let bytes = 0;
  for (const j of jobs) {
    try {
      bytes += fs.statSync(j.file).size;
    } catch {
      /* a missing file is reported when it is read */
    }
  }
  return bytes;
}

function fillText(filled: { out: string; cells: string[] }, lang: 'bn' | 'en'): string {
  const { out, cells } = filled;
  return lang === 'bn'
    ? `পূরণ করা কপি: ${out} (${count(cells.length, 'bn')} ঘর পূরণ${cells.length ? ': ' + cells.join(', ') : ''})`
    : `Filled copy: ${out} (${cells.length} cells filled${cells.length ? ': ' + cells.join(', ') : ''})`;
}

/** Writes the --summary xlsx (creating its folder; overwriting an earlier summary is expected). */
function writeSummaryXlsx(out: string, data: Buffer, io: CliIo, say: boolean): boolean {
  try {
    makeFolder(path.dirname(path.resolve(out)));
    fs.writeFileSync(out, data);
  } catch (e) {
    const m: Bilingual = writeErrorMessage(e, out);
    io.err(inertText(`apa-check: ${m.bn} / ${m.en}`) + '\n');
    return false;
  }
  if (say) io.out(inertText(`সারসংক্ষেপ লেখা হয়েছে / summary written: ${out}`) + '\n');
  return true;
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
