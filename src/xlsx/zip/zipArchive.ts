import { Inflate } from 'fflate';
import type { ReadLimits } from '../limits';
import { readError } from '../xlsxReadError';
import type { Codec } from './codec';
import { concatBytes } from './concatBytes';
import { crc32 } from './crc32';

/**
 * A zip archive read from its central directory (the authoritative list: local headers may carry zeros when
 * sizes follow the data), with each entry's byte range so the fill writer can copy entries untouched.
 * Only stored and deflated entries are read; inflating streams in bounded chunks and checks size and CRC.
 */

export interface ZipEntry {
  /** The name as stored (UTF-8). */
  rawName: string;
  /** The name as a package part: backslashes as "/", no leading "/". */
  name: string;
  /** Position in the central directory. */
  index: number;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Local header offset; the entry's bytes run from here to `segmentEnd`. */
  localOffset: number;
  dataStart: number;
  /** Where the next entry (or the central directory) starts: the entry's data descriptor lies before it. */
  segmentEnd: number;
  /** This entry's central directory record, [cdStart, cdEnd). */
  cdStart: number;
  cdEnd: number;
}

/** A problem with one entry (damaged data, bad CRC): the caller decides whether the file is lost or one sheet. */
export class ZipEntryError extends Error {
  constructor(readonly entry: string, message: string) {
    super(`${entry}: ${message}`);
    this.name = 'ZipEntryError';
  }
}

/** Counts inflated bytes across every part read from one package (the zip bomb's total). */
export class InflateBudget {
  total = 0;
  constructor(readonly limits: ReadLimits) {}

  take(entry: ZipEntry, n: number): void {
    this.total += n;
    if (this.total > this.limits.maxTotalBytes) {
      throw readError('too-large', { bn: `মোট ${mb(this.limits.maxTotalBytes)} মেগাবাইটের বেশি`, en: `more than ${mb(this.limits.maxTotalBytes)} MB in all` });
    }
  }
}

function mb(n: number): string {
  return String(Math.round(n / 2 ** 20));
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
/** Compressed bytes handed to the inflater at a time: at deflate's 1:1032 ratio at most ~16 MB come out per push. */
const PUSH_BYTES = 16 * 1024;
const PREALLOCATE_BYTES = 64 * 2 ** 20;

const utf8 = new TextDecoder('utf-8', { fatal: false });

export class ZipArchive {
  readonly entries: ZipEntry[] = [];
  /** Lower-cased part name → first entry (OPC part names are case-insensitive). */
  private readonly byName = new Map<string, ZipEntry>();
  /** Lower-cased names stored more than once. */
  readonly duplicates = new Set<string>();
  cdOffset = 0;
  cdSize = 0;
  /** EOCD comment bytes (kept by the writer). */
  comment: Uint8Array = new Uint8Array(0);
  private readonly dv: DataView;

  private constructor(readonly bytes: Uint8Array, private readonly limits: ReadLimits, readonly codec: Codec) {
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Parses the central directory; throws XlsxReadError('corrupt' | 'too-many-entries' | 'too-large'). */
  static open(bytes: Uint8Array, limits: ReadLimits, codec: Codec = {}): ZipArchive {
    const z = new ZipArchive(bytes, limits, codec);
    z.parse();
    return z;
  }

  find(name: string): ZipEntry | undefined {
    return this.byName.get(normalizeName(name).toLowerCase());
  }

  isDuplicate(name: string): boolean {
    return this.duplicates.has(normalizeName(name).toLowerCase());
  }

  private u16(at: number): number {
    return this.dv.getUint16(at, true);
  }

  private u32(at: number): number {
    return this.dv.getUint32(at, true);
  }

  private u64(at: number): number {
    const lo = this.dv.getUint32(at, true);
    const hi = this.dv.getUint32(at + 4, true);
    if (hi > 0x1fffff) throw corrupt('a zip64 size beyond 2^53');
    return hi * 2 ** 32 + lo;
  }

  private parse(): void {
    const b = this.bytes;
    const n = b.length;
    if (n < 22) throw corrupt('too short for a zip');
    // The end-of-central-directory record: the last 22 bytes plus up to 65,535 of comment.
    let eocd = -1;
    for (let i = n - 22; i >= Math.max(0, n - 22 - 65535); i--) {
      if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 5 && b[i + 3] === 6 && i + 22 + this.u16(i + 20) <= n) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw corrupt('no end of central directory (truncated?)');
    let count = this.u16(eocd + 10);
    let cdSize = this.u32(eocd + 12);
    let cdOffset = this.u32(eocd + 16);
    this.comment = b.slice(eocd + 22, eocd + 22 + this.u16(eocd + 20));
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const loc = eocd - 20;
      if (loc >= 0 && this.u32(loc) === SIG_LOCATOR64) {
        const at = this.u64(loc + 8);
        if (at + 56 > n || this.u32(at) !== SIG_EOCD64) throw corrupt('bad zip64 end record');
        count = this.u64(at + 32);
        cdSize = this.u64(at + 40);
        cdOffset = this.u64(at + 48);
      }
    }
    if (count > this.limits.maxEntries) {
      throw readError('too-many-entries', { bn: `${count}টি অংশ, সীমা ${this.limits.maxEntries}`, en: `${count} parts, the limit is ${this.limits.maxEntries}` });
    }
    if (cdOffset + cdSize > n) throw corrupt('central directory beyond the end of the file');
    this.cdOffset = cdOffset;
    this.cdSize = cdSize;
    let p = cdOffset;
    const end = cdOffset + cdSize;
    for (let k = 0; k < count; k++) {
      if (p + 46 > end || this.u32(p) !== SIG_CENTRAL) throw corrupt('damaged central directory');
      const flags = this.u16(p + 8);
      const method = this.u16(p + 10);
      const crc = this.u32(p + 16);
      let compressedSize = this.u32(p + 20);
      let size = this.u32(p + 24);
      const nameLen = this.u16(p + 28);
      const extraLen = this.u16(p + 30);
      const commentLen = this.u16(p + 32);
      let localOffset = this.u32(p + 42);
      const nameStart = p + 46;
      const recEnd = nameStart + nameLen + extraLen + commentLen;
      if (recEnd > end) throw corrupt('damaged central directory');
      // Zip64: the fields that overflowed are in extra field 0x0001, in this order.
      if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
        let e = nameStart + nameLen;
        const eEnd = e + extraLen;
        while (e + 4 <= eEnd) {
          const id = this.u16(e);
          const len = this.u16(e + 2);
          if (id === 1) {
            let q = e + 4;
            if (size === 0xffffffff && q + 8 <= e + 4 + len) (size = this.u64(q)), (q += 8);
            if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) (compressedSize = this.u64(q)), (q += 8);
            if (localOffset === 0xffffffff && q + 8 <= e + 4 + len) localOffset = this.u64(q);
            break;
          }
          e += 4 + len;
        }
      }
      const rawName = utf8.decode(b.subarray(nameStart, nameStart + nameLen));
      if (localOffset + 30 > cdOffset || this.u32(localOffset) !== SIG_LOCAL) throw corrupt(`no local header for ${rawName}`);
      const dataStart = localOffset + 30 + this.u16(localOffset + 26) + this.u16(localOffset + 28);
      if (dataStart + compressedSize > cdOffset) throw corrupt(`${rawName} runs past its end`);
      const entry: ZipEntry = {
        rawName,
        name: normalizeName(rawName),
        index: k,
        flags,
        method,
        crc,
        compressedSize,
        size,
        localOffset,
        dataStart,
        segmentEnd: cdOffset,
        cdStart: p,
        cdEnd: recEnd,
      };
      this.entries.push(entry);
      const key = entry.name.toLowerCase();
      if (this.byName.has(key)) this.duplicates.add(key);
      else this.byName.set(key, entry);
      p = recEnd;
    }
    // Entries must not overlap (overlapping entries are how the worst zip bombs multiply one stream).
    const byOffset = [...this.entries].sort((a, c) => a.localOffset - c.localOffset);
    for (let i = 0; i < byOffset.length; i++) {
      const e = byOffset[i];
      const next = i + 1 < byOffset.length ? byOffset[i + 1].localOffset : cdOffset;
      if (e.dataStart + e.compressedSize > next) throw corrupt(`${e.rawName} overlaps the next entry`);
      e.segmentEnd = next;
    }
  }

  /**
   * Inflates one entry, handing it over in chunks (each valid only during the call). Checks the declared
   * size, the CRC and the limits; a damaged entry throws ZipEntryError, a limit XlsxReadError.
   */
  inflate(entry: ZipEntry, onChunk: (chunk: Uint8Array) => void, budget: InflateBudget, checkCrc = true): void {
    const limits = this.limits;
    this.checkDeclared(entry);
    const data = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    let produced = 0;
    let crc = 0;
    const take = (chunk: Uint8Array): void => {
      produced += chunk.length;
      if (produced > limits.ratioCheckOver && produced > entry.compressedSize * limits.maxRatio) throw bomb(entry, limits);
      if (produced > entry.size) {
        if (produced > limits.maxPartBytes) throw partTooLarge(entry, limits);
        throw new ZipEntryError(entry.rawName, 'more data than its declared size');
      }
      budget.take(entry, chunk.length);
      if (checkCrc) crc = crc32(chunk, crc);
      onChunk(chunk);
    };
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw new ZipEntryError(entry.rawName, 'stored entry with two sizes');
      for (let i = 0; i < data.length; i += 1 << 20) take(data.subarray(i, Math.min(data.length, i + (1 << 20))));
    } else if (entry.method === 8) {
      let failed: unknown = null;
      const inf = new Inflate((chunk) => {
        if (failed === null) {
          try {
            take(chunk);
          } catch (e) {
            failed = e;
          }
        }
      });
      try {
        if (data.length === 0) inf.push(new Uint8Array(0), true);
        for (let i = 0; i < data.length && failed === null; i += PUSH_BYTES) {
          inf.push(data.subarray(i, Math.min(data.length, i + PUSH_BYTES)), i + PUSH_BYTES >= data.length);
        }
      } catch (e) {
        if (failed === null) failed = e instanceof ZipEntryError || isLimit(e) ? e : new ZipEntryError(entry.rawName, `damaged compressed data (${e instanceof Error ? e.message : String(e)})`);
      }
      if (failed !== null) throw failed;
    } else {
      throw new ZipEntryError(entry.rawName, `unsupported compression method ${entry.method}`);
    }
    if (produced !== entry.size) throw new ZipEntryError(entry.rawName, `${produced} bytes where ${entry.size} were declared`);
    if (checkCrc && crc !== entry.crc) throw new ZipEntryError(entry.rawName, 'CRC mismatch (damaged data)');
  }

  /** Refusals decided from the central directory alone, before inflating a byte. */
  private checkDeclared(entry: ZipEntry): void {
    const limits = this.limits;
    if (entry.flags & 1) throw new ZipEntryError(entry.rawName, 'encrypted zip entry');
    if (entry.size > limits.maxPartBytes) throw partTooLarge(entry, limits);
    if (entry.size > limits.ratioCheckOver && entry.size > entry.compressedSize * limits.maxRatio) throw bomb(entry, limits);
  }

  /** The whole inflated entry. */
  read(entry: ZipEntry, budget: InflateBudget): Uint8Array {
    const native = this.codec.inflateRaw;
    if (native && entry.method === 8) {
      this.checkDeclared(entry);
      let out: Uint8Array | undefined;
      try {
        out = native(this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize), entry.size);
      } catch (e) {
        throw new ZipEntryError(entry.rawName, `damaged compressed data or more than its declared size (${e instanceof Error ? e.message : String(e)})`);
      }
      if (out !== undefined) {
        if (out.length !== entry.size) throw new ZipEntryError(entry.rawName, `${out.length} bytes where ${entry.size} were declared`);
        budget.take(entry, out.length);
        if ((this.codec.crc32 ?? crc32)(out) !== entry.crc) throw new ZipEntryError(entry.rawName, 'CRC mismatch (damaged data)');
        return out;
      }
    }
    // A declared size is only a claim: allocate it up front only when small, else gather what really comes out.
    if (entry.size <= PREALLOCATE_BYTES) {
      const out = new Uint8Array(entry.size);
      let at = 0;
      this.inflate(
        entry,
        (chunk) => {
          out.set(chunk, at);
          at += chunk.length;
        },
        budget,
        false,
      );
      if (crc32(out) !== entry.crc) throw new ZipEntryError(entry.rawName, 'CRC mismatch (damaged data)');
      return out;
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    this.inflate(
      entry,
      (chunk) => {
        chunks.push(chunk.slice());
        total += chunk.length;
      },
      budget,
    );
    return concatBytes(chunks, total);
  }
}

function isLimit(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: string }).name === 'XlsxReadError';
}

function partTooLarge(entry: ZipEntry, limits: ReadLimits) {
  return readError('too-large', {
    bn: `${entry.name} খুললে ${mb(limits.maxPartBytes)} মেগাবাইটের বেশি`,
    en: `${entry.name} unpacks to more than ${mb(limits.maxPartBytes)} MB`,
  });
}

function bomb(entry: ZipEntry, limits: ReadLimits) {
  return readError('too-large', {
    bn: `${entry.name} খুললে ${limits.maxRatio} গুণের বেশি বড় হয়`,
    en: `${entry.name} unpacks to more than ${limits.maxRatio} times its packed size`,
  });
}

function corrupt(why: string) {
  return readError('corrupt', undefined, new Error(why));
}

export function normalizeName(name: string): string {
  let n = name.replace(/\\/g, '/');
  while (n.startsWith('/')) n = n.slice(1);
  return n;
}
