/**
 * What kind of file the bytes are, judged from the magic numbers, before handing them to a zip reader:
 * a zip library's error for a Word-exported text file or a password-protected workbook is meaningless to a clerk.
 */
export type Container = 'empty' | 'zip' | 'cfb-encrypted' | 'cfb' | 'other';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, CFB_MAGIC)) {
    // Excel saves a password-protected .xlsx as an OLE compound file with an "EncryptedPackage" stream;
    // any other compound file is an old .xls (or .doc).
    return containsUtf16(bytes, 'EncryptedPackage') ? 'cfb-encrypted' : 'cfb';
  }
  // PK\3\4 (local file header) or PK\5\6 (an empty zip's end record).
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) return 'zip';
  return 'other';
}

/** True when a zip holds an entry whose name is `name` (searched in the raw bytes: names are stored as plain text). */
export function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  return indexOfAscii(bytes, name) >= 0;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

function indexOfAscii(bytes: Uint8Array, text: string): number {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < text.length; j++) {
      if (bytes[i + 2 * j] !== text.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}
