import ExcelJS from 'exceljs';
import fs from 'fs';
import { nodeCodec } from '../../src/cli/xlsxNode';
import { DEFAULT_LIMITS } from '../../src/xlsx/limits';
import { readXlsxSync } from '../../src/xlsx/readXlsx';
import { XmlTokenizer, type XmlHandler } from '../../src/xlsx/xml/tokenizer';
import type { Codec } from '../../src/xlsx/zip/codec';
import { InflateBudget, ZipArchive } from '../../src/xlsx/zip/zipArchive';
import { median, nowMs } from '../lib/stats';

export interface ReaderRow {
  what: string;
  /** First run in this process (what a CLI run pays: code not yet optimised) and the median of the rest. */
  coldMs: number;
  warmMs: number;
  /** Inflated XML read per second (warm). */
  mbPerS: number;
}

/** The parts the reader inflates: workbook, relationships, shared strings, styles, worksheets. */
function readParts(zip: ZipArchive) {
  return zip.entries.filter((e) => /^(xl\/(workbook\.xml|_rels\/|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml$)|_rels\/)/.test(e.name));
}

const NOOP: XmlHandler = { wantText: true, open() {}, close() {}, text() {} };

/**
 * The reader against its floor: inflating the same parts and running them through the tokenizer with a
 * handler that does nothing (no cells, no strings, no grid). Both with fflate (the browser) and Node's zlib
 * (the CLI); exceljs's in-process load for scale.
 */
export async function benchReader(file: string, repeats: number): Promise<{ xmlBytes: number; rows: ReaderRow[] }> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const zip0 = ZipArchive.open(bytes, DEFAULT_LIMITS);
  const xmlBytes = readParts(zip0).reduce((n, e) => n + e.size, 0);
  const rows: ReaderRow[] = [];
  const time = async (what: string, run: () => unknown | Promise<unknown>) => {
    const t: number[] = [];
    for (let i = 0; i < repeats + 1; i++) {
      const t0 = nowMs();
      await run();
      t.push(nowMs() - t0);
    }
    const warm = median(t.slice(1));
    rows.push({ what, coldMs: t[0], warmMs: warm, mbPerS: xmlBytes / 2 ** 20 / (warm / 1000) });
  };
  const floor = (codec: Codec) => () => {
    const zip = ZipArchive.open(bytes, DEFAULT_LIMITS, codec);
    const budget = new InflateBudget(DEFAULT_LIMITS);
    for (const e of readParts(zip)) XmlTokenizer.parse(zip.read(e, budget), NOOP);
  };
  const inflateOnly = (codec: Codec) => () => {
    const zip = ZipArchive.open(bytes, DEFAULT_LIMITS, codec);
    const budget = new InflateBudget(DEFAULT_LIMITS);
    for (const e of readParts(zip)) zip.read(e, budget);
  };
  await time('unzip only (fflate)', inflateOnly({}));
  await time('floor: unzip + tokenize (fflate)', floor({}));
  await time('readXlsx (fflate, as in the browser)', () => readXlsxSync(bytes));
  await time('unzip only (Node zlib)', inflateOnly(nodeCodec));
  await time('floor: unzip + tokenize (Node zlib)', floor(nodeCodec));
  await time('readXlsx (Node zlib, as in the CLI)', () => readXlsxSync(bytes, { codec: nodeCodec }));
  await time('exceljs load, for scale', () => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer));
  return { xmlBytes, rows };
}
