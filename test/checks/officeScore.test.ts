import { analyzeWorkbook } from '../../src/engine/analyze/analyzeWorkbook';
import { sheetFromRows } from '../../src/engine/grid/fromRows';
import type { CellValue, SheetGrid } from '../../src/engine/grid/types';
import { egov } from './annexFixture';
import { section3, S3 } from './section3Fixture';

/**
 * The office's score out of 100 is computed once, in the engine (apa-rules "Weights and totals"), from
 * the fixtures' hand-computed marks:
 * - Section 3 own areas: [১.১.১] 20 + [১.২.১] 4.375 + [২.১.১] 45 = 69.375 of 70 (area weights 25 + 45);
 * - its governance rows: 8 + 7 + 4 + 3 + 3 = 25 of 30;
 * - the e-governance annex: 29.5 of 50 → net 29.5 ÷ 50 × 10 = 5.9 of 10.
 */

/** Section 3 without its governance label, rows and grand total: the own-areas part alone (optionally unlabelled too). */
function ownOnly(name = 'সেকশন ৩', unlabelled = false): SheetGrid {
  const full = section3({}, { name }).sheet;
  const values = full.values.slice(0, S3.gov + 1);
  return { ...full, values: unlabelled ? [values[0], ...values.slice(2)] : values };
}

/** Stack sheets on one sheet (a whole document pasted on one sheet), with two blank rows between. */
function onOneSheet(name: string, parts: SheetGrid[]): SheetGrid {
  const rows: CellValue[][] = [];
  for (const p of parts) {
    if (rows.length > 0) rows.push([], []);
    rows.push(...p.values);
  }
  return sheetFromRows(name, rows);
}

describe("the office's score", () => {
  test('Section 3 with its governance rows: own 69.375 / 70 + governance 25 / 30 = 94.375 / 100 (basis: rows)', () => {
    const a = analyzeWorkbook({ sheets: [section3().sheet] });
    const expected = { own: 69.375, ownMax: 70, governance: 25, governanceMax: 30, total: 94.375, max: 100, basis: 'rows' };
    expect(a.score).toEqual(expected);
    expect(a.tables.find((t) => t.kind === 'performance-plan')!.score).toEqual(expected);
    expect(a.offices).toHaveLength(1);
  });

  test.each([
    ['one sheet per annex', () => [ownOnly(), egov().sheet]],
    ['the whole document on one sheet', () => [onOneSheet('এপিএ', [ownOnly(), egov().sheet])]],
  ])('own areas only plus an annex (%s): governance from the annex net 5.9 / 10 (basis: annex-nets)', (_name, sheets) => {
    const a = analyzeWorkbook({ sheets: sheets() });
    // 69.375 + 5.9 = 75.275 of 70 + 10 = 80
    expect(a.score).toEqual({ own: 69.375, ownMax: 70, governance: 5.9, governanceMax: 10, total: 75.275, max: 80, basis: 'annex-nets' });
    // The own areas add up to 70: no "should be 100" for a Section 3 that only has the own part.
    expect(a.findings.filter((f) => f.rule === 'weight-sum')).toEqual([]);
  });

  test.each([false, true])('own areas alone (unlabelled: %s): 69.375 of 70, no governance part, no weight-sum warning', (unlabelled) => {
    const a = analyzeWorkbook({ sheets: [ownOnly('সেকশন ৩', unlabelled)] });
    expect(a.score).toEqual({ own: 69.375, ownMax: 70, governance: null, governanceMax: null, total: 69.375, max: 70, basis: null });
    expect(a.findings.filter((f) => f.rule === 'weight-sum')).toEqual([]);
  });

  test('unlabelled own areas adding up to neither 70 nor 100 still warn', () => {
    const full = section3({ [S3.i211]: { areaWeight: '৪০' } }).sheet;
    const values = full.values.slice(0, S3.gov + 1);
    const a = analyzeWorkbook({ sheets: [{ ...full, values: [values[0], ...values.slice(2)] }] });
    // 25 + 40 = 65: the area [২] also disagrees with its indicator (45), and the part is neither 70 nor 100.
    expect(a.findings.filter((f) => f.rule === 'weight-sum').map((f) => f.messages.en)).toEqual([
      expect.stringContaining('45'),
      expect.stringContaining('100'),
    ]);
  });

  test('annexes alone give a governance part only', () => {
    const a = analyzeWorkbook({ sheets: [egov().sheet] });
    expect(a.score).toEqual({ own: null, ownMax: null, governance: 5.9, governanceMax: 10, total: 5.9, max: 10, basis: 'annex-nets' });
    expect(a.offices).toEqual([{ sheet: 'সংযোজনী ৫', range: null, score: a.score }]);
  });

  test('ten offices on ten sheets: ten scores of 100 each, no single workbook score', () => {
    const sheets = Array.from({ length: 10 }, (_, i) => section3({}, { name: `অফিস ${i + 1}` }).sheet);
    const a = analyzeWorkbook({ sheets });
    expect(a.offices!.map((o) => `${o.sheet}: ${o.score.total}/${o.score.max}`)).toEqual(sheets.map((s) => `${s.name}: 94.375/100`));
    expect(a.score).toBeNull();
  });

  test('a workbook with no scored table has no score and no offices', () => {
    const a = analyzeWorkbook({ sheets: [sheetFromRows('নোট', [['এপিএ সম্পর্কে কিছু কথা'], ['আর কিছু নয়']])] });
    expect(a.offices).toEqual([]);
    expect(a.score).toBeNull();
  });
});
