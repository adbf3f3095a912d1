import { outcomeOf } from './viewState';
import { finding, sampleAnalysis } from './fixtures/analysis';

describe('outcomeOf', () => {
  it('names the four result states', () => {
    const a = sampleAnalysis();
    expect(outcomeOf(a)).toBe('errors');
    expect(outcomeOf({ ...a, findings: a.findings.filter((f) => f.severity === 'warning') })).toBe('warnings');
    expect(outcomeOf({ ...a, findings: [] })).toBe('all-correct');
    expect(outcomeOf({ tables: [], findings: [], fills: [] })).toBe('no-tables');
  });
  it('says "no scored table", never "everything is correct", for a workbook of unscored tables only (an action plan)', () => {
    const a = sampleAnalysis();
    const unscored = a.tables.filter((t) => t.total === null);
    expect(unscored.length).toBeGreaterThan(0);
    expect(outcomeOf({ tables: unscored, findings: [], fills: [] })).toBe('no-scored');
    // Findings still show as findings.
    expect(outcomeOf({ tables: unscored, findings: a.findings.filter((f) => f.severity === 'warning'), fills: [] })).toBe('warnings');
  });
  it('does not call a workbook with findings but no table "no table found": the findings must show', () => {
    const f = finding('Sheet1', 'A1', 'error', 'bad-value', 'পড়া যায়নি', 'Cannot be read');
    expect(outcomeOf({ tables: [], findings: [f], fills: [] })).toBe('errors');
  });
});
