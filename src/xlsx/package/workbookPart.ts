import { XmlTokenizer, type Attributes, type XmlHandler } from '../xml/tokenizer';

export interface WorkbookSheet {
  name: string;
  /** "visible" | "hidden" | "veryHidden" */
  state: string;
  /** The relationship id (r:id) naming the sheet's part. */
  rid: string | null;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  /** Dates count from 1904-01-01 (old Mac workbooks) instead of 1900-01-00. */
  date1904: boolean;
}

/** The sheet list (in tab order) and the date system of xl/workbook.xml. */
export function parseWorkbook(xml: Uint8Array, maxDepth: number): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  const handler: XmlHandler = {
    wantText: false,
    open(name: string, a: Attributes, _selfClosing: boolean, depth: number) {
      if (name === 'sheet' && depth === 3) {
        const k = a.indexOfPrefixed('id');
        info.sheets.push({ name: a.get('name') ?? '', state: a.get('state') ?? 'visible', rid: k < 0 ? null : a.valueAt(k) });
      } else if (name === 'workbookPr' && depth === 2) {
        const v = (a.get('date1904') ?? '').trim().toLowerCase();
        info.date1904 = v === '1' || v === 'true';
      }
    },
    close() {},
    text() {},
  };
  XmlTokenizer.parse(xml, handler, { maxDepth });
  return info;
}
