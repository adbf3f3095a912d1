import { cellAddress, columnLetters, parseCellAddress, rangeAddress } from './a1';

describe('A1 notation', () => {
  it('names columns past Z', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(701)).toBe('ZZ');
    expect(columnLetters(702)).toBe('AAA');
  });
  it('round-trips addresses', () => {
    for (const [r, c] of [[0, 0], [9, 21], [1048575, 16383]]) {
      expect(parseCellAddress(cellAddress(r, c))).toEqual({ row: r, col: c });
    }
    expect(parseCellAddress('$B$7')).toEqual({ row: 6, col: 1 });
    expect(parseCellAddress('B0')).toBeNull();
    expect(parseCellAddress('মোট')).toBeNull();
  });
  it('writes ranges', () => {
    expect(rangeAddress(3, 0, 17, 21)).toBe('A4:V18');
    expect(rangeAddress(3, 0, 3, 0)).toBe('A4');
  });
});
