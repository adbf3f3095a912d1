/**
 * What the first bytes say a file is. An .xlsx is a zip ("PK\x03\x04"); a password-protected .xlsx (and an
 * old .xls) is an OLE compound file (D0 CF 11 E0). Used only to word the error when reading fails.
 */
export type FileSniff = 'zip' | 'ole' | 'empty' | 'other';

export function sniffFile(bytes: Uint8Array): FileSniff {
  if (bytes.length === 0) return 'empty';
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  return 'other';
}
