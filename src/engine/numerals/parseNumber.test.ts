import { parseNumber } from './parseNumber';

describe('parseNumber', () => {
  it.each([
    ['১২', 12],
    ['12', 12],
    ['১2', 12],
    ['.৫০', 0.5],
    ['১২.০০', 12],
    ['১২.', 12],
    ['২৯.৫', 29.5],
    ['১,২০০', 1200],
    ['১,০০,০০০', 100000],
    ['1,200,000', 1200000],
    ['-৫', -5],
    ['- ৫', -5],
    ['+3', 3],
    ['\u2212২', -2],
    ['  ২৪০  ', 240],
    ['\u00A0২১৬\u00A0', 216],
    ['<b>২৫</b>', 25],
    ['**১০**', 10],
    ['০', 0],
    ['-0', 0],
  ])('%s → %d', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each(['', ' ', '-', '.', '৮০%', '৮০ %', '১,২', '১২,৩৪', '১২অ', 'এক', '৫০ জন', '১ ২', '1.2.3', '৩১/০৭/২৩', '#N/A', '1e5', 'NaN', 'Infinity'])(
    'rejects %p',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );

  it('never returns -0', () => {
    expect(Object.is(parseNumber('-০.০'), 0)).toBe(true);
  });
});
