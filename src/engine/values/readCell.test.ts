import { serialFromYMD } from '../dates/serial';
import { readCell } from './readCell';
import type { Reading } from './types';

const d = serialFromYMD;
const num = (value: number, percent = false): Reading => ({ kind: 'number', value, percent });

describe('readCell: numbers as clerks write them', () => {
  it.each<[string, Reading]>([
    ['১২', num(12)],
    ['.৫০', num(0.5)],
    ['১২.০০', num(12)],
    ['১,২০০', num(1200)],
    ['১,০০,০০০', num(100000)],
    [' <b>২৪০</b> ', num(240)],
    ['**২১৬**', num(216)],
    ['৮০%', num(80, true)],
    ['৮০ %', num(80, true)],
    ['৯৭.৫%', num(97.5, true)],
    ['৮০ শতাংশ', num(80, true)],
    ['৫০ জন', num(50)],
    ['৩টি', num(3)],
    ['২ টা', num(2)],
    ['১৫ দিন', num(15)],
  ])('%p', (text, expected) => {
    expect(readCell(text)).toEqual(expected);
  });

  it('accepts lakh only in a lakh row', () => {
    expect(readCell('২.৫ লক্ষ', null, 'lakh')).toEqual(num(2.5));
    expect(readCell('২.৫ লক্ষ', null, 'count').kind).toBe('bad');
  });

  it('keeps numbers, and reads % formats on the percent scale', () => {
    expect(readCell(4.375)).toEqual(num(4.375));
    expect(readCell(0.97, '0%')).toEqual(num(97, true));
    expect(readCell(0.8, '0.00%')).toEqual(num(80, true));
    expect(readCell(0.8, 'General')).toEqual(num(0.8));
    expect(readCell(0.8, '"%"0')).toEqual(num(0.8)); // a literal % is not a percent format
  });
});

describe('readCell: not applicable, blank, errors', () => {
  it.each(['-', '--', ' — ', '–', 'প্রযোজ্য নয়', 'প্রযোজ্য নয়', 'N/A', 'NA', 'n/a'])('%p → na', (text) => {
    expect(readCell(text)).toEqual({ kind: 'na' });
  });

  it.each([null, '', '   ', '<b></b>', '\u00A0'])('%p → blank', (v) => {
    expect(readCell(v)).toEqual({ kind: 'blank' });
  });

  it.each(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'])('error text %p → bad naming it', (text) => {
    const r = readCell(text);
    expect(r.kind).toBe('bad');
    if (r.kind !== 'bad') return;
    expect(r.reason.en).toContain(text);
    expect(r.reason.bn).toContain(text);
  });

  it('reads CellError objects as bad with the meaning in both languages', () => {
    const r = readCell({ error: '#DIV/0!' });
    expect(r).toMatchObject({ kind: 'bad', raw: '#DIV/0!' });
    if (r.kind === 'bad') {
      expect(r.reason.en).toContain('division by zero');
      expect(r.reason.bn).toContain('শূন্য দিয়ে ভাগ');
    }
  });

  it.each(['এক', '১২অ', 'সম্পন্ন', '৩১/০৭', '১ ২', 'চলমান'])('%p → bad, never zero', (text) => {
    const r = readCell(text);
    expect(r.kind).toBe('bad');
    if (r.kind === 'bad') {
      expect(r.raw).toBe(text);
      expect(r.reason.bn.length).toBeGreaterThan(0);
      expect(r.reason.en).toContain('cannot be read');
    }
  });

  it('reads booleans and non-finite numbers as bad', () => {
    expect(readCell(true).kind).toBe('bad');
    expect(readCell(NaN).kind).toBe('bad');
    expect(readCell(Infinity, '0%').kind).toBe('bad');
  });
});

describe('readCell: dates', () => {
  it.each<[string, number]>([
    ['২৭-১২-২০২৩', d(2023, 12, 27)],
    ['৩১/০৭/২৩', d(2023, 7, 31)],
    ['১২.১২.২৪', d(2024, 12, 12)],
    ['১৬-০৩- ২০২৪', d(2024, 3, 16)],
    ['৩১ জুলাই, ২০২৩', d(2023, 7, 31)],
    ['২৮-০৩- ২৪ ৩য় শ্রেষ্ঠ নির্বাচিত', d(2024, 3, 28)],
  ])('%p → date', (text, serial) => {
    expect(readCell(text)).toEqual({ kind: 'date', serial });
  });

  it('reads a date-formatted serial as a date where the unit allows a date', () => {
    expect(readCell(45504, 'dd/mm/yyyy')).toEqual({ kind: 'date', serial: 45504 });
    expect(readCell(45504.5, '[$-445]d/m/yyyy;@')).toEqual({ kind: 'date', serial: 45504 });
    expect(readCell(45504, 'd-mmm-yy', 'date')).toEqual({ kind: 'date', serial: 45504 });
    expect(readCell(45504, 'd-mmm-yy', 'unknown')).toEqual({ kind: 'date', serial: 45504 });
    expect(readCell(0.5, 'h:mm')).toEqual(num(0.5)); // a time is not a day
  });

  it('reads a real Excel date in a count-and-date row as one dated achievement', () => {
    expect(readCell(45504, 'dd/mm/yyyy', 'count-date')).toEqual({ kind: 'count-date', count: 1, dates: [45504] });
    const js = new Date(Date.UTC(2024, 6, 31)) as unknown as string;
    expect(readCell(js, null, 'count-date')).toEqual({ kind: 'count-date', count: 1, dates: [45504] });
  });

  it('reads a date-formatted number in a count row as a contradiction, naming the date shown', () => {
    const r = readCell(45504, 'd-mmm-yy', 'count');
    expect(r).toMatchObject({ kind: 'bad', clash: { unit: 'count', found: 'date', value: '31/07/2024' } });
  });

  it('reads a plausible serial as a date in a date row even when the format was lost', () => {
    expect(readCell(45504, 'General', 'date')).toEqual({ kind: 'date', serial: 45504 });
    expect(readCell('৪৫৫০৪', null, 'date')).toEqual({ kind: 'date', serial: 45504 });
    expect(readCell(45504, 'General', 'count')).toEqual(num(45504));
  });

  it('reads any other number in a date row as a contradiction, except 0 (nothing done)', () => {
    expect(readCell(12, null, 'date')).toMatchObject({ kind: 'bad', clash: { unit: 'date', found: 'number', value: '12' } });
    expect(readCell('১', null, 'date')).toMatchObject({ kind: 'bad', clash: { unit: 'date', found: 'number', value: '১' } });
    expect(readCell('০', null, 'date')).toEqual(num(0));
    expect(readCell(0, null, 'date')).toEqual(num(0));
  });

  it('converts JS Date objects an adapter may pass', () => {
    const value = new Date(Date.UTC(2024, 6, 31)) as unknown as string;
    expect(readCell(value)).toEqual({ kind: 'date', serial: d(2024, 7, 31) });
  });

  it('reads impossible days as bad, never as the next month', () => {
    const r = readCell('৩১/০২/২০২৪');
    expect(r.kind).toBe('bad');
    if (r.kind === 'bad') {
      expect(r.reason.en).toBe('31/02/2024 is not a date: February 2024 has 29 days');
      expect(r.reason.bn).toBe('৩১/০২/২০২৪ তারিখটি হয় না: ২০২৪ সালের ফেব্রুয়ারি ২৯ দিনের');
    }
  });

  it('never reads numbers month-first', () => {
    expect(readCell('০৩/১২/২০২৪')).toEqual({ kind: 'date', serial: d(2024, 12, 3) });
    expect(readCell('১২/৩১/২০২৪').kind).toBe('bad');
  });
});

describe('readCell: counts with dates', () => {
  it('reads "১ ও ৩১/০৭/ ২৩" as one achievement dated 31 July 2023', () => {
    expect(readCell('১ ও ৩১/০৭/ ২৩')).toEqual({ kind: 'count-date', count: 1, dates: [d(2023, 7, 31)] });
  });

  it('reads several dates as several dated achievements', () => {
    expect(readCell('১০/০৭/২৪, ১৫/১০/২৪\n২০/০১/২৫')).toEqual({
      kind: 'count-date',
      count: 3,
      dates: [d(2024, 7, 10), d(2024, 10, 15), d(2025, 1, 20)],
    });
  });

  it('reads a lone date in a count-and-date row as one achievement', () => {
    expect(readCell('৩১/০৭/২৪', null, 'count-date')).toEqual({ kind: 'count-date', count: 1, dates: [d(2024, 7, 31)] });
  });

  it('refuses a date with two numbers beside it', () => {
    expect(readCell('১ ও ২ ৩১/০৭/২৩').kind).toBe('bad');
  });
});

describe('readCell never throws', () => {
  it('on odd values', () => {
    const odd: unknown[] = [undefined, {}, [], Symbol.iterator.toString(), '％', '\u0000', '#', '%', '৳ ৫০০'];
    for (const v of odd) expect(() => readCell(v as string)).not.toThrow();
  });
});
