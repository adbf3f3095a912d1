import { classifyMethod } from './classifyMethod';
import { defaultMethod } from './defaultMethod';

describe('classifyMethod', () => {
  it.each([
    ['সমষ্টি', 'sum'],
    [' সমষ্টি ', 'sum'],
    ['Sum', 'sum'],
    ['Total', 'sum'],
    ['গড়', 'average'],
    ['গড\u09BC', 'average'], // ড় written as ড + nukta
    ['Average', 'average'],
    ['Mean', 'average'],
    ['ক্রমপুঞ্জিভূত', 'cumulative'],
    ['ক্রমপুঞ্জীভূত', 'cumulative'],
    ['Cumulative', 'cumulative'],
    ['তারিখ', 'date'],
    ['Date', 'date'],
  ])('%p → %s', (text, kind) => {
    expect(classifyMethod(text)).toBe(kind);
  });

  it.each([null, '', '-', 'সংখ্যা', 42, { error: '#N/A' }])('%p is not a method', (v) => {
    expect(classifyMethod(v as never)).toBeNull();
  });
});

describe('defaultMethod', () => {
  it('counts sum, percentages average, dates earliest, marks cumulative', () => {
    expect(defaultMethod('count')).toBe('sum');
    expect(defaultMethod('percent')).toBe('average');
    expect(defaultMethod('date')).toBe('date');
    expect(defaultMethod('marks')).toBe('cumulative');
    expect(defaultMethod('days')).toBe('average');
    expect(defaultMethod('count-date')).toBe('sum');
    expect(defaultMethod('lakh')).toBe('sum');
    expect(defaultMethod(null)).toBe('sum');
    expect(defaultMethod('unknown')).toBe('sum');
  });
});
