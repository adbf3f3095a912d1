// The exceljs-based reader this project used before src/xlsx/readXlsx.ts (kept only for the parity test:
// the new reader must give the same grids on the samples, the bench workbook and generated workbooks).
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { CellValue, MergeArea, SheetGrid, WorkbookGrid } from '../../../src/engine/grid/types';
import { cellFormula, cellValue } from './excelCell';
import { sniffContainer, toBytes, zipHasEntry } from '../../../src/xlsx/sniffContainer';
import { XlsxReadError } from '../../../src/xlsx/xlsxReadError';

/**
 * Parts of a sheet the engine never looks at: skipping them makes reading faster than a plain exceljs load.
 * (fillXlsx loads without this list, so nothing is lost when writing.)
 */
const IGNORED_SHEET_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'hyperlinks',
  'drawing',
  'picture',
  'headerFooter',
  'pageSetup',
  'printOptions',
  'pageMargins',
  'rowBreaks',
  'autoFilter',
  'tableParts',
  'sheetProtection',
];

/**
 * Reads an .xlsx into the engine's grids: values as Excel stores them, number formats, formulas, merges,
 * hidden sheets. Browser-safe (no fs): the web checker bundles it. Throws XlsxReadError for unreadable files.
 */
export async function readXlsx(data: Uint8Array | ArrayBuffer): Promise<WorkbookGrid> {
  const wb = await loadWorkbook(data, { ignoreNodes: IGNORED_SHEET_NODES });
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => sheets.push(sheetGrid(ws)));
  return { sheets };
}

/** Loads bytes with exceljs, turning every failure into an XlsxReadError a clerk can act on. */
export async function loadWorkbook(data: Uint8Array | ArrayBuffer, options?: object): Promise<ExcelJS.Workbook> {
  const bytes = toBytes(data);
  const container = sniffContainer(bytes);
  if (container === 'empty') throw new XlsxReadError('empty');
  if (container === 'cfb-encrypted') throw new XlsxReadError('encrypted');
  if (container === 'cfb') {
    throw new XlsxReadError('not-xlsx', {
      bn: 'ফাইলটি পুরনো .xls (এক্সেল ৯৭-২০০৩) ফরম্যাটে; এক্সেলে খুলে .xlsx হিসেবে সংরক্ষণ করুন',
      en: 'the file is in the old .xls (Excel 97-2003) format; open it in Excel and save it as .xlsx',
    });
  }
  if (container === 'other') throw new XlsxReadError('not-xlsx');

  const wb = new ExcelJS.Workbook();
  try {
    // exceljs accepts a Uint8Array at runtime (JSZip does); its typings only name Buffer.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer, options as Partial<ExcelJS.XlsxReadOptions>);
  } catch (e) {
    if (!zipHasEntry(bytes, 'xl/workbook.xml') && !zipHasEntry(bytes, 'xl/_rels/')) throw new XlsxReadError('not-xlsx', undefined, e);
    throw new XlsxReadError('corrupt', undefined, e);
  }
  if (wb.worksheets.length === 0) {
    // A zip without a workbook part is a .docx/.zip renamed; one with it but no sheets lost its contents.
    throw zipHasEntry(bytes, 'xl/workbook.xml') ? new XlsxReadError('corrupt') : new XlsxReadError('not-xlsx');
  }
  return wb;
}

/** One pass over the stored cells; rows are built as arrays and shifted once to the used range's origin. */
export function sheetGrid(ws: Worksheet): SheetGrid {
  const rowValues: CellValue[][] = [];
  const rowFormats: (string | null)[][] = [];
  const rowFormulas: (string | null)[][] = [];
  let firstRow = Infinity;
  let lastRow = -1;
  let firstCol = Infinity;
  let anyFormula = false;

  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    let values: CellValue[] | undefined;
    let formats: (string | null)[] | undefined;
    let formulas: (string | null)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const v = cellValue(cell);
      const f = cellFormula(cell);
      if (v === null && f === null) return;
      const c = colNumber - 1;
      if (!values) {
        values = [];
        formats = [];
        formulas = [];
      }
      values[c] = v;
      formats![c] = cell.numFmt || null;
      if (f !== null) {
        formulas![c] = f;
        anyFormula = true;
      }
      if (c < firstCol) firstCol = c;
    });
    if (values) {
      rowValues[r] = values;
      rowFormats[r] = formats!;
      rowFormulas[r] = formulas!;
      if (r < firstRow) firstRow = r;
      lastRow = r;
    }
  });

  const merges = mergesOf(ws);
  const hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  if (lastRow < 0) return { name: ws.name, hidden, originRow: 0, originCol: 0, values: [], formats: [], formulas: [], merges };

  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    values.push(denseFrom(rowValues[r], firstCol, null));
    formats.push(denseFrom(rowFormats[r], firstCol, null));
    if (anyFormula) formulas.push(denseFrom(rowFormulas[r], firstCol, null));
  }
  return {
    name: ws.name,
    hidden,
    originRow: firstRow,
    originCol: firstCol,
    values,
    formats,
    formulas: anyFormula ? formulas : undefined,
    merges,
  };
}

/** A sparse row (holes where cells are absent) as a dense array starting at column `from`. */
function denseFrom<T>(sparse: T[] | undefined, from: number, fill: T): T[] {
  if (!sparse) return [];
  const out: T[] = new Array(Math.max(0, sparse.length - from));
  for (let c = from; c < sparse.length; c++) {
    const v = sparse[c];
    out[c - from] = v === undefined ? fill : v;
  }
  return out;
}

/** Merges from exceljs's private map (reading `ws.model` would serialise the whole sheet just to get them). */
function mergesOf(ws: Worksheet): MergeArea[] {
  const map = (ws as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges;
  const out: MergeArea[] = [];
  if (map) {
    for (const key of Object.keys(map)) {
      const m = map[key].model;
      out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}
