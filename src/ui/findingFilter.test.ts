import { findingSheets, shows } from './findingFilter';
import { sampleAnalysis } from './fixtures/analysis';

describe('finding filters', () => {
  const { findings } = sampleAnalysis();
  it('keeps the chosen severity and sheet only', () => {
    expect(findings.filter((f) => shows({ severity: 'error', sheet: null }, f)).map((f) => f.cell)).toEqual(['U10', 'V9', 'S52']);
    expect(findings.filter((f) => shows({ severity: 'warning', sheet: 'সেকশন ৩' }, f)).map((f) => f.cell)).toEqual(['T12']);
    expect(findings.filter((f) => shows({ severity: 'all', sheet: null }, f))).toHaveLength(findings.length);
  });
  it('lists each sheet with findings once', () => {
    expect(findingSheets(findings)).toEqual(['সেকশন ৩', 'সংযোজনী ৪-৮', 'সংযোজনী ১']);
  });
});
