import { filledName } from './filledName';
import { readErrorMessage } from './readErrorMessage';
import { sniffFile } from './sniffFile';

describe('readErrorMessage', () => {
  it('words each reader failure reason in both languages', () => {
    const enc = readErrorMessage(Object.assign(new Error('encrypted'), { reason: 'encrypted' }));
    expect(enc.bn).toContain('পাসওয়ার্ড');
    expect(enc.en).toContain('password-protected');
    expect(readErrorMessage({ reason: 'not-xlsx' }).en).toContain('not an .xlsx');
    expect(readErrorMessage({ reason: 'corrupt' }).bn).toContain('নষ্ট');
  });
  it("prefers the reader's own bilingual message", () => {
    const own = { bn: 'ফাইলটি পুরনো .xls ফরম্যাটে', en: 'the file is in the old .xls format' };
    const shown = { bn: 'ফাইলটি পুরনো .xls ফরম্যাটে।', en: 'The file is in the old .xls format.' };
    expect(readErrorMessage({ reason: 'not-xlsx', messages: own })).toEqual(shown);
    expect(readErrorMessage({ reason: 'not-xlsx', bilingual: shown })).toEqual(shown);
  });
  it('never passes a raw exception text to the clerk', () => {
    const m = readErrorMessage(new SyntaxError('Unexpected token < in JSON'));
    expect(m.en).not.toContain('Unexpected');
    expect(m.bn.length).toBeGreaterThan(0);
    expect(readErrorMessage(undefined)).toEqual(m);
  });
});

describe('sniffFile', () => {
  it('tells zip, OLE (protected xlsx or old xls), empty and anything else apart', () => {
    expect(sniffFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe('zip');
    expect(sniffFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toBe('ole');
    expect(sniffFile(new Uint8Array())).toBe('empty');
    expect(sniffFile(new TextEncoder().encode('কর্মসম্পাদন সূচক\tএকক'))).toBe('other');
  });
});

describe('filledName', () => {
  it('keeps the Bengali file name and marks the copy', () => {
    expect(filledName('এপিএ ২০২৪-২৫.xlsx')).toBe('এপিএ ২০২৪-২৫-filled.xlsx');
    expect(filledName('Birganj.XLSX')).toBe('Birganj-filled.xlsx');
    expect(filledName('.xlsx')).toBe('apa-filled.xlsx');
  });
});
