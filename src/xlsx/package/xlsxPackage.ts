import type { ReadLimits } from '../limits';
import { sheetProblem, type ReadProblem } from '../readProblems';
import { sniffContainer, zipHasEntry } from '../sniffContainer';
import { XmlError, XmlTokenizer, type XmlHandler } from '../xml/tokenizer';
import { readError, XlsxReadError } from '../xlsxReadError';
import type { Codec } from '../zip/codec';
import { InflateBudget, ZipArchive, ZipEntryError, type ZipEntry } from '../zip/zipArchive';
import { parseRelationships, relsPathOf, relType, type Relationship } from './opc';
import { parseWorkbook, type WorkbookInfo } from './workbookPart';

/**
 * An .xlsx opened as far as both the reader and the fill writer need: the zip, the workbook's sheet list
 * in tab order with each sheet's part, the shared-strings and styles parts. Refuses what is not a
 * workbook (XlsxReadError); a sheet whose part cannot be found becomes a ReadProblem, not a refusal.
 */

export interface PackageSheet {
  name: string;
  hidden: boolean;
  /** The worksheet part, or null when it cannot be found (then `problem` says why). */
  part: string | null;
  entry: ZipEntry | null;
  problem: ReadProblem | null;
  /** A chart sheet or dialog sheet: a tab without cells. */
  noCells: boolean;
}

export interface XlsxPackage {
  bytes: Uint8Array;
  zip: ZipArchive;
  budget: InflateBudget;
  limits: ReadLimits;
  workbookPart: string;
  info: WorkbookInfo;
  sheets: PackageSheet[];
  sharedStrings: ZipEntry | null;
  styles: ZipEntry | null;
}

export function refuseNonZip(bytes: Uint8Array): void {
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
}

/** A damaged zip that names workbook parts is a damaged workbook; any other is not a workbook at all. */
function namesWorkbookParts(bytes: Uint8Array): boolean {
  return zipHasEntry(bytes, 'xl/workbook') || zipHasEntry(bytes, 'xl/_rels/') || zipHasEntry(bytes, 'xl/worksheets/');
}

export function openPackage(bytes: Uint8Array, limits: ReadLimits, codec: Codec = {}): XlsxPackage {
  refuseNonZip(bytes);
  if (bytes.length > limits.maxFileBytes) {
    throw readError('too-large', { bn: `ফাইলটি ${Math.round(limits.maxFileBytes / 2 ** 20)} মেগাবাইটের বেশি`, en: `the file is larger than ${Math.round(limits.maxFileBytes / 2 ** 20)} MB` });
  }
  let zip: ZipArchive;
  try {
    zip = ZipArchive.open(bytes, limits, codec);
  } catch (e) {
    if (e instanceof XlsxReadError && e.reason === 'corrupt' && !namesWorkbookParts(bytes)) throw new XlsxReadError('not-xlsx', undefined, e);
    throw e;
  }
  const budget = new InflateBudget(limits);
  const anyXl = zip.entries.some((e) => e.name.toLowerCase().startsWith('xl/'));

  // The workbook part: the package's officeDocument relationship, else where Excel puts it.
  let workbookPart: string | null = null;
  const rootRels = zip.find('_rels/.rels');
  if (rootRels) {
    const rels = fatalPart(() => parseRelationships(readPart(zip, rootRels, budget), '', limits.maxXmlDepth), rootRels);
    const office = rels.find((r) => !r.external && relType(r) === 'officeDocument' && zip.find(r.target));
    if (office) workbookPart = office.target;
  }
  if (workbookPart === null && zip.find('xl/workbook.xml')) workbookPart = 'xl/workbook.xml';
  if (workbookPart === null) throw anyXl ? readError('corrupt', undefined, new Error('no workbook part')) : new XlsxReadError('not-xlsx');
  if (/\.bin$/i.test(workbookPart)) {
    throw new XlsxReadError('not-xlsx', {
      bn: 'ফাইলটি এক্সেল বাইনারি (.xlsb) ওয়ার্কবুক; এক্সেলে খুলে .xlsx হিসেবে সংরক্ষণ করুন',
      en: 'the file is an Excel binary (.xlsb) workbook; open it in Excel and save it as .xlsx',
    });
  }
  const wbEntry = zip.find(workbookPart)!;
  const info = fatalPart(() => parseWorkbook(readPart(zip, wbEntry, budget), limits.maxXmlDepth), wbEntry);
  if (info.sheets.length === 0) throw readError('corrupt', undefined, new Error('the workbook lists no sheets'));

  let rels: Relationship[] = [];
  const relsEntry = zip.find(relsPathOf(workbookPart));
  if (relsEntry) rels = fatalPart(() => parseRelationships(readPart(zip, relsEntry, budget), workbookPart!, limits.maxXmlDepth), relsEntry);
  const byId = new Map<string, Relationship>();
  for (const r of rels) if (!byId.has(r.id)) byId.set(r.id, r);
  const dir = workbookPart.includes('/') ? workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1) : '';
  const partOf = (type: string, fallback: string): ZipEntry | null => {
    const r = rels.find((x) => !x.external && relType(x) === type && zip.find(x.target));
    if (r) return zip.find(r.target)!;
    return zip.find(dir + fallback) ?? null;
  };

  const used = new Set<string>();
  const sheets: PackageSheet[] = info.sheets.map((s) => {
    const hidden = s.state === 'hidden' || s.state === 'veryHidden';
    const rel = s.rid === null ? undefined : byId.get(s.rid);
    const base: PackageSheet = { name: s.name, hidden, part: null, entry: null, problem: null, noCells: false };
    if (!rel || rel.external) {
      base.problem = sheetProblem(s.name, null, 'missing-part');
      return base;
    }
    const type = relType(rel);
    if (type === 'chartsheet' || type === 'dialogsheet') return { ...base, part: rel.target, noCells: true };
    base.part = rel.target;
    const entry = zip.find(rel.target);
    if (!entry) {
      base.problem = sheetProblem(s.name, rel.target, 'missing-part');
      return base;
    }
    const key = entry.name.toLowerCase();
    if (used.has(key)) {
      base.problem = sheetProblem(s.name, rel.target, 'shared-part');
      return base;
    }
    used.add(key);
    base.entry = entry;
    if (zip.isDuplicate(entry.name)) base.problem = sheetProblem(s.name, rel.target, 'duplicate-part');
    return base;
  });

  return {
    bytes,
    zip,
    budget,
    limits,
    workbookPart,
    info,
    sheets,
    sharedStrings: partOf('sharedStrings', 'sharedStrings.xml'),
    styles: partOf('styles', 'styles.xml'),
  };
}

/** A part's bytes as UTF-8 (OPC allows UTF-16 parts; Excel writes UTF-8). */
export function readPart(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  return toUtf8(zip.read(entry, budget));
}

function toUtf8(bytes: Uint8Array): Uint8Array {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    return new TextEncoder().encode(text);
  }
  return bytes;
}

/**
 * Streams a part through a tokenizer as it inflates (a sheet of any size costs memory for its cells, not its
 * XML). A UTF-16 part is gathered and converted first.
 */
/**
 * Parts up to limits.streamPartsOver are tokenized whole; larger ones stream (memory: their cells, not their
 * XML), unless a native inflater is at hand (Node: the bytes live outside the JS heap).
 */
export function tokenizePart(pkg: XlsxPackage, entry: ZipEntry, handler: XmlHandler): void {
  const limits = { maxDepth: pkg.limits.maxXmlDepth, maxTokenBytes: pkg.limits.maxTokenBytes };
  if (entry.size <= pkg.limits.streamPartsOver || (pkg.zip.codec.wholeLargeParts && entry.method === 8)) {
    // Typical parts: inflate into one buffer and tokenize it in one go (no chunk seams to carry over).
    XmlTokenizer.parse(readPart(pkg.zip, entry, pkg.budget), handler, limits);
    return;
  }
  const t = new XmlTokenizer(handler, limits);
  let first = true;
  let utf16: Uint8Array[] | null = null;
  pkg.zip.inflate(
    entry,
    (chunk) => {
      if (first) {
        first = false;
        if (chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) utf16 = [];
      }
      if (utf16) utf16.push(chunk.slice());
      else t.write(chunk);
    },
    pkg.budget,
  );
  if (utf16) {
    const all = new Uint8Array((utf16 as Uint8Array[]).reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of utf16 as Uint8Array[]) {
      all.set(c, at);
      at += c.length;
    }
    t.write(toUtf8(all));
  }
  t.end();
}

/** XML limit errors as the reader's refusals; anything else about the part is left to the caller. */
export function limitError(e: unknown, part: string): XlsxReadError | null {
  if (e instanceof XlsxReadError) return e;
  if (e instanceof XmlError) {
    if (e.kind === 'dtd') return readError('dtd', { bn: part, en: part }, e);
    if (e.kind === 'depth') return readError('xml-too-deep', { bn: part, en: part }, e);
    if (e.kind === 'token-size') return readError('too-large', { bn: `${part}-এ একটি XML অংশ খুব বড়`, en: `one XML node in ${part} is too large` }, e);
  }
  return null;
}

/** A part without which nothing can be read: any failure refuses the file. */
export function fatalPart<T>(run: () => T, entry: ZipEntry): T {
  try {
    return run();
  } catch (e) {
    const limit = limitError(e, entry.name);
    if (limit) throw limit;
    if (e instanceof XmlError || e instanceof ZipEntryError) throw readError('corrupt', { bn: `${entry.name} পড়া যায়নি`, en: `${entry.name} could not be read` }, e);
    throw e;
  }
}
