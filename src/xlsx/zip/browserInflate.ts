import type { ReadLimits } from '../limits';
import type { Codec } from './codec';
import { ZipArchive } from './zipArchive';

/**
 * The browser's own zlib (DecompressionStream "deflate-raw": Chrome 103+, Firefox 113+, Safari 16.4+),
 * several times faster than fflate. It is asynchronous, so the parts the reader will want are inflated up
 * front, concurrently, and handed to the (synchronous) reader as a codec; anything not inflated here (no
 * DecompressionStream, a part that failed or is too large to hold whole) is left to fflate, which then
 * gives the usual errors.
 */

type Ctor = new (format: string) => { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> };

function decompressionStream(): Ctor | null {
  const C = (globalThis as { DecompressionStream?: Ctor }).DecompressionStream;
  if (!C) return null;
  try {
    new C('deflate-raw');
    return C;
  } catch {
    return null;
  }
}

/** Parts the reader reads: workbook, relationships, shared strings, styles, worksheets. */
const WANTED = /^(?:_rels\/\.rels|xl\/(?:[^/]+\.xml|_rels\/[^/]+\.rels|worksheets\/[^/]+\.xml))$/i;

async function inflate(C: Ctor, data: Uint8Array, size: number): Promise<Uint8Array | null> {
  try {
    const ds = new C('deflate-raw');
    const writer = ds.writable.getWriter();
    writer.write(data).catch(() => undefined);
    writer.close().catch(() => undefined);
    const reader = ds.readable.getReader();
    const out = new Uint8Array(size);
    let at = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (at + value.length > size) {
        await reader.cancel().catch(() => undefined);
        return null; // more than declared: fflate will say so
      }
      out.set(value, at);
      at += value.length;
    }
    return at === size ? out : null;
  } catch {
    return null;
  }
}

export async function browserCodec(bytes: Uint8Array, limits: ReadLimits): Promise<Codec | undefined> {
  const C = decompressionStream();
  if (!C) return undefined;
  let zip: ZipArchive;
  try {
    zip = ZipArchive.open(bytes, limits);
  } catch {
    return undefined; // the reader will refuse it with the reason
  }
  const done = new Map<number, Uint8Array>();
  let total = 0;
  const jobs: Promise<void>[] = [];
  for (const e of zip.entries) {
    if (e.method !== 8 || !WANTED.test(e.name) || e.flags & 1 || e.size > limits.streamPartsOver) continue;
    if (e.size > limits.ratioCheckOver && e.size > e.compressedSize * limits.maxRatio) continue;
    if ((total += e.size) > limits.maxTotalBytes) break;
    const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    jobs.push(
      inflate(C, data, e.size).then((out) => {
        if (out) done.set(data.byteOffset, out);
      }),
    );
  }
  await Promise.all(jobs);
  return { inflateRaw: (data) => done.get(data.byteOffset) };
}
