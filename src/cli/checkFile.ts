import fs from 'fs';
import path from 'path';
import { analyzeWorkbook } from '../engine/analyze/analyzeWorkbook';
import type { Analysis, Bilingual, TierRule } from '../engine/report/types';
import { fillWorkbook } from '../xlsx/fillXlsx';
import { readXlsx } from '../xlsx/readXlsx';
import { problemText } from '../xlsx/readProblems';
import { isXlsxReadError } from '../xlsx/xlsxReadError';
import { writeFilledCopy } from './fillTarget';
import type { FileReport } from './jsonReport';
import { makeFolder } from './makeFolder';
import { readInput } from './readInput';
import { writeErrorMessage } from './writeError';
import { cliReadOptions } from './xlsxNode';

/**
 * One workbook's check, as the main thread or a worker thread runs it: plain data in, plain data out (both cross
 * the thread boundary by structured clone). Never throws: every failure is an outcome naming the reason.
 */
export interface CheckJob {
  file: string;
  tiers: TierRule;
  /** Where --fill writes this file's copy (decided for the whole batch up front), or why it cannot. */
  fill: { ok: true; out: string; force: boolean } | { ok: false; messages: Bilingual } | null;
}

export type ReadProblem = NonNullable<FileReport['readProblems']>[number];

export type CheckOutcome =
  | {
      ok: true;
      analysis: Analysis;
      filled: { out: string; cells: string[] } | null;
      /** Sheets (or parts) the reader could not read: never silent (stderr and the report), and an error for the exit status. */
      readProblems: ReadProblem[];
      /** Their stderr lines, "FILE: reason" without the program name. */
      problemLines: string[];
    }
  | { ok: false; reason: string; messages: Bilingual };

export async function checkFile(job: CheckJob): Promise<CheckOutcome> {
  const fail = (reason: string, messages: Bilingual): CheckOutcome => ({ ok: false, reason, messages });

  // --- read and analyse (moved unchanged from main.ts) ---
  const input = await readInput(job.file);
  if (!input.ok) return fail(input.reason, input.messages);

  let analysis: Analysis;
  const xlsxOptions = cliReadOptions();
  let readProblems: ReadProblem[] = [];
  let problemLines: string[] = [];
  try {
    const grid = await readXlsx(input.data, xlsxOptions);
    readProblems = grid.problems.map((p) => ({ sheet: p.sheet, part: p.part, reason: p.reason, message: `${p.messages.bn} / ${p.messages.en}`, messages: p.messages }));
    problemLines = grid.problems.map((p) => `${job.file}: ${problemText(p)}`);
    analysis = analyzeWorkbook(grid, { tiers: job.tiers });
  } catch (e) {
    if (isXlsxReadError(e)) return fail(e.reason, e.messages);
    // An engine bug must not stop the other 29 files of a district batch: report it as this file's failure.
    const detail = e instanceof Error ? e.message : String(e);
    return fail('internal', { bn: `ফাইলটি যাচাই করা যায়নি (অভ্যন্তরীণ ত্রুটি: ${detail})`, en: `the file could not be checked (internal error: ${detail})` });
  }
  if (job.fill === null) return { ok: true, analysis, filled: null, readProblems, problemLines };
  if (!job.fill.ok) return fail('fill', job.fill.messages);

  // --- write the filled copy ---
  const out = job.fill.out;
  let data: Uint8Array;
  let cells: string[];
  try {
    // Nothing to fill: copy the bytes as they are rather than round-tripping the workbook.
    const written = analysis.fills.length === 0 ? { data: input.data, written: [] } : await fillWorkbook(input.data, analysis.fills, xlsxOptions);
    data = written.data;
    cells = written.written.map((f) => `${f.sheet}!${f.cell}`);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('fill', { bn: `পূরণ করা কপি ${out} তৈরি করা যায়নি (${detail})`, en: `could not make the filled copy ${out} (${detail})` });
  }
  try {
    // Mirrored sub-folders (a/apa.xlsx, b/apa.xlsx) are made here; 'wx' never overwrites a file without --force.
    makeFolder(path.dirname(out));
    // Never over an existing file without --force; then through a temporary file and a rename, so the copy is
    // never half-written and another link of an old OUT keeps its bytes.
    if (!job.fill.force && fs.existsSync(out)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    writeFilledCopy(out, data);
  } catch (e) {
    return fail('fill', writeErrorMessage(e, out));
  }
  return { ok: true, analysis, filled: { out, cells }, readProblems, problemLines };
}
