import type { Bilingual } from '../engine/report/types';
import type { WorkbookGrid } from '../engine/grid/types';

/**
 * Something the reader could not read, while the rest of the workbook was read: a sheet whose part is
 * missing or damaged, or a flaw inside a sheet it read. Never silent: the CLI prints each on stderr and
 * lists them in the JSON report (`readProblems`), the web checker shows them; a file whose every sheet is
 * unreadable is refused instead (XlsxReadError).
 */
export type ReadProblemReason =
  /** The workbook lists the sheet but the package has no part for it (or no relationship to one). */
  | 'missing-part'
  /** The sheet's part is there but cannot be read (damaged compressed data, bad XML); the sheet is left out. */
  | 'unreadable-part'
  /** The package stores the sheet's part twice; the first copy was read. */
  | 'duplicate-part'
  /** Two sheets name the same part; the second was left out. */
  | 'shared-part'
  /** The sheet was read, but something in it was not (a cell address, a merged range, a missing text). */
  | 'sheet-content';

export interface ReadProblem {
  /** The sheet's name as the workbook lists it; null for a problem of the whole workbook. */
  sheet: string | null;
  /** The package part concerned ("xl/worksheets/sheet2.xml"), when known. */
  part: string | null;
  reason: ReadProblemReason;
  messages: Bilingual;
}

/** The reader's result: the engine's grids plus what could not be read. */
export interface XlsxWorkbook extends WorkbookGrid {
  problems: ReadProblem[];
}

export function problemText(p: ReadProblem): string {
  return `${p.messages.bn} / ${p.messages.en}`;
}

export function sheetProblem(sheet: string, part: string | null, reason: ReadProblemReason, detail?: Bilingual): ReadProblem {
  const q = `"${sheet}"`;
  let m: Bilingual;
  switch (reason) {
    case 'missing-part':
      m = { bn: `শিট ${q} ফাইলে নেই (অংশ ${part ?? '?'} পাওয়া যায়নি); শিটটি যাচাই করা হয়নি`, en: `sheet ${q} is missing from the file (part ${part ?? '?'} not found); the sheet was not checked` };
      break;
    case 'unreadable-part':
      m = { bn: `শিট ${q} পড়া যায়নি (অংশ ${part ?? '?'} নষ্ট); শিটটি যাচাই করা হয়নি`, en: `sheet ${q} could not be read (part ${part ?? '?'} is damaged); the sheet was not checked` };
      break;
    case 'duplicate-part':
      m = { bn: `শিট ${q}-এর অংশ ${part ?? '?'} ফাইলে দুবার আছে; প্রথমটি পড়া হয়েছে`, en: `the part ${part ?? '?'} of sheet ${q} is stored twice in the file; the first copy was read` };
      break;
    case 'shared-part':
      m = { bn: `শিট ${q} অন্য একটি শিটের অংশ ${part ?? '?'} নির্দেশ করে; শিটটি যাচাই করা হয়নি`, en: `sheet ${q} points to the part ${part ?? '?'} of another sheet; the sheet was not checked` };
      break;
    case 'sheet-content':
      m = { bn: `শিট ${q}`, en: `sheet ${q}` };
      break;
  }
  if (detail) m = { bn: `${m.bn}: ${detail.bn}`, en: `${m.en}: ${detail.en}` };
  return { sheet, part, reason, messages: m };
}
