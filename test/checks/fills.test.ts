import { analyzeTables } from '../../src/engine/analyze/analyzeTables';
import { buildTable, SECTION3 } from './buildTable';
import { S3, S3_LINES, s3Row, section3 } from './section3Fixture';

describe('fills', () => {
  it('fills only blank claimed cells whose marks are computed, in Bengali digits like the table', () => {
    const built = section3({ [S3.i111]: { claimed: null }, [S3.i121]: { claimed: '   ' } });
    const a = analyzeTables([built.table]);
    expect(a.fills).toEqual([
      { sheet: 'সেকশন ৩', cell: `R${s3Row(S3.i111) + 1}`, row: s3Row(S3.i111), col: 17, marks: 20, value: '২০' },
      // 4.375 is written with at most two decimals
      { sheet: 'সেকশন ৩', cell: `R${s3Row(S3.i121) + 1}`, row: s3Row(S3.i121), col: 17, marks: 4.38, value: '৪.৩৮' },
    ]);
    // a blank claim is not a finding, and the row reports claimed: null
    expect(a.findings.filter((f) => f.rule !== 'sum-mismatch')).toEqual([]);
    expect(a.tables[0].rows[0].claimed).toBeNull();
  });

  it('never fills a formula cell, a "০" cell or a text cell', () => {
    const formulaRow = s3Row(S3.i111);
    const built = section3(
      { [S3.i111]: { claimed: null }, [S3.i121]: { claimed: '০' }, [S3.i211]: { claimed: 'দাবী করা হয়নি' } },
      { formulas: [[formulaRow, 17, '=IF(Q2>=H2,G2,0)']] },
    );
    const a = analyzeTables([built.table]);
    expect(a.fills).toEqual([]);
    // "০" is a claim of zero: it disagrees with the computed 4.375
    expect(a.findings.find((f) => f.cell === `R${s3Row(S3.i121) + 1}`)?.rule).toBe('claimed-mismatch');
    // text where marks belong cannot be read
    expect(a.findings.find((f) => f.cell === `R${s3Row(S3.i211) + 1}`)?.rule).toBe('bad-value');
  });

  it('does not write 0 into a row with nothing reported yet (a Q1 sheet)', () => {
    const built = section3({ [S3.i211]: { q1: null, q2: null, q3: null, q4: null, annual: null, claimed: null } });
    const a = analyzeTables([built.table]);
    expect(a.fills).toEqual([]);
    // still scored: no achievement is 0 marks, and it counts in the maximum
    expect(a.tables[0].rows[2].computed).toBe(0);
    expect(a.tables[0].max).toBe(100);
  });

  it('writes numbers into tables of real Excel numbers', () => {
    const toNumber = (v: unknown) => (typeof v === 'string' && /^[০-৯.]+$/.test(v) ? Number(v.replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - 0x09e6))) : v);
    const lines = S3_LINES.map((l) => ({ ...l, cells: l.cells && Object.fromEntries(Object.entries(l.cells).map(([k, v]) => [k, toNumber(v)])) }));
    lines[S3.i121] = { ...lines[S3.i121], cells: { ...lines[S3.i121].cells, claimed: null } };
    const { table } = buildTable(SECTION3, lines);
    const a = analyzeTables([table]);
    expect(a.fills).toHaveLength(1);
    expect(a.fills[0].value).toBe(4.38);
    expect(a.fills[0].marks).toBe(4.38);
  });
});
