import { decodeOoxmlEscapes } from '../xml/ooxmlText';
import { decodeText, XmlTokenizer, type XmlHandler } from '../xml/tokenizer';

/**
 * xl/sharedStrings.xml as plain strings: a rich-text item is the concatenation of its runs' text (what a
 * cell shows); phonetic runs (<rPh>) are not part of the text.
 */
export function parseSharedStrings(xml: Uint8Array, maxDepth: number): string[] {
  const out: string[] = [];
  let inSi = false;
  let rPh = 0;
  let current = '';
  let t = '';
  let inT = false;
  const handler: XmlHandler = {
    wantText: false,
    open(name: string, _a, selfClosing: boolean) {
      if (name === 'si') {
        if (selfClosing) out.push('');
        else {
          inSi = true;
          current = '';
        }
      } else if (!inSi) return;
      else if (name === 'rPh') {
        if (!selfClosing) rPh++;
      } else if (name === 't' && rPh === 0 && !selfClosing) {
        inT = true;
        t = '';
        handler.wantText = true;
      }
    },
    close(name: string) {
      if (name === 't' && inT) {
        inT = false;
        handler.wantText = false;
        current += decodeOoxmlEscapes(t);
      } else if (name === 'rPh') rPh--;
      else if (name === 'si' && inSi) {
        inSi = false;
        out.push(current);
      }
    },
    text(buf: Uint8Array, start: number, end: number, cdata: boolean) {
      t += decodeText(buf, start, end, !cdata);
    },
  };
  XmlTokenizer.parse(xml, handler, { maxDepth });
  return out;
}
