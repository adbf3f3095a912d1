import { sheetBounds } from '../../src/engine/grid/access';
import { hasBengaliDigits, toAsciiDigits } from '../../src/engine/numerals/digits';
import { COL, generatedWorkbook, section3Sheet } from '../../bench/workbook/section3';

// The bench and the robustness cases are only as good as the workbook they generate: check it is the
// realistic Section 3 it claims to be (300 indicators, weights 70 + 30, Bengali digits, merges inside the grid).
describe('generated Section 3 sheet', () => {
  const s = section3Sheet('সেকশন ৩', 300, 1);

  test('has 300 indicator rows whose weights add up to 70 (own) + 30 (governance)', () => {
    expect(s.indicatorRows).toHaveLength(300);
    const w = s.indicatorRows.map((r) => Number(toAsciiDigits(String(s.rows[r][COL.weight]))));
    expect(w.every((x) => x > 0)).toBe(true);
    expect(w.slice(0, 295).reduce((a, b) => a + b, 0)).toBeCloseTo(70, 9);
    expect(w.slice(295).reduce((a, b) => a + b, 0)).toBe(30);
  });

  test('writes mostly Bengali digits, with some real numbers and ASCII text mixed in', () => {
    const quarters = s.indicatorRows.flatMap((r) => [COL.q1, COL.q2, COL.q3, COL.q4].map((c) => s.rows[r][c]));
    expect(quarters.filter((v) => typeof v === 'string' && hasBengaliDigits(v)).length).toBeGreaterThan(500);
    expect(quarters.filter((v) => typeof v === 'number').length).toBeGreaterThan(50);
    expect(quarters.filter((v) => typeof v === 'string' && /[0-9]/.test(v)).length).toBeGreaterThan(10);
    expect(quarters.filter((v) => v === '-' || v === '--').length).toBeGreaterThan(10);
  });

  test('leaves most claimed-marks cells blank for the fill, and states a few', () => {
    const claimed = s.indicatorRows.map((r) => s.rows[r][COL.claimed]);
    expect(claimed.filter((v) => v === null).length).toBeGreaterThan(250);
    expect(claimed.filter((v) => v !== null).length).toBeGreaterThan(5);
  });

  test('merges lie inside the grid and do not overlap', () => {
    const seen = new Set<string>();
    for (const m of s.merges) {
      expect(m.bottom).toBeLessThan(s.rows.length);
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) {
          expect(seen.has(`${r},${c}`)).toBe(false);
          seen.add(`${r},${c}`);
        }
    }
  });

  test('is deterministic, and a workbook names its sheets in Bengali', () => {
    expect(section3Sheet('x', 50, 7).rows).toEqual(section3Sheet('x', 50, 7).rows);
    const wb = generatedWorkbook(3, 20);
    expect(wb.sheets.map((x) => x.name)).toEqual(['সেকশন ৩', 'সেকশন ৩ (২)', 'সেকশন ৩ (৩)']);
    expect(sheetBounds(wb.sheets[0]).lastCol).toBe(COL.remarks);
  });
});
