import { unzipSync } from 'fflate';
import fs from 'fs';
import path from 'path';
import { generatedSheets } from '../../bench/workbook/section3';
import { writeSheetsXlsx } from '../../bench/workbook/writeXlsx';
import { zipParts } from '../xlsx/support/rawPackage';

/**
 * The packages the issue's fuzzing found defects with, built here from a generated Section 3 workbook (so
 * apa-check has claimed cells to fill) plus the hand-written parts each defect needs.
 */

const enc = new TextEncoder();
const dec = new TextDecoder();

export type Parts = Record<string, Uint8Array>;

export async function sectionThreeParts(dir: string, rows = 20): Promise<Parts> {
  const f = path.join(dir, `base-${rows}.xlsx`);
  if (!fs.existsSync(f)) await writeSheetsXlsx(f, generatedSheets(1, rows));
  return unzipSync(new Uint8Array(fs.readFileSync(f)));
}

export function text(parts: Parts, name: string): string {
  return dec.decode(parts[name]);
}

export function setText(parts: Parts, name: string, s: string): void {
  parts[name] = enc.encode(s);
}

/** Appends shared strings; returns their indices. */
export function addSharedStrings(parts: Parts, strings: string[]): number[] {
  let sst = text(parts, 'xl/sharedStrings.xml');
  const base = (sst.match(/<si>/g) ?? []).length;
  sst = sst.replace('</sst>', strings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('') + '</sst>');
  setText(parts, 'xl/sharedStrings.xml', sst);
  return strings.map((_, i) => base + i);
}

/** Adds a worksheet part, its relationship and its <sheet> entry (optionally hidden). */
export function addSheet(parts: Parts, name: string, inner: string, opts: { state?: string; part?: string } = {}): string {
  const n = Object.keys(parts).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k)).length + 1;
  const part = opts.part ?? `xl/worksheets/sheet${n}.xml`;
  setText(parts, part, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${inner}</worksheet>`);
  const rid = `rIdX${n}`;
  setText(parts, 'xl/_rels/workbook.xml.rels', text(parts, 'xl/_rels/workbook.xml.rels').replace('</Relationships>', `<Relationship Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${part.replace(/^xl\//, '')}"/></Relationships>`));
  setText(parts, 'xl/workbook.xml', text(parts, 'xl/workbook.xml').replace('</sheets>', `<sheet name="${name}" sheetId="${100 + n}"${opts.state ? ` state="${opts.state}"` : ''} r:id="${rid}"/></sheets>`));
  setText(parts, '[Content_Types].xml', text(parts, '[Content_Types].xml').replace('</Types>', `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`));
  return part;
}

export function writeParts(dir: string, name: string, parts: Parts): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, zipParts(parts));
  return f;
}
