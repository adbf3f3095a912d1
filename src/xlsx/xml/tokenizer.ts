/**
 * A streaming XML tokenizer over UTF-8 bytes, for the parts of an .xlsx package (SpreadsheetML is plain
 * XML: elements, attributes, text, CDATA, comments, processing instructions). It never builds strings the
 * handler does not ask for: tag names are interned, attribute values and text are decoded on request.
 *
 * Hostile input: no DTD is processed at all (`<!DOCTYPE` is refused, so there are no entity declarations,
 * no external entities and no entity expansion); only the five predefined entities and character
 * references are decoded; nesting deeper than `maxDepth` and a single token longer than `maxTokenBytes`
 * are refused. Closing tags must match their opening tags; a document that ends inside an element is refused.
 *
 * Input may arrive in chunks (inflated straight from the zip): `write()` tokenizes every complete token
 * and keeps the unfinished tail for the next chunk, so memory is bounded by the largest token.
 */

export type XmlErrorKind = 'malformed' | 'dtd' | 'depth' | 'token-size';

export class XmlError extends Error {
  constructor(readonly kind: XmlErrorKind, message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

/** What the tokenizer calls. Names are local names (prefix stripped), interned: compare with ===. */
export interface XmlHandler {
  /** When false the tokenizer does not report text (whitespace between tags, skipped elements). */
  wantText: boolean;
  open(name: string, attrs: Attributes, selfClosing: boolean, depth: number): void;
  close(name: string, depth: number): void;
  /** Bytes [start, end) of `buf`: raw (entities undecoded) unless `cdata`. */
  text(buf: Uint8Array, start: number, end: number, cdata: boolean): void;
}

export interface TokenizerLimits {
  maxDepth: number;
  maxTokenBytes: number;
}

export const DEFAULT_XML_LIMITS: TokenizerLimits = { maxDepth: 256, maxTokenBytes: 16 * 1024 * 1024 };

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQ = 0x3d;
const QUOT = 0x22;
const APOS = 0x27;
const COLON = 0x3a;
const AMP = 0x26;

/** Byte classes: 1 = XML whitespace, 2 = may be part of a name (anything but whitespace and the delimiters). */
const CLASS = new Uint8Array(256);
for (let b = 0x21; b < 256; b++) CLASS[b] = 2;
for (const b of [0x20, 0x0a, 0x0d, 0x09]) CLASS[b] = 1;
for (const b of [GT, SLASH, EQ, LT, QUOT, APOS]) CLASS[b] = 0;

function isSpace(b: number): boolean {
  return CLASS[b] === 1;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * The attributes of the current start tag, as byte ranges into the tokenizer's buffer. Valid only during
 * `open()`; values are decoded on request.
 */
export class Attributes {
  /** Per attribute: name start, name end, local name start, value start, value end, has '&' (0/1). */
  private slots = new Int32Array(6 * 16);
  count = 0;
  buf: Uint8Array = new Uint8Array(0);
  /** Where the start tag ("<") is in `buf`. */
  tagStartInBuf = 0;

  reset(buf: Uint8Array, tagStart: number): void {
    this.buf = buf;
    this.tagStartInBuf = tagStart;
    this.count = 0;
  }

  add(nameStart: number, nameEnd: number, localStart: number, valueStart: number, valueEnd: number, amp: boolean): void {
    if (this.count * 6 + 6 > this.slots.length) {
      const bigger = new Int32Array(this.slots.length * 2);
      bigger.set(this.slots);
      this.slots = bigger;
    }
    const s = this.slots;
    const i = this.count * 6;
    s[i] = nameStart;
    s[i + 1] = nameEnd;
    s[i + 2] = localStart;
    s[i + 3] = valueStart;
    s[i + 4] = valueEnd;
    s[i + 5] = amp ? 1 : 0;
    this.count++;
  }

  /** Index of the attribute whose qualified name is `name` (ASCII), or -1. */
  indexOf(name: string): number {
    const s = this.slots;
    const buf = this.buf;
    const n = name.length;
    outer: for (let k = 0; k < this.count; k++) {
      const i = k * 6;
      if (s[i + 1] - s[i] !== n) continue;
      const start = s[i];
      for (let j = 0; j < n; j++) if (buf[start + j] !== name.charCodeAt(j)) continue outer;
      return k;
    }
    return -1;
  }

  /** Index of the first attribute with this local name and some namespace prefix ("r:id" for "id"), or -1. */
  indexOfPrefixed(local: string): number {
    const s = this.slots;
    const buf = this.buf;
    const n = local.length;
    outer: for (let k = 0; k < this.count; k++) {
      const i = k * 6;
      if (s[i + 2] === s[i] || s[i + 1] - s[i + 2] !== n) continue;
      const start = s[i + 2];
      for (let j = 0; j < n; j++) if (buf[start + j] !== local.charCodeAt(j)) continue outer;
      return k;
    }
    return -1;
  }

  /** The decoded value of the named attribute, or null when absent. */
  get(name: string): string | null {
    const k = this.indexOf(name);
    return k < 0 ? null : this.valueAt(k);
  }

  valueAt(k: number): string {
    const i = k * 6;
    return decodeText(this.buf, this.slots[i + 3], this.slots[i + 4], this.slots[i + 5] === 1);
  }

  qualifiedNameAt(k: number): string {
    const i = k * 6;
    return latin1OrUtf8(this.buf, this.slots[i], this.slots[i + 1]);
  }

  nameStartAt(k: number): number {
    return this.slots[k * 6];
  }

  valueStart(k: number): number {
    return this.slots[k * 6 + 3];
  }

  valueEnd(k: number): number {
    return this.slots[k * 6 + 4];
  }

  /** A non-negative decimal integer attribute (s="12"), or -1 when absent or not such an integer. */
  getUint(name: string): number {
    const k = this.indexOf(name);
    if (k < 0) return -1;
    return parseUintBytes(this.buf, this.slots[k * 6 + 3], this.slots[k * 6 + 4]);
  }

  /** True when the named attribute's value is exactly `value` (ASCII, no entities). */
  is(name: string, value: string): boolean {
    const k = this.indexOf(name);
    if (k < 0) return false;
    const i = k * 6;
    const start = this.slots[i + 3];
    if (this.slots[i + 4] - start !== value.length) return false;
    for (let j = 0; j < value.length; j++) if (this.buf[start + j] !== value.charCodeAt(j)) return false;
    return true;
  }
}

/** Decimal digits only, at most 15 of them; else -1. */
export function parseUintBytes(buf: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Bytes as a string: ASCII fast path, UTF-8 otherwise. */
export function latin1OrUtf8(buf: Uint8Array, start: number, end: number): string {
  if (end - start < 64) {
    let s = '';
    for (let i = start; i < end; i++) {
      const b = buf[i];
      if (b >= 0x80) return utf8.decode(buf.subarray(start, end));
      s += String.fromCharCode(b);
    }
    return s;
  }
  for (let i = start; i < end; i++) if (buf[i] >= 0x80) return utf8.decode(buf.subarray(start, end));
  let s = '';
  for (let i = start; i < end; i += 4096) s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(end, i + 4096)) as unknown as number[]);
  return s;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * XML text or attribute bytes as a string, with the five predefined entities and character references
 * decoded (`hasAmp` false skips the search). Any other entity is refused: no DTD means none can be declared.
 */
export function decodeText(buf: Uint8Array, start: number, end: number, hasAmp: boolean): string {
  const raw = latin1OrUtf8(buf, start, end);
  if (!hasAmp) return raw;
  return decodeEntities(raw);
}

export function decodeEntities(raw: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const amp = raw.indexOf('&', from);
    if (amp < 0) break;
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 12) throw new XmlError('malformed', `unterminated entity reference at "${raw.slice(amp, amp + 12)}"`);
    out += raw.slice(from, amp);
    const name = raw.slice(amp + 1, semi);
    if (name.charCodeAt(0) === 0x23 /* # */) {
      const hex = name.charCodeAt(1) === 0x78; /* x */
      const digits = name.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) throw new XmlError('malformed', `bad character reference &${name};`);
      const cp = parseInt(digits, hex ? 16 : 10);
      if (cp > 0x10ffff || cp === 0) throw new XmlError('malformed', `bad character reference &${name};`);
      out += String.fromCodePoint(cp);
    } else {
      const ch = NAMED[name];
      if (ch === undefined) throw new XmlError('dtd', `undeclared entity &${name}; (entities other than the five of XML need a DTD, which is not read)`);
      out += ch;
    }
    from = semi + 1;
  }
  return out + raw.slice(from);
}

/** Interned local names: tag names repeat millions of times, their strings are made once. */
class NameCache {
  private keys: (Uint8Array | null)[] = new Array(1024).fill(null);
  private values: string[] = new Array(1024).fill('');

  get(buf: Uint8Array, start: number, end: number, hash: number): string {
    const n = end - start;
    const slot = (hash ^ (hash >>> 10) ^ n) & 1023;
    const key = this.keys[slot];
    if (key !== null && key.length === n) {
      let same = true;
      for (let i = 0; i < n; i++) {
        if (key[i] !== buf[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return this.values[slot];
    }
    const s = latin1OrUtf8(buf, start, end);
    if (n <= 64) {
      this.keys[slot] = buf.slice(start, end);
      this.values[slot] = s;
    }
    return s;
  }
}

const SHARED_NAMES = new NameCache();

/** Hash of a qualified name, for matching closing tags against the stack. */
function nameHash(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193);
  return h | 0;
}

export class XmlTokenizer {
  private readonly limits: TokenizerLimits;
  /** Shared by every tokenizer: the same few dozen tag names in every part. */
  private readonly names = SHARED_NAMES;
  private readonly attrs = new Attributes();
  private stack = new Int32Array(64);
  private localStack: string[] = [];
  private depth = 0;
  private sawRoot = false;
  private rootClosed = false;
  private carry: Uint8Array | null = null;
  private started = false;
  /** Bytes consumed before the current buffer (for offsets across chunks). */
  private base = 0;
  /** Absolute offset of the start of the token being reported (valid in handler callbacks). */
  tokenStart = 0;
  /** Absolute offset just past the token being reported. */
  tokenEnd = 0;

  constructor(private readonly handler: XmlHandler, limits: Partial<TokenizerLimits> = {}) {
    this.limits = { ...DEFAULT_XML_LIMITS, ...limits };
  }

  /** Tokenizes a whole document. */
  static parse(data: Uint8Array, handler: XmlHandler, limits?: Partial<TokenizerLimits>): void {
    const t = new XmlTokenizer(handler, limits);
    t.write(data);
    t.end();
  }

  /** Feeds the next chunk. The chunk is not kept beyond this call (only an unfinished token is copied). */
  write(chunk: Uint8Array): void {
    // Invariant: `base` is the absolute offset of the carried tail (or of this chunk when nothing is carried).
    let buf = chunk;
    if (this.carry !== null) {
      buf = new Uint8Array(this.carry.length + chunk.length);
      buf.set(this.carry);
      buf.set(chunk, this.carry.length);
      this.carry = null;
    }
    let pos = 0;
    if (!this.started) {
      if (buf.length < 3) {
        this.carry = buf.slice();
        return;
      }
      this.started = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3; // UTF-8 BOM
    }
    const done = this.run(buf, pos, false);
    if (done < buf.length) {
      if (buf.length - done > this.limits.maxTokenBytes) {
        throw new XmlError('token-size', `an XML token is longer than ${this.limits.maxTokenBytes} bytes`);
      }
      this.carry = buf.slice(done);
    }
    this.base += done;
  }

  /** Ends the document: refuses a document that stops inside a token or an element, or has no root. */
  end(): void {
    if (this.carry !== null) {
      const buf = this.carry;
      this.carry = null;
      let pos = 0;
      if (!this.started) {
        this.started = true;
        if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
      }
      const done = this.run(buf, pos, true);
      if (done < buf.length) this.fail('the XML ends in the middle of a tag');
      this.base += done;
    }
    this.finish();
  }

  private finish(): void {
    if (this.depth > 0) throw new XmlError('malformed', `the XML ends inside <${this.localStack[this.depth - 1]}>`);
    if (!this.sawRoot) throw new XmlError('malformed', 'the XML has no root element');
  }

  /** Tokenizes buf from pos; returns where the first incomplete token starts (buf.length when none). */
  private run(buf: Uint8Array, pos: number, final: boolean): number {
    const len = buf.length;
    const h = this.handler;
    while (pos < len) {
      if (buf[pos] !== LT) {
        // Text up to the next '<'.
        let lt = pos + 1;
        while (lt < len && buf[lt] !== LT) lt++;
        if (lt === len) lt = -1;
        const stop = lt < 0 ? len : lt;
        if (lt < 0 && !final) {
          // The text may continue in the next chunk: report what is here only when it cannot be split badly.
          if (this.depth > 0 && h.wantText) return pos;
          if (this.depth === 0) this.checkOutsideText(buf, pos, stop);
          return len;
        }
        if (this.depth === 0) this.checkOutsideText(buf, pos, stop);
        else if (h.wantText) {
          this.tokenStart = this.base + pos;
          this.tokenEnd = this.base + stop;
          h.text(buf, pos, stop, false);
        }
        pos = stop;
        continue;
      }
      if (pos + 1 >= len) return final ? this.fail('the XML ends in the middle of a tag') : pos;
      const next = buf[pos + 1];
      if (next === BANG) {
        const r = this.special(buf, pos, final);
        if (r < 0) return pos;
        pos = r;
        continue;
      }
      if (next === QUESTION) {
        const end = indexOf2(buf, QUESTION, GT, pos + 2);
        if (end < 0) return final ? this.fail('unterminated processing instruction') : pos;
        pos = end + 2;
        continue;
      }
      if (next === SLASH) {
        let gt = pos + 2;
        while (gt < len && buf[gt] !== GT) gt++;
        if (gt === len) return final ? this.fail('unterminated closing tag') : pos;
        let nameEnd = gt;
        while (nameEnd > pos + 2 && isSpace(buf[nameEnd - 1])) nameEnd--;
        this.closeTag(buf, pos + 2, nameEnd, pos, gt + 1);
        pos = gt + 1;
        continue;
      }
      const r = this.openTag(buf, pos);
      if (r < 0) {
        if (final) this.fail('unterminated start tag');
        return pos;
      }
      pos = r;
    }
    return pos;
  }

  private fail(message: string): never {
    throw new XmlError('malformed', message);
  }

  private checkOutsideText(buf: Uint8Array, start: number, end: number): void {
    for (let i = start; i < end; i++) if (!isSpace(buf[i])) this.fail(this.rootClosed ? 'content after the root element' : 'text before the root element');
  }

  /** `<!--`, `<![CDATA[`, `<!DOCTYPE`. Returns the position after it, or -1 when incomplete. */
  private special(buf: Uint8Array, pos: number, final: boolean): number {
    const len = buf.length;
    if (pos + 3 < len && buf[pos + 2] === 0x2d && buf[pos + 3] === 0x2d) {
      const end = indexOf3(buf, 0x2d, 0x2d, GT, pos + 4);
      if (end < 0) return final ? this.fail('unterminated comment') : -1;
      return end + 3;
    }
    if (pos + 8 < len && matchAscii(buf, pos + 2, '[CDATA[')) {
      const end = indexOf3(buf, 0x5d, 0x5d, GT, pos + 9);
      if (end < 0) return final ? this.fail('unterminated CDATA section') : -1;
      if (this.depth === 0) this.fail('CDATA outside the root element');
      if (this.handler.wantText) {
        this.tokenStart = this.base + pos;
        this.tokenEnd = this.base + end + 3;
        this.handler.text(buf, pos + 9, end, true);
      }
      return end + 3;
    }
    if (pos + 9 > len && !final) return -1;
    if (matchAsciiCaseless(buf, pos + 2, 'DOCTYPE')) throw new XmlError('dtd', 'the XML has a document type declaration (DTD), which is never read');
    if (matchAscii(buf, pos + 2, 'ENTITY') || matchAscii(buf, pos + 2, 'ELEMENT') || matchAscii(buf, pos + 2, 'ATTLIST')) {
      throw new XmlError('dtd', 'the XML declares entities or elements (DTD), which are never read');
    }
    return this.fail('unexpected "<!"');
  }

  /** A start tag at pos. Returns the position after it, or -1 when it is not complete in buf. */
  private openTag(buf: Uint8Array, pos: number): number {
    const len = buf.length;
    let i = pos + 1;
    const nameStart = i;
    let localStart = i;
    let qHash = 0x811c9dc5;
    let lHash = 0x811c9dc5;
    while (i < len) {
      const b = buf[i];
      if (CLASS[b] !== 2) break;
      qHash = Math.imul(qHash ^ b, 0x01000193);
      lHash = Math.imul(lHash ^ b, 0x01000193);
      if (b === COLON) {
        localStart = i + 1;
        lHash = 0x811c9dc5;
      }
      i++;
    }
    if (i >= len) return -1;
    const nameEnd = i;
    if (nameEnd === nameStart) this.fail('a "<" that starts no tag');
    if (this.rootClosed) this.fail('a second root element');
    const attrs = this.attrs;
    attrs.reset(buf, pos);
    for (;;) {
      while (i < len && CLASS[buf[i]] === 1) i++;
      if (i >= len) return -1;
      const b = buf[i];
      if (b === GT || b === SLASH) break;
      if (i === nameEnd) this.fail('no space between a tag name and its attribute');
      const aStart = i;
      let aLocal = i;
      while (i < len) {
        const c = buf[i];
        if (CLASS[c] !== 2) break;
        if (c === COLON) aLocal = i + 1;
        i++;
      }
      if (i >= len) return -1;
      const aEnd = i;
      if (aEnd === aStart) this.fail('a bad attribute');
      while (i < len && CLASS[buf[i]] === 1) i++;
      if (i >= len) return -1;
      if (buf[i] !== EQ) this.fail('an attribute without a value');
      i++;
      while (i < len && CLASS[buf[i]] === 1) i++;
      if (i >= len) return -1;
      const q = buf[i];
      if (q !== QUOT && q !== APOS) this.fail('an attribute value without quotes');
      const vStart = i + 1;
      let vEnd = vStart;
      let amp = false;
      while (vEnd < len) {
        const c = buf[vEnd];
        if (c === q) break;
        if (c === AMP) amp = true;
        else if (c === LT) this.fail('"<" inside an attribute value');
        vEnd++;
      }
      if (vEnd >= len) {
        if (len - vStart > this.limits.maxTokenBytes) throw new XmlError('token-size', `an XML attribute is longer than ${this.limits.maxTokenBytes} bytes`);
        return -1;
      }
      attrs.add(aStart, aEnd, aLocal, vStart, vEnd, amp);
      i = vEnd + 1;
      if (i < len && CLASS[buf[i]] === 2) this.fail('no space between attributes');
    }
    let selfClosing = false;
    if (buf[i] === SLASH) {
      if (i + 1 >= len) return -1;
      if (buf[i + 1] !== GT) this.fail('"/" inside a tag');
      selfClosing = true;
      i += 2;
    } else i += 1;
    const local = this.names.get(buf, localStart, nameEnd, lHash | 0);
    this.sawRoot = true;
    this.tokenStart = this.base + pos;
    this.tokenEnd = this.base + i;
    if (selfClosing) {
      this.handler.open(local, attrs, true, this.depth + 1);
      if (this.depth === 0) this.rootClosed = true;
    } else {
      if (this.depth >= this.limits.maxDepth) throw new XmlError('depth', `the XML is nested more than ${this.limits.maxDepth} elements deep`);
      if (this.depth >= this.stack.length) {
        const bigger = new Int32Array(this.stack.length * 2);
        bigger.set(this.stack);
        this.stack = bigger;
      }
      this.stack[this.depth] = qHash | 0;
      this.localStack[this.depth] = local;
      this.depth++;
      this.handler.open(local, attrs, false, this.depth);
    }
    return i;
  }

  private closeTag(buf: Uint8Array, nameStart: number, nameEnd: number, tagStart: number, tagEnd: number): void {
    if (this.depth === 0) this.fail('a closing tag without an opening tag');
    if (nameHash(buf, nameStart, nameEnd) !== this.stack[this.depth - 1]) {
      this.fail(`</${latin1OrUtf8(buf, nameStart, nameEnd)}> closes <${this.localStack[this.depth - 1]}>`);
    }
    const local = this.localStack[this.depth - 1];
    this.tokenStart = this.base + tagStart;
    this.tokenEnd = this.base + tagEnd;
    this.handler.close(local, this.depth);
    this.depth--;
    if (this.depth === 0) this.rootClosed = true;
  }
}

function indexOf2(buf: Uint8Array, a: number, b: number, from: number): number {
  for (let i = buf.indexOf(a, from); i >= 0 && i + 1 < buf.length; i = buf.indexOf(a, i + 1)) if (buf[i + 1] === b) return i;
  return -1;
}

function indexOf3(buf: Uint8Array, a: number, b: number, c: number, from: number): number {
  for (let i = buf.indexOf(a, from); i >= 0 && i + 2 < buf.length; i = buf.indexOf(a, i + 1)) if (buf[i + 1] === b && buf[i + 2] === c) return i;
  return -1;
}

function matchAscii(buf: Uint8Array, at: number, s: string): boolean {
  if (at + s.length > buf.length) return false;
  for (let j = 0; j < s.length; j++) if (buf[at + j] !== s.charCodeAt(j)) return false;
  return true;
}

function matchAsciiCaseless(buf: Uint8Array, at: number, s: string): boolean {
  if (at + s.length > buf.length) return false;
  for (let j = 0; j < s.length; j++) if ((buf[at + j] | 0x20) !== (s.charCodeAt(j) | 0x20)) return false;
  return true;
}
