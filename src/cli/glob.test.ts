import { hasGlobMagic, matchSegment, splitGlob } from './glob';

const names = (pattern: string, list: string[]): string[] => {
  const g = splitGlob(pattern);
  const seg = g.segments[g.segments.length - 1];
  return list.filter((n) => matchSegment(seg, n));
};

describe('glob', () => {
  test('the fixed folder is split off, POSIX, Windows and drive-letter spellings alike', () => {
    expect(splitGlob('reports/*.xlsx').base).toBe('reports');
    expect(splitGlob('reports\\২০২৪\\*.xlsx').base).toBe('reports/২০২৪');
    expect(splitGlob('C:\\APA\\*.xlsx').base).toBe('C:/APA');
    expect(splitGlob('C:\\*.xlsx').base).toBe('C:/');
    expect(splitGlob('/srv/apa/**/*.xlsx')).toMatchObject({ base: '/srv/apa', segments: [{ kind: 'any-depth' }, { kind: 'name' }] });
    expect(splitGlob('*.xlsx').base).toBe('');
  });
  test('* ? [..] [!..] {a,b}, case-insensitive like Windows; regex characters are literal', () => {
    const files = ['বাগাতিপাড়া.xlsx', 'লালপুর.XLSX', 'লালপুর.xls', 'a+b (1).xlsx', 'উপজেলা-১.xlsx', 'উপজেলা-২.xlsx', 'উপজেলা-১০.xlsx'];
    expect(names('*.xlsx', files)).toEqual(['বাগাতিপাড়া.xlsx', 'লালপুর.XLSX', 'a+b (1).xlsx', 'উপজেলা-১.xlsx', 'উপজেলা-২.xlsx', 'উপজেলা-১০.xlsx']);
    expect(names('উপজেলা-?.xlsx', files)).toEqual(['উপজেলা-১.xlsx', 'উপজেলা-২.xlsx']);
    expect(names('উপজেলা-[১২].xlsx', files)).toEqual(['উপজেলা-১.xlsx', 'উপজেলা-২.xlsx']);
    expect(names('উপজেলা-[!১]*.xlsx', files)).toEqual(['উপজেলা-২.xlsx']);
    expect(names('{বাগাতিপাড়া,লালপুর}.xls*', files)).toEqual(['বাগাতিপাড়া.xlsx', 'লালপুর.XLSX', 'লালপুর.xls']);
    expect(names('a+b (?).xlsx', files)).toEqual(['a+b (1).xlsx']);
  });
  test('hidden names only when the pattern asks for them', () => {
    expect(names('*.xlsx', ['.গোপন.xlsx', 'খোলা.xlsx'])).toEqual(['খোলা.xlsx']);
    expect(names('.*.xlsx', ['.গোপন.xlsx', 'খোলা.xlsx'])).toEqual(['.গোপন.xlsx']);
  });
  test('what is a pattern', () => {
    expect(hasGlobMagic('reports/*.xlsx')).toBe(true);
    expect(hasGlobMagic('উপজেলা [২০২৪].xlsx')).toBe(true); // tried as a file first by expandInputs
    expect(hasGlobMagic('reports/বাগাতিপাড়া.xlsx')).toBe(false);
  });
});
