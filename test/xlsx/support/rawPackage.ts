import { zipSync, type Zippable } from 'fflate';

/**
 * Hand-written .xlsx packages for the reader's and writer's tests: every part is XML the test spells out,
 * so a case can be exactly what a given program (or a hostile file) writes. Not this project's writer.
 */

export const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface RawSheet {
  name: string;
  /** Inner XML of <worksheet> (sheetData, mergeCells …), or the whole part when `raw` is set. */
  xml: string;
  raw?: boolean;
  state?: 'hidden' | 'veryHidden';
  /** Part name; default xl/worksheets/sheetN.xml. */
  part?: string;
  /** Relationship target as written in workbook.xml.rels; default relative "worksheets/sheetN.xml". */
  target?: string;
}

export interface RawPackage {
  sheets: RawSheet[];
  sharedStrings?: string[] | string;
  /** Inner XML of <styleSheet>. */
  styles?: string;
  date1904?: boolean;
  /** Extra parts, by name. */
  extra?: Record<string, string | Uint8Array>;
  /** Parts to leave out (by name) after building. */
  omit?: string[];
  level?: number;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function buildParts(p: RawPackage): Record<string, Uint8Array> {
  const enc = new TextEncoder();
  const parts: Record<string, string | Uint8Array> = {};
  parts['[Content_Types].xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
  parts['_rels/.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const rels: string[] = [];
  const sheetsXml: string[] = [];
  p.sheets.forEach((s, i) => {
    const n = i + 1;
    const part = s.part ?? `xl/worksheets/sheet${n}.xml`;
    const target = s.target ?? part.replace(/^xl\//, '');
    rels.push(`<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="${esc(target)}"/>`);
    sheetsXml.push(`<sheet name="${esc(s.name)}" sheetId="${n}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${n}"/>`);
    parts[part] = s.raw ? s.xml : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}" xmlns:r="${RNS}">${s.xml}</worksheet>`;
  });
  if (p.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    parts['xl/sharedStrings.xml'] =
      typeof p.sharedStrings === 'string'
        ? p.sharedStrings
        : `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${p.sharedStrings.length}" uniqueCount="${p.sharedStrings.length}">${p.sharedStrings.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join('')}</sst>`;
  }
  if (p.styles !== undefined) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    parts['xl/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}">${p.styles}</styleSheet>`;
  }
  parts['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  parts['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}" xmlns:r="${RNS}">` +
    `${p.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheetsXml.join('')}</sheets></workbook>`;
  Object.assign(parts, p.extra ?? {});
  for (const o of p.omit ?? []) delete parts[o];
  const out: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(parts)) out[k] = typeof v === 'string' ? enc.encode(v) : v;
  return out;
}

/** The package as zip bytes (fixed timestamps, so builds are reproducible). */
export function rawXlsx(p: RawPackage): Uint8Array {
  return zipParts(buildParts(p), p.level ?? 6);
}

export function zipParts(parts: Record<string, Uint8Array>, level = 6): Uint8Array {
  const z: Zippable = {};
  for (const [k, v] of Object.entries(parts)) z[k] = [v, { level: level as 0 | 6, mtime: new Date(Date.UTC(2024, 6, 1)) }];
  return zipSync(z);
}

/** A styles part: numFmts and one xf per given numFmtId (xf 0 first, General). */
export function stylesWith(numFmts: Record<number, string>, xfNumFmtIds: number[]): string {
  const fmts = Object.entries(numFmts);
  return (
    (fmts.length ? `<numFmts count="${fmts.length}">${fmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('')}</numFmts>` : '') +
    `<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfNumFmtIds.length + 1}"><xf numFmtId="0"/>${xfNumFmtIds.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join('')}</cellXfs>`
  );
}
