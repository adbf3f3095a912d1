import { inflateSync } from 'fflate';
import { DEFAULT_LIMITS } from '../../../src/xlsx/limits';
import { ZipArchive, type ZipEntry } from '../../../src/xlsx/zip/zipArchive';

/** One package's entries: name → the stored bytes (local header + data + descriptor) and the inflated part. */
export interface EntryBytes {
  name: string;
  stored: Uint8Array;
  /** The central directory record minus its offset field. */
  central: Uint8Array;
  content: Uint8Array;
}

export function entriesOf(bytes: Uint8Array): EntryBytes[] {
  const zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
  return zip.entries.map((e: ZipEntry) => {
    const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    const central = bytes.slice(e.cdStart, e.cdEnd);
    central.fill(0, 42, 46);
    return { name: e.name, stored: bytes.subarray(e.localOffset, e.segmentEnd), central, content: e.method === 0 ? data : inflateSync(data) };
  });
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Names of the entries whose stored bytes differ between two packages (plus entries added, removed or
 * reordered, reported as such). An entry listed as same is byte-identical: header, compressed data,
 * descriptor and central directory record (bar its offset).
 */
export function changedEntries(before: Uint8Array, after: Uint8Array): string[] {
  const a = entriesOf(before);
  const b = entriesOf(after);
  const out: string[] = [];
  if (a.map((e) => e.name).join('\n') !== b.map((e) => e.name).join('\n')) out.push('(entry list or order changed)');
  for (const e of a) {
    const f = b.find((x) => x.name === e.name);
    if (!f) out.push(`${e.name} (removed)`);
    else if (!same(e.stored, f.stored) || !same(e.central, f.central)) out.push(e.name);
  }
  for (const f of b) if (!a.some((e) => e.name === f.name)) out.push(`${f.name} (added)`);
  return out;
}

export function partText(bytes: Uint8Array, name: string): string {
  const e = entriesOf(bytes).find((x) => x.name === name);
  if (!e) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(e.content);
}

/**
 * A sheet's XML with the given cells' <c> elements removed (and rows left empty by that), so a filled
 * copy and its original can be compared everywhere else. `<dimension>` is normalised too when asked.
 */
export function withoutCells(xml: string, cells: string[], dropDimension = false): string {
  let s = xml;
  for (const addr of cells) {
    s = s.replace(new RegExp(`<(\\w+:)?c r="${addr}"(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</(\\w+:)?c>)`), '');
  }
  s = s.replace(/<(\w+:)?row r="\d+">\s*<\/(\w+:)?row>/g, '');
  if (dropDimension) s = s.replace(/<(\w+:)?dimension ref="[^"]*"\s*\/>/, '');
  return s;
}
