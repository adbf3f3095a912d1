import { encryptedCfb } from '../../test/fixtures/xlsx/badFiles';
import { sniffContainer, zipHasEntry } from './sniffContainer';

describe('sniffContainer', () => {
  test('0 bytes is empty', () => {
    expect(sniffContainer(new Uint8Array(0))).toBe('empty');
  });
  test('a zip local header (PK\\3\\4) and an empty zip (PK\\5\\6) are zips', () => {
    expect(sniffContainer(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0]))).toBe('zip');
    expect(sniffContainer(new Uint8Array([0x50, 0x4b, 5, 6, 0, 0]))).toBe('zip');
  });
  test('a compound file naming EncryptedPackage is a password-protected workbook', () => {
    expect(sniffContainer(encryptedCfb(true))).toBe('cfb-encrypted');
  });
  test('a compound file without it is an old .xls, not a protected .xlsx', () => {
    expect(sniffContainer(encryptedCfb(false))).toBe('cfb');
  });
  test('Bengali text saved as .xlsx is neither', () => {
    expect(sniffContainer(new TextEncoder().encode('কর্মসম্পাদন সূচক\tএকক'))).toBe('other');
    expect(sniffContainer(new TextEncoder().encode('P'))).toBe('other');
  });
  test('zipHasEntry finds a stored entry name and nothing else', () => {
    const bytes = new TextEncoder().encode('PK\x03\x04....xl/workbook.xml....');
    expect(zipHasEntry(bytes, 'xl/workbook.xml')).toBe(true);
    expect(zipHasEntry(bytes, 'word/document.xml')).toBe(false);
  });
});
