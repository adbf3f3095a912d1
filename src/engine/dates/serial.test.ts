import { isRealDate, serialFromJsDate, serialFromYMD, ymdFromSerial } from './serial';

describe('Excel 1900 serials', () => {
  it('matches serials Excel shows for real APA dates', () => {
    expect(serialFromYMD(2024, 7, 31)).toBe(45504);
    expect(serialFromYMD(2023, 12, 27)).toBe(45287);
    expect(serialFromYMD(1900, 1, 1)).toBe(1);
    expect(serialFromYMD(1900, 2, 28)).toBe(59);
    expect(serialFromYMD(1900, 3, 1)).toBe(61);
  });

  it('round-trips every day of 2023-2026', () => {
    for (let s = serialFromYMD(2023, 1, 1); s <= serialFromYMD(2026, 12, 31); s++) {
      const { y, m, d } = ymdFromSerial(s);
      expect(serialFromYMD(y, m, d)).toBe(s);
    }
  });

  it("knows Excel's fictitious 29 Feb 1900 and drops the time of day", () => {
    expect(ymdFromSerial(60)).toEqual({ y: 1900, m: 2, d: 29 });
    expect(ymdFromSerial(45504.75)).toEqual({ y: 2024, m: 7, d: 31 });
  });

  it('rejects impossible days instead of rolling over', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(2024, 2, 31)).toBe(false);
    expect(isRealDate(2024, 13, 1)).toBe(false);
    expect(serialFromYMD(2024, 2, 31)).toBeNaN();
  });

  it('converts JS Dates from adapters (UTC midnight, or local midnight)', () => {
    expect(serialFromJsDate(new Date(Date.UTC(2024, 6, 31)))).toBe(45504);
    expect(serialFromJsDate(new Date(2024, 6, 31))).toBe(45504);
    expect(serialFromJsDate(new Date(NaN))).toBeNull();
  });
});
