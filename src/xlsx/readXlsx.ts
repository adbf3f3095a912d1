import type { SheetGrid } from '../engine/grid/types';
import { withDefaults, type ReadLimits } from './limits';
import { fatalPart, limitError, openPackage, readPart, tokenizePart, type XlsxPackage } from './package/xlsxPackage';
import { parseSharedStrings } from './package/sharedStrings';
import { parseStyles } from './package/styles';
import { sheetProblem, type ReadProblem, type XlsxWorkbook } from './readProblems';
import { buildSheetGrid, GridLimitError } from './sheet/sheetGrid';
import { SheetLimitError, SheetReader } from './sheet/sheetReader';
import { toBytes } from './sniffContainer';
import { XmlError } from './xml/tokenizer';
import { readError, XlsxReadError } from './xlsxReadError';
import { browserCodec } from './zip/browserInflate';
import type { Codec } from './zip/codec';
import { ZipEntryError } from './zip/zipArchive';

export type { ReadProblem, XlsxWorkbook } from './readProblems';

export interface ReadOptions {
  /** Tighter (or looser) bounds than DEFAULT_LIMITS; the CLI sizes maxGridCells to its heap. */
  limits?: Partial<ReadLimits>;
  /** Native compression from the host (the CLI passes Node's zlib); fflate otherwise. */
  codec?: Codec;
}

/**
 * Reads an .xlsx into the engine's grids: values as Excel stores them, number formats, formulas, merges,
 * hidden sheets, in tab order. Only the parts the engine needs are inflated (workbook, relationships, shared
 * strings, styles, worksheets), each streamed through the XML tokenizer. Browser-safe: no Node built-ins
 * (the web checker bundles it). Throws XlsxReadError for a file it cannot read at all; a sheet it cannot
 * read is listed in `problems` and left out.
 */
export async function readXlsx(data: Uint8Array | ArrayBuffer, options?: ReadOptions): Promise<XlsxWorkbook> {
  if (!options?.codec) {
    // In a browser: let its native zlib inflate the parts first (fflate takes whatever it did not).
    const codec = await browserCodec(toBytes(data), withDefaults(options?.limits));
    if (codec) return readXlsxSync(data, { ...options, codec });
  }
  return readXlsxSync(data, options);
}

export function readXlsxSync(data: Uint8Array | ArrayBuffer, options?: ReadOptions): XlsxWorkbook {
  const limits = withDefaults(options?.limits);
  const pkg = openPackage(toBytes(data), limits, options?.codec);
  const sharedStrings = pkg.sharedStrings ? fatalPart(() => parseSharedStrings(readPart(pkg.zip, pkg.sharedStrings!, pkg.budget), limits.maxXmlDepth), pkg.sharedStrings) : [];
  const formats = pkg.styles ? fatalPart(() => parseStyles(readPart(pkg.zip, pkg.styles!, pkg.budget), limits.maxXmlDepth), pkg.styles) : [];

  const sheets: SheetGrid[] = [];
  const problems: ReadProblem[] = [];
  let gridCells = 0;
  let worksheets = 0;
  for (const s of pkg.sheets) {
    if (s.noCells) continue;
    worksheets++;
    if (s.problem) problems.push(s.problem);
    if (!s.entry) continue;
    const reader = new SheetReader({
      sharedStrings,
      formats,
      date1904: pkg.info.date1904,
      maxCells: limits.maxGridCells - gridCells,
      maxMerges: limits.maxMerges,
    });
    try {
      tokenizePart(pkg, s.entry, reader);
      const built = buildSheetGrid(s.name, s.hidden, reader, limits.maxGridCells - gridCells);
      gridCells += built.gridCells;
      sheets.push(built.grid);
      for (const note of built.notes) problems.push(sheetProblem(s.name, s.part, 'sheet-content', note));
    } catch (e) {
      const fatal = sheetFailure(e, pkg, s.name, s.part!, problems);
      if (fatal !== null) throw fatal;
    }
  }
  if (sheets.length === 0 && worksheets > 0) {
    const first = problems[0];
    throw readError('corrupt', first ? { bn: `কোনো শিট পড়া যায়নি: ${first.messages.bn}`, en: `no sheet could be read: ${first.messages.en}` } : undefined);
  }
  return { sheets, problems };
}

/**
 * A failure while reading one sheet: limits refuse the file; damaged data makes the sheet a problem (and
 * returns null so the loop goes on). Thrown values that are not ours are bugs and propagate.
 */
function sheetFailure(e: unknown, pkg: XlsxPackage, sheet: string, part: string, problems: ReadProblem[]): unknown {
  const limit = limitError(e, part);
  if (limit) return limit;
  if (e instanceof SheetLimitError) {
    return e.what === 'cells'
      ? readError('too-many-cells', { bn: `সীমা ${e.limit.toLocaleString('en')} ঘর`, en: `the limit is ${e.limit.toLocaleString('en')} cells` })
      : readError('too-large', { bn: `শিট "${sheet}"-এ ${e.limit.toLocaleString('en')}টির বেশি একীভূত পরিসর`, en: `sheet "${sheet}" has more than ${e.limit.toLocaleString('en')} merged ranges` });
  }
  if (e instanceof GridLimitError) {
    return readError('too-many-cells', { bn: `সীমা ${pkg.limits.maxGridCells.toLocaleString('en')} ঘর`, en: `the limit is ${pkg.limits.maxGridCells.toLocaleString('en')} cells` });
  }
  if (e instanceof XmlError || e instanceof ZipEntryError) {
    problems.push(sheetProblem(sheet, part, 'unreadable-part'));
    return null;
  }
  return e;
}
