import { QUOTE_LIMIT, quoteCell } from './quoteCell';

describe('quoteCell', () => {
  it('keeps short Bengali text as typed, folding line breaks', () => {
    expect(quoteCell('চলমান')).toBe('চলমান');
    expect(quoteCell('  ৩১ জুলাই,\n২০২৩ ')).toBe('৩১ জুলাই, ২০২৩');
  });
  it('clips a 30,000-character cell with an ellipsis', () => {
    const q = quoteCell('১'.repeat(30000));
    expect(q).toHaveLength(QUOTE_LIMIT + 1);
    expect(q.endsWith('…')).toBe(true);
  });
  it('never splits a surrogate pair', () => {
    const q = quoteCell('a'.repeat(QUOTE_LIMIT - 1) + '😀😀');
    expect(q).toBe('a'.repeat(QUOTE_LIMIT - 1) + '…');
  });
});

describe('quoteCell cuts at a word boundary', () => {
  it('never cuts a word or a figure in the middle', () => {
    const text = 'ত্রৈমাসিক প্রতিবেদন প্রেরণ করা হয়েছে, মোট ১২৩৪৫৬ জন শিক্ষার্থী ও শিক্ষক';
    const q = quoteCell(text);
    expect(q.endsWith('…')).toBe(true);
    expect(q.length).toBeLessThanOrEqual(QUOTE_LIMIT + 1);
    const kept = q.slice(0, -1);
    // what is kept is whole words of the text
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length] === ' ' || text[kept.length] === ',').toBe(true);
    expect(kept).not.toMatch(/[,\s]$/);
  });
  it('keeps a long unbroken run to the limit', () => {
    expect(quoteCell('ক'.repeat(10) + ' ' + 'খ'.repeat(60))).toBe('ক'.repeat(10) + ' ' + 'খ'.repeat(QUOTE_LIMIT - 11) + '…');
  });
});
