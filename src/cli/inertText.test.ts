import { inertLines, inertText } from './inertText';

describe('inertText', () => {
  test('an OSC retitle and a clear-screen sequence quoted from a claimed cell print as visible escapes', () => {
    const cell = '\u001b]0;hacked\u0007\u001b[2J৪.৫';
    const shown = inertText(`দাবীকৃত নম্বর "${cell}" পড়া যায়নি`);
    expect(shown).toBe('দাবীকৃত নম্বর "\\x1b]0;hacked\\x07\\x1b[2J৪.৫" পড়া যায়নি');
    expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
  test('C1 controls (CSI U+009B, NEL U+0085) and DEL are escaped too', () => {
    expect(inertText('a\u009b2Jb\u0085c\u007fd')).toBe('a\\x9b2Jb\\x85c\\x7fd');
    expect(inertText('\u0000\u0080\u009f')).toBe('\\x00\\x80\\x9f');
  });
  test('tab and line breaks inside a cell are escaped: one finding stays one line', () => {
    expect(inertText('১ম\tকোয়ার্টার\r\nঅগ্রগতি')).toBe('১ম\\x09কোয়ার্টার\\x0d\\x0aঅগ্রগতি');
  });
  test('bidi overrides, isolates and marks are shown as code points', () => {
    expect(inertText('invoice\u202Excod.xlsx')).toBe('invoice<U+202E>xcod.xlsx');
    expect(inertText('\u2066a\u2069\u200F\u061C')).toBe('<U+2066>a<U+2069><U+200F><U+061C>');
  });
  test('Bengali text with ZWJ/ZWNJ, vowel signs, NBSP and ordinary punctuation is unchanged (same string)', () => {
    const bn = 'র\u200D্যাব, কর্মসম্পাদন\u00A0সূচক [১.১.১] ৮০% — “মোট”';
    expect(inertText(bn)).toBe(bn);
  });
  test('inertLines keeps the report\'s own line breaks', () => {
    expect(inertLines('ফাইল: a\u001b.xlsx\nসারণি:')).toBe('ফাইল: a\\x1b.xlsx\nসারণি:');
  });
});
