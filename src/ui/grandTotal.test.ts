import { grandTotal } from './grandTotal';
import { acronyms, egov, integrity, sampleAnalysis, section3 } from './fixtures/analysis';

describe('grandTotal', () => {
  it('is the Section 3 total when Section 3 is there (annex nets are already inside it)', () => {
    expect(grandTotal(sampleAnalysis())).toEqual({ total: 81.375, max: 100, basis: 'section3' });
  });

  it('adds annex nets out of their Section 3 weights when only annexes were found', () => {
    const g = grandTotal({ tables: [integrity, egov, acronyms], findings: [], fills: [] });
    expect(g?.basis).toBe('annexes');
    expect(g?.total).toBeCloseTo(13.9, 10);
    expect(g?.max).toBe(20);
  });

  it('adds Section 3 parts when the plan is split over two tables', () => {
    const own = { ...section3, total: 60, max: 70 };
    const gov = { ...section3, range: 'A30:V40', total: 25.5, max: 30 };
    expect(grandTotal({ tables: [own, gov], findings: [], fills: [] })).toEqual({ total: 85.5, max: 100, basis: 'section3' });
  });

  it('is null when nothing scored was found', () => {
    expect(grandTotal({ tables: [acronyms], findings: [], fills: [] })).toBeNull();
  });
});
