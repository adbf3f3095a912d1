import { cellAddress } from '../engine/grid/a1';
import { figure } from './figure';
import { inertText } from './inertText';
import type { Lang } from './parseArgs';
import { displayWidth, type SummaryGrid } from './summaryTable';
import { zip } from './zip';

/**
 * `--summary xlsx OUT.xlsx`: the roll-up as a one-sheet workbook for the officer's own spreadsheet. Bengali
 * headers; in Bengali (the default) figures are Bengali-digit text, as these offices write their sheets (they show
 * the same in every Excel, LibreOffice and Google Sheets); with --lang en they are numbers. The header row is bold
 * and frozen, columns are as wide as their longest text, figures right-aligned, the total row bold.
 * Written by hand (a few XML parts in a ZIP): no spreadsheet library at run time.
 */
export function summaryXlsx(grid: SummaryGrid, lang: Lang): Buffer {
  const sheetName = lang === 'bn' ? 'সারসংক্ষেপ' : 'Summary';
  const all = [grid.header, ...grid.rows];
  const shown = (v: string | number | null): string => (v === null ? '' : typeof v === 'number' ? figure(v, lang) : v);
  const widths = grid.header.map((_, c) => Math.min(80, Math.max(6, ...all.map((r) => Math.ceil(displayWidth(shown(r[c] ?? null)) * 1.25) + 2))));

  const rowsXml = all.map((r, i) => {
    const header = i === 0;
    const total = i === all.length - 1 && i > 0;
    const cells = r
      .map((v, c) => {
        if (v === null) return '';
        const ref = cellAddress(i, c);
        const right = !header && grid.numeric[c];
        const style = (header || total ? 1 : 0) + (right ? 2 : 0);
        const s = style ? ` s="${style}"` : '';
        if (typeof v === 'number' && lang === 'en') return `<c r="${ref}"${s}><v>${Math.round(v * 10000) / 10000}</v></c>`;
        return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xml(shown(v))}</t></is></c>`;
      })
      .join('');
    return `<row r="${i + 1}">${cells}</row>`;
  });

  const sheet =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${NS}" xmlns:r="${NS_R}">` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${rowsXml.join('')}</sheetData>` +
    `</worksheet>`;

  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: workbookXml(sheetName) },
    { name: 'xl/_rels/workbook.xml.rels', data: WORKBOOK_RELS },
    { name: 'xl/styles.xml', data: STYLES },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
}

/** Text for XML: inert (no control characters, which XML 1.0 forbids anyway), escaped, lone surrogates replaced. */
function xml(s: string): string {
  return inertText(s)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const CONTENT_TYPES =
  HEAD +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS =
  HEAD +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

const WORKBOOK_RELS =
  HEAD +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

function workbookXml(sheetName: string): string {
  return HEAD + `<workbook xmlns="${NS}" xmlns:r="${NS_R}"><sheets><sheet name="${xml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

/** Styles: 0 plain, 1 bold (header, total row), 2 right-aligned, 3 bold right-aligned. */
const STYLES =
  HEAD +
  `<styleSheet xmlns="${NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="right"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="right"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
