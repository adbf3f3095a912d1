import { formatAt, formulaAt, valueAt } from '../../src/engine/grid/access';
import type { SheetGrid } from '../../src/engine/grid/types';
import { readXlsxSync, type XlsxWorkbook } from '../../src/xlsx/readXlsx';
import { XlsxReadError } from '../../src/xlsx/xlsxReadError';
import { buildParts, NS, RNS, rawXlsx, stylesWith, zipParts, type RawPackage } from './support/rawPackage';
import { storedZip } from './support/storedZip';

/** What the reader makes of packages written the ways real programs (and broken ones) write them. */

function read(p: RawPackage | Uint8Array, limits?: Parameters<typeof readXlsxSync>[1]): XlsxWorkbook {
  return readXlsxSync(p instanceof Uint8Array ? p : rawXlsx(p), limits);
}

function sheet(wb: XlsxWorkbook, name: string): SheetGrid {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}: ${wb.sheets.map((x) => x.name).join(', ')}`);
  return s;
}

function reason(run: () => unknown): string {
  try {
    run();
    return 'read';
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxReadError);
    const err = e as XlsxReadError;
    expect(err.messages.bn).toMatch(/[\u0980-\u09FF]/);
    expect(err.messages.en).toMatch(/[a-z]{3}/);
    return err.reason;
  }
}

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const data = (...rows: string[]) => `<sheetData>${rows.join('')}</sheetData>`;

describe('cell values', () => {
  test('shared strings: plain, rich text runs joined, phonetic runs left out, _xHHHH_ escapes decoded', () => {
    const sst =
      `<sst xmlns="${NS}"><si><t>এক</t></si><si><r><t>[১.১] </t></r><r><rPr><b/></rPr><t>সভা</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>` +
      `<si><t>লাইন১_x000B_লাইন২ tab_x0009_</t></si><si><t>_x005F_x0041_</t></si></sst>`;
    const wb = read({ sharedStrings: sst, sheets: [{ name: 'S', xml: data(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>')) }] });
    const s = sheet(wb, 'S');
    expect(s.values[0]).toEqual(['এক', '[১.১] সভা', 'লাইন১\u000bলাইন২ tab\t', '_x0041_']);
    expect(wb.problems).toEqual([]);
  });

  test('a 40,000-emoji string comes back whole (no U+FFFD where a surrogate pair meets a chunk edge)', () => {
    const emoji = '😀'.repeat(40_000);
    const wb = read({ sharedStrings: [emoji], sheets: [{ name: 'S', xml: data(row(1, '<c r="A1" t="s"><v>0</v></c>')) }] }, { limits: { streamPartsOver: 1000 } });
    const v = valueAt(sheet(wb, 'S'), 0, 0) as string;
    expect(v.length).toBe(80_000);
    expect(v).toBe(emoji);
  });

  test('inline strings (plain and rich), t="str" formula results, booleans, errors, numbers', () => {
    const wb = read({
      sheets: [
        {
          name: 'S',
          xml: data(
            row(
              1,
              '<c r="A1" t="inlineStr"><is><t>১২.০০</t></is></c><c r="B1" t="inlineStr"><is><r><t>ক</t></r><r><t>খ_x000A_</t></r></is></c>' +
                '<c r="C1" t="str"><f>A1&amp;"!"</f><v>১২.০০!</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c>' +
                '<c r="F1"><v>-0.97</v></c><c r="G1"><v>1.5E-3</v></c><c r="H1"><v>12345678901234567890</v></c><c r="I1" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
            ),
          ),
        },
      ],
    });
    const s = sheet(wb, 'S');
    expect(s.values[0]).toEqual(['১২.০০', 'কখ\n', '১২.০০!', true, { error: '#N/A' }, -0.97, 0.0015, 12345678901234567890, { error: '#DIV/0!' }]);
    expect(formulaAt(s, 0, 2)).toBe('=A1&"!"');
    expect(formulaAt(s, 0, 8)).toBe('=1/0');
  });

  test('shared formulas are translated to each cell; one whose master is missing is still a formula', () => {
    const wb = read({
      sheets: [
        {
          name: 'S',
          xml: data(
            row(1, '<c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c>'),
            row(2, '<c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c>'),
            row(3, '<c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c><c r="C3"><f t="shared" si="7"/></c>'),
          ),
        },
      ],
    });
    const s = sheet(wb, 'S');
    expect([formulaAt(s, 0, 1), formulaAt(s, 1, 1), formulaAt(s, 2, 1)]).toEqual(['=A1*2', '=A2*2', '=A3*2']);
    expect(valueAt(s, 2, 1)).toBe(6);
    expect(formulaAt(s, 2, 2)).toBe('='); // no master for si 7: never blank, never filled over
    expect(valueAt(s, 2, 2)).toBeNull();
  });

  test('number formats: built-in ids, custom codes, General as no format; date-formatted numbers stay serials', () => {
    const wb = read({
      styles: stylesWith({ 164: 'dd/mm/yyyy', 165: '[$-445]0%' }, [9, 164, 165, 0, 14]),
      sheets: [{ name: 'S', xml: data(row(1, '<c r="A1" s="1"><v>0.97</v></c><c r="B1" s="2"><v>45504</v></c><c r="C1" s="3"><v>0.5</v></c><c r="D1" s="4"><v>7</v></c><c r="E1" s="5"><v>45504.5</v></c><c r="F1"><v>3</v></c>')) }],
    });
    const s = sheet(wb, 'S');
    expect(s.values[0]).toEqual([0.97, 45504, 0.5, 7, 45504.5, 3]);
    expect([0, 1, 2, 3, 4, 5].map((c) => formatAt(s, 0, c))).toEqual(['0%', 'dd/mm/yyyy', '[$-445]0%', null, 'mm-dd-yy', null]);
  });

  test('the 1904 date system: date cells move to the 1900 serials the engine reads, other numbers do not', () => {
    const wb = read({ date1904: true, styles: stylesWith({ 164: 'dd/mm/yyyy' }, [164]), sheets: [{ name: 'S', xml: data(row(1, '<c r="A1" s="1"><v>44042</v></c><c r="B1"><v>44042</v></c>')) }] });
    // 44042 days after 1904-01-01 is 2024-07-31 = 45504 in the 1900 system.
    expect(sheet(wb, 'S').values[0]).toEqual([45504, 44042]);
  });

  test('a date-formatted number beyond a JS Date\'s range stays that number (the exceljs reader made it NaN)', () => {
    const wb = read({ styles: stylesWith({ 164: 'dd/mm/yyyy' }, [164]), sheets: [{ name: 'S', xml: data(row(1, '<c r="A1" s="1"><v>-99974432</v></c><c r="B1" s="1"><v>1e300</v></c>')) }] });
    expect(sheet(wb, 'S').values[0]).toEqual([-99974432, 1e300]);
  });

  test('t="d" ISO dates are serials (exceljs read "2024-07-31T00:00:00" as 2024)', () => {
    const wb = read({ styles: stylesWith({ 164: 'dd/mm/yyyy' }, [164]), sheets: [{ name: 'S', xml: data(row(1, '<c r="A1" t="d" s="1"><v>2024-07-31T00:00:00</v></c><c r="B1" t="d"><v>2024-07-31T12:00:00Z</v></c><c r="C1" t="d"><v>not a date</v></c>')) }] });
    expect(sheet(wb, 'S').values[0]).toEqual([45504, 45504.5, 'not a date']);
  });
});

describe('sheet structure', () => {
  test('used range from the first value; merged cells blank except the top-left, even when the file stores a value there', () => {
    const wb = read({
      sharedStrings: ['শিরোনাম', 'লুকানো মান'],
      sheets: [{ name: 'S', xml: data(row(2, '<c r="B2" t="s"><v>0</v></c>'), row(4, '<c r="B4" t="s"><v>1</v></c><c r="C4"><v>5</v></c>')) + '<mergeCells count="1"><mergeCell ref="B2:B4"/></mergeCells>' }],
    });
    const s = sheet(wb, 'S');
    expect([s.originRow, s.originCol]).toEqual([1, 1]);
    expect(valueAt(s, 1, 1)).toBe('শিরোনাম');
    expect(valueAt(s, 3, 1)).toBeNull();
    expect(valueAt(s, 3, 2)).toBe(5);
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 3, right: 1 }]);
  });

  test('rows and cells without r= follow their predecessors; prefixed SpreadsheetML elements are read', () => {
    const part =
      `<?xml version="1.0"?><x:worksheet xmlns:x="${NS}" xmlns:r="${RNS}"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row>` +
      `<x:row r="5"><x:c r="C5"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row><x:row><x:c><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const s = sheet(read({ sheets: [{ name: 'S', xml: part, raw: true }] }), 'S');
    expect(valueAt(s, 0, 1)).toBe(2);
    expect(valueAt(s, 4, 3)).toBe(4);
    expect(valueAt(s, 5, 0)).toBe(5);
  });

  test('hidden and very hidden sheets are read and marked; tab order is kept', () => {
    const wb = read({ sheets: [{ name: 'এক', xml: data(row(1, '<c r="A1"><v>1</v></c>')) }, { name: 'দুই', state: 'hidden', xml: data(row(1, '<c r="A1"><v>2</v></c>')) }, { name: 'তিন', state: 'veryHidden', xml: data() }] });
    expect(wb.sheets.map((s) => [s.name, s.hidden])).toEqual([['এক', false], ['দুই', true], ['তিন', true]]);
  });

  test('absolute relationship targets (/xl/..., as openpyxl writes them), "../" paths and no styles or shared strings at all', () => {
    const wb = read({ sheets: [{ name: 'A', target: '/xl/worksheets/sheet1.xml', xml: data(row(1, '<c r="A1"><v>1</v></c>')) }, { name: 'B', part: 'xl/other/b.xml', target: '../xl/other/b.xml', xml: data(row(1, '<c r="A1"><v>2</v></c>')) }] });
    expect(wb.sheets.map((s) => s.values[0][0])).toEqual([1, 2]);
    expect(wb.problems).toEqual([]);
  });

  test('a UTF-16 part is read', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${NS}">${data(row(1, '<c r="A1" t="inlineStr"><is><t>সূচক</t></is></c>'))}</worksheet>`;
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16[0] = 0xff;
    utf16[1] = 0xfe;
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    const parts = buildParts({ sheets: [{ name: 'S', xml: '' }] });
    parts['xl/worksheets/sheet1.xml'] = utf16;
    expect(valueAt(sheet(read(zipParts(parts)), 'S'), 0, 0)).toBe('সূচক');
  });

  test('50,000 merges and one merge over the whole grid cost their number, not their area', () => {
    const merges: string[] = [];
    for (let i = 0; i < 50_000; i++) merges.push(`<mergeCell ref="A${2 * i + 1}:B${2 * i + 2}"/>`);
    const many = read({ sheets: [{ name: 'S', xml: data(row(1, '<c r="A1"><v>1</v></c><c r="B1"><v>9</v></c>'), row(99_999, '<c r="C99999"><v>2</v></c>')) + `<mergeCells>${merges.join('')}</mergeCells>` }] });
    const s = sheet(many, 'S');
    expect(s.merges.length).toBe(50_000);
    expect(valueAt(s, 0, 0)).toBe(1);
    expect(valueAt(s, 0, 1)).toBeNull(); // B1 lies under A1:B2
    const whole = read({ sheets: [{ name: 'S', xml: data(row(1, '<c r="A1"><v>1</v></c>'), row(300, '<c r="C300"><v>2</v></c>')) + '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>' }] });
    const w = sheet(whole, 'S');
    expect(valueAt(w, 0, 0)).toBe(1);
    expect(valueAt(w, 299, 2)).toBeNull(); // under the merge
    // C300 is covered, so row 1 is the last used row; the area is cut a little below it (the engine indexes merges row by row).
    expect(w.merges).toEqual([{ top: 0, left: 0, bottom: 1024, right: 16383 }]);
  }, 60_000);

  test('overlapping merges (Excel repairs them away): the later one is ignored, and said so', () => {
    const wb = read({ sheets: [{ name: 'S', xml: data(row(1, '<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>')) + '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B1:C1"/></mergeCells>' }] });
    expect(sheet(wb, 'S').merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    expect(wb.problems.map((p) => [p.sheet, p.reason])).toEqual([['S', 'sheet-content']]);
    expect(wb.problems[0].messages.en).toMatch(/B1:C1/);
  });

  test('the streamed path (parts over streamPartsOver) reads what the whole-part path reads', () => {
    const rows: string[] = [];
    for (let r = 1; r <= 3000; r++) rows.push(row(r, `<c r="A${r}" t="inlineStr"><is><t>সারি ${r} &amp; কলাম</t></is></c><c r="B${r}"><v>${r / 8}</v></c><c r="C${r}"><f>B${r}*2</f><v>${r / 4}</v></c>`));
    const p: RawPackage = { sheets: [{ name: 'S', xml: data(...rows) }] };
    const whole = read(p);
    const streamed = read(p, { limits: { streamPartsOver: 4096 } });
    expect(streamed.sheets).toEqual(whole.sheets);
    expect(valueAt(whole.sheets[0], 2999, 0)).toBe('সারি 3000 & কলাম');
  });
});

describe('parts that are missing or damaged: a problem naming the sheet, never silence', () => {
  const ok = data(row(1, '<c r="A1"><v>1</v></c>'));

  test('a sheet whose part is missing, and one whose relationship is missing', () => {
    const parts = buildParts({ sheets: [{ name: 'আছে', xml: ok }, { name: 'নেই', xml: ok }] });
    delete parts['xl/worksheets/sheet2.xml'];
    const wb = read(zipParts(parts));
    expect(wb.sheets.map((s) => s.name)).toEqual(['আছে']);
    expect(wb.problems).toMatchObject([{ sheet: 'নেই', part: 'xl/worksheets/sheet2.xml', reason: 'missing-part' }]);
    expect(wb.problems[0].messages.bn).toContain('নেই');

    const noRel = buildParts({ sheets: [{ name: 'আছে', xml: ok }, { name: 'নেই', xml: ok }] });
    noRel['xl/_rels/workbook.xml.rels'] = new TextEncoder().encode(new TextDecoder().decode(noRel['xl/_rels/workbook.xml.rels']).replace(/<Relationship Id="rId2"[^>]*\/>/, ''));
    expect(read(zipParts(noRel)).problems).toMatchObject([{ sheet: 'নেই', reason: 'missing-part' }]);
  });

  test('a rels target that does not exist', () => {
    const wb = read({ sheets: [{ name: 'আছে', xml: ok }, { name: 'ভুল', xml: ok, target: 'worksheets/nowhere.xml' }] });
    expect(wb.problems).toMatchObject([{ sheet: 'ভুল', part: 'xl/worksheets/nowhere.xml', reason: 'missing-part' }]);
  });

  test('a sheet part stored twice: read once, with a problem; two sheets naming one part: the second left out', () => {
    const parts = buildParts({ sheets: [{ name: 'S', xml: data(row(1, '<c r="A1"><v>1</v></c>')) }] });
    const entries = Object.entries(parts);
    entries.push(['xl/worksheets/sheet1.xml', new TextEncoder().encode(`<worksheet xmlns="${NS}">${data(row(1, '<c r="A1"><v>2</v></c>'))}</worksheet>`)]);
    const wb = read(storedZip(entries));
    expect(wb.sheets.map((s) => s.values[0][0])).toEqual([1]);
    expect(wb.problems).toMatchObject([{ sheet: 'S', reason: 'duplicate-part' }]);

    const twice = read({ sheets: [{ name: 'এক', xml: ok }, { name: 'দুই', xml: ok, part: 'xl/worksheets/sheet1.xml', target: 'worksheets/sheet1.xml' }] });
    expect(twice.sheets.map((s) => s.name)).toEqual(['এক']);
    expect(twice.problems).toMatchObject([{ sheet: 'দুই', reason: 'shared-part' }]);
  });

  test('a damaged sheet (bad XML, bad CRC) is a problem; the others are read', () => {
    const wb = read({ sheets: [{ name: 'ভালো', xml: ok }, { name: 'নষ্ট', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>' }] });
    expect(wb.sheets.map((s) => s.name)).toEqual(['ভালো']);
    expect(wb.problems).toMatchObject([{ sheet: 'নষ্ট', reason: 'unreadable-part' }]);

    const parts = buildParts({ sheets: [{ name: 'ভালো', xml: ok }, { name: 'নষ্ট', xml: ok }] });
    const zip = storedZip(Object.entries(parts));
    // Flip one byte inside the stored sheet2 data: inflating "succeeds", the CRC does not.
    const at = indexOf(zip, new TextEncoder().encode('<v>1</v>'), indexOf(zip, new TextEncoder().encode('xl/worksheets/sheet2.xml')));
    zip[at + 3] = '7'.charCodeAt(0);
    expect(read(zip).problems).toMatchObject([{ sheet: 'নষ্ট', reason: 'unreadable-part' }]);
  });

  test('a shared-string index that does not exist: the cell reads blank, with a problem', () => {
    const wb = read({ sharedStrings: ['এক'], sheets: [{ name: 'S', xml: data(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>5</v></c>')) }] });
    expect(sheet(wb, 'S').values[0]).toEqual(['এক']);
    expect(wb.problems).toMatchObject([{ sheet: 'S', reason: 'sheet-content' }]);
    expect(wb.problems[0].messages.en).toMatch(/B1/);
  });

  test('nothing readable at all: refused (exit 2 in the CLI), naming why', () => {
    const parts = buildParts({ sheets: [{ name: 'S', xml: ok }] });
    delete parts['xl/worksheets/sheet1.xml'];
    expect(reason(() => read(zipParts(parts)))).toBe('corrupt');
    expect(reason(() => read({ sheets: [] }))).toBe('corrupt');
  });
});

describe('hostile packages: refused with a reason, in bounded time', () => {
  test('a DTD with entities (billion laughs) and an external entity', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
    expect(reason(() => read({ sheets: [{ name: 'S', xml: lol, raw: true }] }))).toBe('dtd');
    const xxe = `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst xmlns="${NS}"><si><t>&x;</t></si></sst>`;
    expect(reason(() => read({ sharedStrings: xxe, sheets: [{ name: 'S', xml: data() }] }))).toBe('dtd');
  });

  test('XML nested 100,000 deep', () => {
    const deep = `<worksheet xmlns="${NS}"><sheetData/><extLst>${'<ext>'.repeat(100_000)}${'</ext>'.repeat(100_000)}</extLst></worksheet>`;
    expect(reason(() => read({ sheets: [{ name: 'S', xml: deep, raw: true }] }))).toBe('xml-too-deep');
  });

  test('too many zip entries', () => {
    const extra: Record<string, string> = {};
    for (let i = 0; i < 60; i++) extra[`xl/media/x${i}.bin`] = 'x';
    expect(reason(() => read({ sheets: [{ name: 'S', xml: data() }], extra }, { limits: { maxEntries: 50 } }))).toBe('too-many-entries');
  });

  test('a zip bomb: a sheet that inflates over the part limit, over the total, or far beyond its packed size', () => {
    const big = data(row(1, '<c r="A1"><v>1</v></c>')) + `<extLst>${'<ext uri="x"/>'.repeat(200_000)}</extLst>`; // ~2.8 MB of XML
    const p: RawPackage = { sheets: [{ name: 'S', xml: big }], level: 9 };
    expect(reason(() => read(p, { limits: { maxPartBytes: 1_000_000 } }))).toBe('too-large');
    expect(reason(() => read(p, { limits: { maxTotalBytes: 1_000_000 } }))).toBe('too-large');
    expect(reason(() => read(p, { limits: { ratioCheckOver: 1_000_000, maxRatio: 50 } }))).toBe('too-large');
    expect(reason(() => read(p, { limits: { maxTotalBytes: 1_000_000, streamPartsOver: 1000 } }))).toBe('too-large');
    expect(reason(() => read(p))).toBe('read');
  });

  test('more cells than the limit', () => {
    const rows: string[] = [];
    for (let r = 1; r <= 100; r++) rows.push(row(r, `<c r="A${r}"><v>1</v></c><c r="J${r}"><v>2</v></c>`));
    expect(reason(() => read({ sheets: [{ name: 'S', xml: data(...rows) }] }, { limits: { maxGridCells: 500 } }))).toBe('too-many-cells');
    // A1 and XFD on every row would make 16,384 columns of each: counted as the grid the engine gets.
    expect(reason(() => read({ sheets: [{ name: 'S', xml: data(row(1, '<c r="A1"><v>1</v></c>'), row(2, '<c r="XFD2"><v>1</v></c>')) }] }, { limits: { maxGridCells: 10_000 } }))).toBe('too-many-cells');
  });

  test('not a workbook: a renamed .docx, an .xlsb, an empty zip', () => {
    const docx = zipParts({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'word/document.xml': new TextEncoder().encode('<w:document/>') });
    expect(reason(() => read(docx))).toBe('not-xlsx');
    const xlsb = buildParts({ sheets: [] });
    xlsb['_rels/.rels'] = new TextEncoder().encode('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>');
    xlsb['xl/workbook.bin'] = new Uint8Array([1, 2, 3]);
    expect(reason(() => read(zipParts(xlsb)))).toBe('not-xlsx');
    expect(reason(() => read(new Uint8Array([0x50, 0x4b, 5, 6, ...new Array(18).fill(0)])))).toBe('not-xlsx');
  });
});

function indexOf(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
