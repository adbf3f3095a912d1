import { XmlTokenizer, type Attributes, type XmlHandler } from '../xml/tokenizer';

/**
 * Built-in number formats by id (ECMA-376 §18.8.30), as exceljs names them, so grids read the same as
 * before; the locale-dependent ids (27–36, 50–58) have no fixed code and read as no format.
 */
const BUILTIN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** Number format code of each cell style (cellXfs index), null where the style sets none (numFmtId 0, General). */
export function parseStyles(xml: Uint8Array, maxDepth: number): (string | null)[] {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  let inNumFmts = false;
  const handler: XmlHandler = {
    wantText: false,
    open(name: string, a: Attributes, selfClosing: boolean) {
      if (name === 'numFmts') inNumFmts = !selfClosing;
      else if (name === 'cellXfs') inCellXfs = !selfClosing;
      else if (name === 'numFmt' && inNumFmts) {
        const id = a.getUint('numFmtId');
        const code = a.get('formatCode');
        if (id >= 0 && code !== null) custom.set(id, code);
      } else if (name === 'xf' && inCellXfs) xfIds.push(a.getUint('numFmtId'));
    },
    close(name: string) {
      if (name === 'numFmts') inNumFmts = false;
      else if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  };
  XmlTokenizer.parse(xml, handler, { maxDepth });
  // numFmtId 0 ("General") is no format, as the previous reader had it.
  return xfIds.map((id) => (id > 0 ? custom.get(id) ?? BUILTIN[id] ?? null : null));
}

/**
 * True for a number format that shows a date or time (exceljs's test: any of y m d h s b outside quotes and
 * brackets), so such numbers go through the same date conversion as before.
 */
export function isDateFormat(fmt: string | null): boolean {
  if (!fmt) return false;
  let v = dateFormats.get(fmt);
  if (v === undefined) {
    const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
    v = /[ymdhMsb]+/.test(f);
    if (dateFormats.size < 10_000) dateFormats.set(fmt, v);
  }
  return v;
}

/** Verdicts per format code: a sheet has a handful of formats and a million numbers. */
const dateFormats = new Map<string, boolean>();
