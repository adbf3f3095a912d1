import { serialFromYMD } from '../dates/serial';
import { readCell } from './readCell';
import type { Reading, UnitKind } from './types';

const d = serialFromYMD;
const num = (value: number, percent = false): Reading => ({ kind: 'number', value, percent });
const clashOf = (r: Reading) => (r.kind === 'bad' ? r.clash ?? null : null);

// apa-rules: "A value whose kind contradicts the unit (a percentage or a date in a count row, a number in a
// date row) is bad-value: the row is not scored. A percentage is a figure only in a % row."
describe('a percentage where the unit says count, date, days, lakh, marks or count-and-date', () => {
  it.each<UnitKind>(['count', 'date', 'days', 'lakh', 'marks', 'count-date'])('"১০০%" in a %s row is a contradiction, not 100', (unit) => {
    const r = readCell('১০০%', null, unit);
    expect(r.kind).toBe('bad');
    expect(clashOf(r)).toEqual({ unit, found: 'percent', value: '100%' });
  });

  it('says what to write in its reason', () => {
    const r = readCell('১০০%', null, 'count');
    expect(r.kind === 'bad' && r.reason).toEqual({ bn: "একক 'সংখ্যা': সংখ্যা লিখুন, ১০০% নয়", en: 'unit is count: write a number, not 100%' });
  });

  it('is the same for "৮০ %", "৮০ শতাংশ" and a %-formatted number (Excel stores 1 and shows 100%)', () => {
    expect(clashOf(readCell('৮০ %', null, 'count'))?.found).toBe('percent');
    expect(clashOf(readCell('৮০ শতাংশ', null, 'count'))?.found).toBe('percent');
    expect(clashOf(readCell(1, '0%', 'count'))).toEqual({ unit: 'count', found: 'percent', value: '100%' });
  });

  it('keeps a percentage in a % row, without a unit and with an unknown unit', () => {
    expect(readCell('১০০%', null, 'percent')).toEqual(num(100, true));
    expect(readCell('১০০%', null, null)).toEqual(num(100, true));
    expect(readCell('১০০%', null, 'unknown')).toEqual(num(100, true));
    expect(readCell(0.97, '0%', 'percent')).toEqual(num(97, true));
    // 80 meaning 80% is normal in a % row
    expect(readCell('৮০', null, 'percent')).toEqual(num(80));
  });

  it('reads 0% as 0 in any row (nothing achieved is nothing, whatever the unit)', () => {
    expect(readCell('০%', null, 'count')).toEqual(num(0));
    expect(readCell(0, '0%', 'count')).toEqual(num(0));
  });
});

describe('a number in a date row, a date in a count row', () => {
  it('a plain number in a date row (other than 0 and a date serial) is a contradiction', () => {
    expect(clashOf(readCell('৪', null, 'date'))).toEqual({ unit: 'date', found: 'number', value: '৪' });
    expect(clashOf(readCell('৫০ জন', null, 'date'))?.found).toBe('number');
    expect(readCell(45504, null, 'date')).toEqual({ kind: 'date', serial: 45504 });
  });

  it.each<UnitKind>(['count', 'days', 'lakh', 'marks'])('a date in a %s row is a contradiction naming the date', (unit) => {
    expect(clashOf(readCell('৩১/০৭/২৩', null, unit))).toEqual({ unit, found: 'date', value: '31/07/23' });
    expect(clashOf(readCell('২৮-০৩- ২৪ ৩য় শ্রেষ্ঠ নির্বাচিত', null, unit))).toEqual({ unit, found: 'date', value: '28-03- 24' });
    expect(clashOf(readCell(d(2024, 7, 31), 'dd/mm/yyyy', unit))).toEqual({ unit, found: 'date', value: '31/07/2024' });
  });

  it('several dates without a stated count in a count row are dates, not a count', () => {
    expect(clashOf(readCell('১০/০৭/২৪, ১৫/১০/২৪', null, 'count'))).toEqual({ unit: 'count', found: 'dates', value: '10/07/24, 15/10/24' });
  });

  it('a stated count with its dates stays a count in a count row (the dates are evidence)', () => {
    expect(readCell('২ ও ১০/০৭/২৪', null, 'count')).toEqual({ kind: 'count-date', count: 2, dates: [d(2024, 7, 10)] });
  });

  it('a count-and-date row takes counts, dates and both', () => {
    expect(readCell('৩', null, 'count-date')).toEqual(num(3));
    expect(readCell('৩১/০৭/২৪', null, 'count-date')).toEqual({ kind: 'count-date', count: 1, dates: [d(2024, 7, 31)] });
    expect(readCell('১ ও ৩১/০৭/ ২৩', null, 'count-date')).toEqual({ kind: 'count-date', count: 1, dates: [d(2023, 7, 31)] });
  });

  it('a date row keeps dates, and a count beside them', () => {
    expect(readCell('৩১/০৭/২৪', null, 'date')).toEqual({ kind: 'date', serial: d(2024, 7, 31) });
    expect(readCell('১ ও ৩১/০৭/২৪', null, 'date')).toEqual({ kind: 'count-date', count: 1, dates: [d(2024, 7, 31)] });
  });
});

describe('counts with dates, and an impossible date among them', () => {
  const target = '৪ ও ৩১/০৭/২০২৩ ৩১/১০/২০২৩ ৩১/০১/২০২৪ ৩০/০৪/২০২৪';

  it('reads the annual target "৪ ও <4 dates>" as count 4 with its dates', () => {
    expect(readCell(target, null, 'count-date')).toEqual({
      kind: 'count-date',
      count: 4,
      dates: [d(2023, 7, 31), d(2023, 10, 31), d(2024, 1, 31), d(2024, 4, 30)],
    });
  });

  it('reads "৩১-৭ ২০২৩" as 31 July 2023, alone and among others', () => {
    expect(readCell('৩১-৭ ২০২৩', null, 'date')).toEqual({ kind: 'date', serial: d(2023, 7, 31) });
    expect(readCell('২ ও ৩১-৭ ২০২৩ ৩১-১০ ২০২৩', null, 'count-date')).toEqual({ kind: 'count-date', count: 2, dates: [d(2023, 7, 31), d(2023, 10, 31)] });
  });

  it('keeps the stated count and the real dates, and names exactly the impossible one', () => {
    const r = readCell('৪ ও ৩১/০৭/২০২৩ ৩১/১০/২০২৩ ৩১/০১/২০২৪ ৩১/০৪/২০২৪', null, 'count-date');
    expect(r).toEqual({
      kind: 'count-date',
      count: 4,
      dates: [d(2023, 7, 31), d(2023, 10, 31), d(2024, 1, 31)],
      impossible: { bn: '৩১/০৪/২০২৪ তারিখটি হয় না: এপ্রিল ৩০ দিনের', en: '31/04/2024 is not a date: April has 30 days' },
    });
  });

  it('reads nothing when the count would be the number of dates written (is the impossible one an achievement?)', () => {
    const r = readCell('৩১/০৭/২০২৩ ৩১/১০/২০২৩ ৩১/০৪/২০২৪', null, 'count-date');
    expect(r.kind).toBe('bad');
    expect(r.kind === 'bad' && r.reason.en).toBe('31/04/2024 is not a date: April has 30 days');
  });

  it('reads nothing in a date row, where the dates are the figure', () => {
    const r = readCell('১ ও ৩১/০৪/২০২৪', null, 'date');
    expect(r.kind === 'bad' && r.reason.en).toBe('31/04/2024 is not a date: April has 30 days');
  });

  it('names each impossible date once', () => {
    const r = readCell('৩ ও ৩০/০২/২৪ ৩১/০৬/২৪ ১০/০৭/২৪', null, 'count-date');
    expect(r.kind === 'count-date' && r.impossible?.en).toBe('30/02/24 is not a date: February 2024 has 29 days; 31/06/24 is not a date: June has 30 days');
  });
});
