import fc from 'fast-check';
import { decodeText, XmlError, XmlTokenizer, type Attributes, type XmlHandler } from '../../src/xlsx/xml/tokenizer';

/** Every event as a line, text decoded and merged between tags, so two tokenizations can be compared. */
function events(chunks: Uint8Array[], limits?: { maxDepth?: number; maxTokenBytes?: number }): string[] {
  const out: string[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') out.push(`text ${JSON.stringify(text)}`);
    text = '';
  };
  const h: XmlHandler = {
    wantText: true,
    open(name: string, a: Attributes, selfClosing: boolean, depth: number) {
      flush();
      const attrs: string[] = [];
      for (let k = 0; k < a.count; k++) attrs.push(`${a.qualifiedNameAt(k)}=${a.valueAt(k)}`);
      out.push(`open ${name} [${attrs.join(' ')}]${selfClosing ? ' /' : ''} @${depth}`);
    },
    close(name: string, depth: number) {
      flush();
      out.push(`close ${name} @${depth}`);
    },
    text(buf: Uint8Array, s: number, e: number, cdata: boolean) {
      text += decodeText(buf, s, e, !cdata);
    },
  };
  const t = new XmlTokenizer(h, limits);
  for (const c of chunks) t.write(c);
  t.end();
  flush();
  return out;
}

const enc = (s: string) => new TextEncoder().encode(s);

function failure(xml: string, limits?: { maxDepth?: number; maxTokenBytes?: number }): string {
  try {
    events([enc(xml)], limits);
    return 'parsed';
  } catch (e) {
    expect(e).toBeInstanceOf(XmlError);
    return (e as XmlError).kind;
  }
}

describe('XmlTokenizer', () => {
  test('elements, attributes (both quotes), prefixes stripped, the five entities and character references decoded', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><!-- c --><x:root xmlns:x="u" a='1 &amp; 2'><x:c r="A1" t="s"><v>3 &lt; 4 &#x9AE;&#2478;</v></x:c><e/><![CDATA[<raw> & ]]></x:root>`;
    expect(events([enc(xml)])).toEqual([
      'open root [xmlns:x=u a=1 & 2] @1',
      'open c [r=A1 t=s] @2',
      'open v [] @3',
      'text "3 < 4 মম"',
      'close v @3',
      'close c @2',
      'open e [] / @2',
      'text "<raw> & "',
      'close root @1',
    ]);
  });

  test('Bengali text and a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('<t>কর্মসম্পাদন সূচক</t>')]);
    expect(events([bytes])).toEqual(['open t [] @1', 'text "কর্মসম্পাদন সূচক"', 'close t @1']);
  });

  test('a DTD is never read: DOCTYPE, entity declarations and undeclared entities are refused', () => {
    expect(failure('<!DOCTYPE lolz [<!ENTITY lol "lol">]><a>&lol;</a>')).toBe('dtd');
    expect(failure('<a>&lol;</a>')).toBe('dtd');
    expect(failure('<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>')).toBe('dtd');
  });

  test('nesting deeper than the limit is refused; at the limit it is read', () => {
    const deep = (n: number) => '<a>'.repeat(n) + '</a>'.repeat(n);
    expect(failure(deep(10), { maxDepth: 10 })).toBe('parsed');
    expect(failure(deep(11), { maxDepth: 10 })).toBe('depth');
    expect(failure(deep(100_000))).toBe('depth');
  });

  test('malformed documents are refused: mismatched, unclosed, truncated, two roots, stray text, bad attributes', () => {
    for (const xml of ['<a></b>', '<a><b></a>', '<a>', '<a', '<a/><b/>', 'x<a/>', '<a/>x', '<a b=1/>', '<a b="1"c="2"/>', '<a b="<"/>', '', '<a>&amp</a>', '<a>&#0;</a>']) {
      expect({ xml, kind: failure(xml) }).toEqual({ xml, kind: 'malformed' });
    }
  });

  test('a token longer than the limit is refused when it cannot fit in memory bounds', () => {
    const t = new XmlTokenizer({ wantText: true, open() {}, close() {}, text() {} }, { maxTokenBytes: 1000 });
    t.write(enc('<a>'));
    expect(() => t.write(enc('x'.repeat(2000)))).toThrow(XmlError);
  });

  test('chunked input gives exactly the events of the whole document, wherever it is cut', () => {
    const doc =
      '<?xml version="1.0"?><worksheet xmlns="m"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> লাইন১&#10;লাইন২ </t></is></c>' +
      '<c r="B1"><f>SUM(A1:A2)&amp;"x"</f><v>12.5</v></c><c r="C1" s="3"/></row></sheetData><!-- tail --><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>';
    const bytes = enc(doc);
    const whole = events([bytes]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), (cuts) => {
        const at = [...new Set(cuts)].sort((a, b) => a - b);
        const chunks: Uint8Array[] = [];
        let prev = 0;
        for (const c of at) {
          chunks.push(bytes.slice(prev, c));
          prev = c;
        }
        chunks.push(bytes.slice(prev));
        expect(events(chunks)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});
