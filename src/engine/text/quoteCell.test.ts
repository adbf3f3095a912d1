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
