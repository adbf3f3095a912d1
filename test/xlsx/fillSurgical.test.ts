import fs from 'fs';
import path from 'path';
import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { parseCellAddress } from '../../src/engine/grid/a1';
import { formatAt, valueAt } from '../../src/engine/grid/access';
import type { Fill } from '../../src/engine/report/types';
import { fillWorkbookSync } from '../../src/xlsx/fillXlsx';
import { readXlsxSync } from '../../src/xlsx/readXlsx';
import { generatedSheets } from '../../bench/workbook/section3';
import { writeSheetsXlsx } from '../../bench/workbook/writeXlsx';
import { NS, rawXlsx, stylesWith, type RawPackage } from './support/rawPackage';
import { changedEntries, partText, withoutCells } from './support/zipCompare';
import os from 'os';

/**
 * The fill writer is a patch: every zip entry but the filled sheets is byte-identical, and a filled sheet
 * differs from its original only in the filled cells' <c> elements.
 */

function fill(sheet: string, cell: string, value: string | number): Fill {
  const { row, col } = parseCellAddress(cell)!;
  return { sheet, cell, row, col, marks: typeof value === 'number' ? value : 0, value };
}

const row = (r: number, cells: string, attrs = '') => `<row r="${r}"${attrs}>${cells}</row>`;
const data = (...rows: string[]) => `<sheetData>${rows.join('')}</sheetData>`;

describe('on the samples and a generated workbook: only the filled sheets change, only in the filled cells', () => {
  const cases: [string, () => Promise<Uint8Array>][] = [
    ['uitrce-birganj-2024-25.xlsx', async () => new Uint8Array(fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'uitrce-birganj-2024-25.xlsx')))],
    ['ict-chandpur-2024-25-errors.xlsx', async () => new Uint8Array(fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'ict-chandpur-2024-25-errors.xlsx')))],
    [
      'generated 3 × 60',
      async () => {
        const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'apa-surgical-')), 'g.xlsx');
        await writeSheetsXlsx(f, generatedSheets(3, 60));
        const b = new Uint8Array(fs.readFileSync(f));
        fs.rmSync(path.dirname(f), { recursive: true, force: true });
        return b;
      },
    ],
  ];
  test.each(cases)('%s', async (_name, load) => {
    const before = await load();
    const copy = before.slice();
    const analysis = analyzeWorkbook(readXlsxSync(before));
    expect(analysis.fills.length).toBeGreaterThan(0);
    const result = fillWorkbookSync(before, analysis.fills);
    expect(result.skipped).toEqual([]);
    expect(result.written.length).toBe(analysis.fills.length);
    expect(before).toEqual(copy); // the input is not modified

    // Which parts changed: exactly the worksheet parts of the sheets that got fills.
    const wb = readXlsxSync(before);
    const filledSheets = [...new Set(analysis.fills.map((f) => f.sheet))];
    const partOf = sheetParts(before);
    expect(changedEntries(before, result.data).sort()).toEqual(filledSheets.map((s) => partOf.get(s)!).sort());

    // In each, nothing but the filled cells.
    for (const s of filledSheets) {
      const cells = analysis.fills.filter((f) => f.sheet === s).map((f) => f.cell);
      const part = partOf.get(s)!;
      expect(withoutCells(partText(result.data, part), cells, true)).toBe(withoutCells(partText(before, part), cells, true));
    }

    // The copy reads back with every filled value, every style kept, and nothing else different.
    const after = readXlsxSync(result.data);
    for (const f of analysis.fills) {
      const sa = after.sheets.find((x) => x.name === f.sheet)!;
      const sb = wb.sheets.find((x) => x.name === f.sheet)!;
      expect({ cell: f.cell, v: valueAt(sa, f.row, f.col), fmt: formatAt(sa, f.row, f.col) }).toEqual({ cell: f.cell, v: f.value, fmt: formatAt(sb, f.row, f.col) });
    }
    const again = analyzeWorkbook(after);
    expect(again.fills).toEqual([]);
  });
});

/** Sheet name → worksheet part, from the package's workbook and relationships. */
function sheetParts(bytes: Uint8Array): Map<string, string> {
  const wbXml = partText(bytes, 'xl/workbook.xml');
  const rels = partText(bytes, 'xl/_rels/workbook.xml.rels');
  const out = new Map<string, string>();
  for (const m of wbXml.matchAll(/<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"/g)) {
    const rel = new RegExp(`<Relationship\\b[^>]*?Id="${m[2]}"[^>]*?Target="([^"]*)"`).exec(rels) ?? new RegExp(`<Relationship\\b[^>]*?Target="([^"]*)"[^>]*?Id="${m[2]}"`).exec(rels);
    const target = rel![1].replace(/^\//, '');
    out.set(m[1].replace(/&amp;/g, '&'), target.startsWith('xl/') ? target : `xl/${target}`);
  }
  return out;
}

describe('cell by cell', () => {
  function filled(p: RawPackage, fills: Fill[]) {
    const before = rawXlsx(p);
    const r = fillWorkbookSync(before, fills);
    return { before, r, xml: partText(r.data, 'xl/worksheets/sheet1.xml'), grid: readXlsxSync(r.data).sheets[0] };
  }

  test('a blank styled cell keeps its attributes and style; t= on a blank is replaced; an empty <v/> is dropped', () => {
    const { xml, grid, r } = filled(
      { styles: stylesWith({}, [2, 2]), sheets: [{ name: 'S', xml: data(row(1, '<c r="A1" s="1"/><c r="B1" s="2" t="s"/><c r="C1" s="1"><v/></c><c r="D1" s="1" cm="1"></c>')) }] },
      [fill('S', 'A1', '৪.৩৮'), fill('S', 'B1', 4.375), fill('S', 'C1', 2), fill('S', 'D1', '১')],
    );
    expect(r.skipped).toEqual([]);
    expect(xml).toContain('<c r="A1" s="1" t="inlineStr"><is><t>৪.৩৮</t></is></c>');
    expect(xml).toContain('<c r="B1" s="2"><v>4.375</v></c>');
    expect(xml).toContain('<c r="C1" s="1"><v>2</v></c>');
    expect(xml).toContain('<c r="D1" s="1" cm="1" t="inlineStr"><is><t>১</t></is></c>');
    expect(grid.values[0]).toEqual(['৪.৩৮', 4.375, 2, '১']);
    expect(formatAt(grid, 0, 1)).toBe('0.00');
  });

  test('a missing cell is created in column order, a missing row in row order, inheriting the row or column style', () => {
    const cols = '<cols><col min="5" max="6" width="9" style="3" customWidth="1"/></cols>';
    const { xml, grid } = filled(
      {
        styles: stylesWith({}, [2, 10, 9]),
        sheets: [{ name: 'S', xml: `<dimension ref="A1:D4"/>${cols}` + data(row(1, '<c r="A1"><v>1</v></c><c r="D1"><v>4</v></c>'), row(2, '', ' s="2" customFormat="1"'), row(4, '<c r="A4"><v>1</v></c>')) }],
      },
      [fill('S', 'B1', 2), fill('S', 'C1', 3), fill('S', 'B2', 5), fill('S', 'E3', '৬'), fill('S', 'F6', 7)],
    );
    expect(xml).toContain('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c><c r="D1"><v>4</v></c></row>');
    expect(xml).toContain('<row r="2" s="2" customFormat="1"><c r="B2" s="2"><v>5</v></c></row>');
    expect(xml).toContain('<row r="3"><c r="E3" s="3" t="inlineStr"><is><t>৬</t></is></c></row><row r="4">');
    expect(xml).toMatch(/<row r="4">.*<\/row><row r="6"><c r="F6" s="3"><v>7<\/v><\/c><\/row><\/sheetData>/);
    expect(xml).toContain('<dimension ref="A1:F6"/>');
    expect(valueAt(grid, 5, 5)).toBe(7);
  });

  test('self-closing rows and <sheetData/>, and a prefixed sheet, get well-formed additions', () => {
    const a = filled({ sheets: [{ name: 'S', xml: data(row(1, '<c r="A1"><v>1</v></c>'), '<row r="2" spans="1:3"/>') }] }, [fill('S', 'C2', 1)]);
    expect(a.xml).toContain('<row r="2" spans="1:3"><c r="C2"><v>1</v></c></row>');
    const b = filled({ sheets: [{ name: 'S', xml: '<sheetData/>' }] }, [fill('S', 'B3', '২'), fill('S', 'A2', 1)]);
    expect(b.xml).toContain('<sheetData><row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="B3" t="inlineStr"><is><t>২</t></is></c></row></sheetData>');
    const prefixed = `<?xml version="1.0"?><x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const c = filled({ sheets: [{ name: 'S', xml: prefixed, raw: true }] }, [fill('S', 'B1', 'খ'), fill('S', 'A2', 2)]);
    expect(c.xml).toContain('<x:c r="B1" t="inlineStr"><x:is><x:t>খ</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>2</x:v></x:c></x:row>');
    expect(c.grid.values).toEqual([[1, 'খ'], [2]]);
  });

  test('never fills over a value, a formula (cached or not, shared slave without master), inline text, or a merged cell; each is reported', () => {
    const { r, before } = filled(
      {
        sharedStrings: ['আছে'],
        sheets: [
          {
            name: 'S',
            xml:
              data(
                row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1"><f>1+1</f></c><c r="C1"><f t="shared" si="3"/></c><c r="D1" t="inlineStr"><is><t></t></is></c><c r="E1"><v>0</v></c>'),
                row(2, '<c r="A2" t="s"><v>0</v></c>'),
                row(4, '<c r="A4" t="s"><v>0</v></c>'),
              ) + '<mergeCells count="1"><mergeCell ref="A2:A4"/></mergeCells>',
          },
        ],
      },
      ['A1', 'B1', 'C1', 'D1', 'E1', 'A3', 'A4'].map((c) => fill('S', c, 1)),
    );
    expect(r.written).toEqual([]);
    expect(r.skipped.map((s) => s.reason.en)).toEqual([
      'cell A1 is not blank; left unchanged',
      'cell B1 is not blank; left unchanged',
      'cell C1 is not blank; left unchanged',
      'cell D1 is not blank; left unchanged',
      'cell E1 is not blank; left unchanged',
      'cell A3 is merged into another cell; left unchanged',
      'cell A4 is merged into another cell; left unchanged',
    ]);
    // Nothing written: the copy is the input, byte for byte.
    expect(r.data).toEqual(before);
  });

  test('text is escaped as XML and OOXML need it; leading or trailing spaces are preserved', () => {
    const { xml, grid } = filled({ sheets: [{ name: 'S', xml: data() }] }, [fill('S', 'A1', ' ক < খ & গ '), fill('S', 'B1', 'a_x0041_b\u0001')]);
    expect(xml).toContain('<t xml:space="preserve"> ক &lt; খ &amp; গ </t>');
    expect(xml).toContain('<t>a_x005F_x0041_b_x0001_</t>');
    expect(grid.values[0]).toEqual([' ক < খ & গ ', 'a_x0041_b\u0001']);
  });

  test('an unknown sheet and non-finite marks: skipped with reasons, nothing else changes', () => {
    const p: RawPackage = { sheets: [{ name: 'S', xml: data(row(1, '<c r="A1"><v>1</v></c>')) }] };
    const before = rawXlsx(p);
    const r = fillWorkbookSync(before, [fill('নেই', 'A1', 1), fill('S', 'B1', Infinity), fill('S', 'C1', 3)]);
    expect(r.skipped.map((s) => s.reason.en)).toEqual(['there is no sheet named "নেই"', 'B1: the marks are not a number']);
    expect(r.written.map((f) => f.cell)).toEqual(['C1']);
    expect(changedEntries(before, r.data)).toEqual(['xl/worksheets/sheet1.xml']);
  });
});
