import { groupFindings } from './groupFindings';
import { egov, finding, integrity, sampleAnalysis, section3 } from './fixtures/analysis';

describe('groupFindings', () => {
  const sheets = groupFindings(sampleAnalysis());

  it('groups by sheet, sheets with errors first and a warnings-only sheet last', () => {
    expect(sheets.map((s) => s.sheet)).toEqual(['সেকশন ৩', 'সংযোজনী ৪-৮', 'সংযোজনী ১']);
    expect(sheets.map((s) => [s.errors, s.warnings])).toEqual([[2, 1], [1, 1], [0, 1]]);
  });

  it('puts errors before warnings, then orders by row', () => {
    const cells = sheets[0].groups[0].findings.map((f) => f.cell);
    expect(cells).toEqual(['V9', 'U10', 'T12']);
    expect(sheets[0].groups[0].table).toBe(section3);
  });

  it('assigns each finding to the table whose range holds its cell, a net line under a table to that table', () => {
    const annexes = sheets[1].groups;
    // The e-governance net (S52, two rows under A34:S50) has the error, so its table comes first.
    expect(annexes.map((g) => g.table)).toEqual([egov, integrity]);
    expect(annexes[0].findings.map((f) => f.cell)).toEqual(['S52']);
    expect(annexes[1].findings.map((f) => f.cell)).toEqual(['D9']);
  });

  it('keeps a finding outside every table in its own group rather than dropping it', () => {
    const loose = sheets[2].groups;
    expect(loose).toHaveLength(1);
    expect(loose[0].table).toBeNull();
    expect(loose[0].findings[0].cell).toBe('Z99');
  });

  it('reports a sheet that has findings but no recognised table', () => {
    const out = groupFindings({
      tables: [],
      findings: [finding('Sheet1', 'B2', 'error', 'bad-value', 'পড়া যায়নি', 'Cannot be read')],
      fills: [],
    });
    expect(out).toEqual([expect.objectContaining({ sheet: 'Sheet1', errors: 1, warnings: 0 })]);
  });

  it('returns nothing for a correct workbook', () => {
    expect(groupFindings({ ...sampleAnalysis(), findings: [] })).toEqual([]);
  });
});
