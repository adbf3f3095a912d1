import { concatBytes } from './concatBytes';
import type { ZipArchive, ZipEntry } from './zipArchive';

/** New contents for one entry: raw DEFLATE data plus what the headers must say about it. */
export interface Replacement {
  deflated: Uint8Array;
  crc: number;
  size: number;
}

/**
 * A copy of the archive in which every entry not in `replaced` is copied byte for byte (its local header,
 * data and data descriptor, exactly as stored), and each replaced entry gets new headers and data. The
 * central directory keeps every record's fields (times, attributes, comments) and changes only offsets and,
 * for replaced entries, method, sizes and CRC. Offsets and sizes stay below 4 GiB (the reader's limits), so
 * the copy needs no zip64 records.
 */
export function rewriteZip(zip: ZipArchive, replaced: Map<ZipEntry, Replacement>): Uint8Array {
  const src = zip.bytes;
  const sdv = new DataView(src.buffer, src.byteOffset, src.byteLength);
  const byOffset = [...zip.entries].sort((a, b) => a.localOffset - b.localOffset);
  const parts: Uint8Array[] = [];
  let size = 0;
  const push = (b: Uint8Array): void => {
    parts.push(b);
    size += b.length;
  };
  const newOffset = new Map<ZipEntry, number>();

  if (byOffset.length > 0 && byOffset[0].localOffset > 0) push(src.subarray(0, byOffset[0].localOffset));
  for (const e of byOffset) {
    newOffset.set(e, size);
    const r = replaced.get(e);
    if (!r) {
      push(src.subarray(e.localOffset, e.segmentEnd));
      continue;
    }
    const nameLen = sdv.getUint16(e.localOffset + 26, true);
    const name = src.subarray(e.localOffset + 30, e.localOffset + 30 + nameLen);
    const h = new Uint8Array(30);
    const dv = new DataView(h.buffer);
    dv.setUint32(0, 0x04034b50, true);
    dv.setUint16(4, 20, true); // version needed: deflate
    dv.setUint16(6, sdv.getUint16(e.localOffset + 6, true) & 0x0800, true); // keep only "UTF-8 name"
    dv.setUint16(8, 8, true);
    dv.setUint16(10, sdv.getUint16(e.localOffset + 10, true), true); // time
    dv.setUint16(12, sdv.getUint16(e.localOffset + 12, true), true); // date
    dv.setUint32(14, r.crc, true);
    dv.setUint32(18, r.deflated.length, true);
    dv.setUint32(22, r.size, true);
    dv.setUint16(26, nameLen, true);
    dv.setUint16(28, 0, true);
    push(h);
    push(name);
    push(r.deflated);
  }

  const cdOffset = size;
  for (const e of zip.entries) {
    const rec = src.subarray(e.cdStart, e.cdEnd);
    const nameLen = sdv.getUint16(e.cdStart + 28, true);
    const extraLen = sdv.getUint16(e.cdStart + 30, true);
    const commentLen = sdv.getUint16(e.cdStart + 32, true);
    const r = replaced.get(e);
    const extra = withoutZip64(rec.subarray(46 + nameLen, 46 + nameLen + extraLen));
    const out = new Uint8Array(46 + nameLen + extra.length + commentLen);
    out.set(rec.subarray(0, 46 + nameLen));
    out.set(extra, 46 + nameLen);
    out.set(rec.subarray(46 + nameLen + extraLen), 46 + nameLen + extra.length);
    const dv = new DataView(out.buffer);
    dv.setUint16(30, extra.length, true);
    dv.setUint32(42, newOffset.get(e)!, true);
    dv.setUint16(34, 0, true); // disk number start
    if (r) {
      dv.setUint16(6, Math.max(20, dv.getUint16(6, true) & 0xff), true);
      dv.setUint16(8, dv.getUint16(8, true) & 0x0800, true);
      dv.setUint16(10, 8, true);
      dv.setUint32(16, r.crc, true);
      dv.setUint32(20, r.deflated.length, true);
      dv.setUint32(24, r.size, true);
    } else {
      // Sizes that overflowed into the zip64 field are small enough for the plain fields.
      dv.setUint32(20, e.compressedSize, true);
      dv.setUint32(24, e.size, true);
    }
    push(out);
  }
  const cdSize = size - cdOffset;
  const eocd = new Uint8Array(22 + zip.comment.length);
  const edv = new DataView(eocd.buffer);
  edv.setUint32(0, 0x06054b50, true);
  edv.setUint16(8, zip.entries.length, true);
  edv.setUint16(10, zip.entries.length, true);
  edv.setUint32(12, cdSize, true);
  edv.setUint32(16, cdOffset, true);
  edv.setUint16(20, zip.comment.length, true);
  eocd.set(zip.comment, 22);
  push(eocd);

  return concatBytes(parts, size);
}

/** An extra field with the zip64 block (id 1) removed. */
function withoutZip64(extra: Uint8Array): Uint8Array {
  const dv = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  const keep: Uint8Array[] = [];
  let p = 0;
  let removed = false;
  while (p + 4 <= extra.length) {
    const id = dv.getUint16(p, true);
    const len = dv.getUint16(p + 2, true);
    const end = Math.min(extra.length, p + 4 + len);
    if (id === 1) removed = true;
    else keep.push(extra.subarray(p, end));
    p = end;
  }
  if (!removed) return extra;
  const out = new Uint8Array(keep.reduce((n, k) => n + k.length, 0));
  let at = 0;
  for (const k of keep) {
    out.set(k, at);
    at += k.length;
  }
  return out;
}
