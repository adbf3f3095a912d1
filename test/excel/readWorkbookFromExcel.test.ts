import { generatedWorkbook, section3Sheet, gridOf } from '../../bench/workbook/section3';
import { sheetFromRows } from '../../src/engine/grid/fromRows';
import type { WorkbookGrid } from '../../src/engine/grid/types';
import { DESKTOP_BUDGET, WEB_BUDGET } from '../../src/excel/readBudget';
import { readWorkbookFromExcel, readWorkbookWithStats, type ReadProgress } from '../../src/excel/readWorkbookFromExcel';
import { DESKTOP_LIMITS, FakeRequestContext, FakeWorkbookHost, WEB_LIMITS, type HostLimits } from '../support/fakeExcel';

const FIVE_MB = 5 * 1024 * 1024;

function open(wb: WorkbookGrid, limits: HostLimits = WEB_LIMITS): { host: FakeWorkbookHost; ctx: Excel.RequestContext } {
  const host = FakeWorkbookHost.fromGrid(wb, limits);
  return { host, ctx: new FakeRequestContext(host) as unknown as Excel.RequestContext };
}

describe('readWorkbookFromExcel: round trips', () => {
  test.each([1, 10, 100])('%i sheets × 300 rows: 2 syncs when only the cell limit applies (desktop)', async (n) => {
    const { host, ctx } = open(generatedWorkbook(n), DESKTOP_LIMITS);
    const { workbook, stats } = await readWorkbookWithStats(ctx, { budget: DESKTOP_BUDGET });
    expect(host.syncs).toBe(2);
    expect(stats.syncs).toBe(2);
    expect(workbook.sheets).toHaveLength(n);
  }, 60_000);

  test.each([1, 10])('%i sheets × 300 rows on Excel on the web: the same 2 syncs', async (n) => {
    const { host, ctx } = open(generatedWorkbook(n), WEB_LIMITS);
    await readWorkbookFromExcel(ctx, { budget: WEB_BUDGET });
    expect(host.syncs).toBe(2);
    expect(Math.max(...host.syncLog.map((s) => s.responseBytes))).toBeLessThan(FIVE_MB);
  });

  test('100 sheets on the web: more syncs only because 15 MB cannot fit in one 5 MB response, and they follow the cells, not the sheets', async () => {
    const many = open(generatedWorkbook(100), WEB_LIMITS);
    const manyStats = (await readWorkbookWithStats(many.ctx)).stats;
    expect(many.host.syncLog.every((s) => s.responseBytes < FIVE_MB && !s.error)).toBe(true);
    expect(manyStats.retries).toBe(0);
    // Same cells on ONE sheet (100 × 300 indicators): the same number of syncs, give or take one partly-filled sync.
    const one = open({ sheets: [gridOf(section3Sheet('সেকশন ৩', 100 * 309 - 9, 7))] }, WEB_LIMITS);
    await readWorkbookFromExcel(one.ctx);
    expect(many.host.syncs).toBeGreaterThan(2);
    expect(Math.abs(many.host.syncs - one.host.syncs)).toBeLessThanOrEqual(1);
    const bytes = many.host.responseBytes;
    expect(many.host.syncs).toBeLessThanOrEqual(2 + Math.ceil(bytes / 3_000_000));
  }, 120_000);

  test('a huge sheet is read in row blocks, no response above 5 MB, progress reported', async () => {
    // ~15,000 rows of Bengali text ≈ 7.5 MB: more than one response may carry.
    const { host, ctx } = open({ sheets: [gridOf(section3Sheet('বড় শিট', 15_000, 3))] }, WEB_LIMITS);
    const seen: ReadProgress[] = [];
    const { workbook, stats } = await readWorkbookWithStats(ctx, { onProgress: (p) => seen.push(p) });
    expect(host.syncs).toBeGreaterThan(3);
    for (const s of host.syncLog) expect(s.responseBytes).toBeLessThan(FIVE_MB);
    expect(workbook.sheets[0].values.length).toBe(15_009);
    expect(seen[0].phase).toBe('sheets');
    expect(seen[seen.length - 1].cellsRead).toBe(seen[seen.length - 1].cellsTotal);
    expect(stats.cells).toBe(seen[seen.length - 1].cellsTotal);
  }, 120_000);

  test('a budget that overshoots the host limit is corrected by retrying smaller blocks', async () => {
    const { host, ctx } = open({ sheets: [gridOf(section3Sheet('সেকশন ৩', 15_000, 2))] }, WEB_LIMITS);
    const { workbook, stats } = await readWorkbookWithStats(ctx, { budget: { responseBytes: 50_000_000, bytesPerCell: 1 } });
    expect(stats.retries).toBeGreaterThan(0);
    expect(host.syncLog.some((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(workbook.sheets[0].values.length).toBe(15_009);
  }, 120_000);

  test('the 5M-cell limit (scaled down here) is respected by halving', async () => {
    const { host, ctx } = open(generatedWorkbook(1), { payloadBytes: null, cellsPerGet: 1_000 });
    const wb = await readWorkbookFromExcel(ctx, { budget: DESKTOP_BUDGET });
    expect(host.syncLog.some((s) => s.error === 'RangeExceedsLimit')).toBe(true);
    expect(wb.sheets[0].values).toEqual(generatedWorkbook(1).sheets[0].values);
  });
});

describe('readWorkbookFromExcel: what it reads', () => {
  test('values, merges, hidden flags and number formats of numeric cells match the document', async () => {
    const src = generatedWorkbook(2);
    src.sheets[1].hidden = true;
    const { ctx } = open(src);
    const wb = await readWorkbookFromExcel(ctx);
    expect(wb.sheets.map((s) => [s.name, s.hidden])).toEqual([['সেকশন ৩', false], ['সেকশন ৩ (২)', true]]);
    for (let i = 0; i < 2; i++) {
      const got = wb.sheets[i];
      const want = src.sheets[i];
      expect(got.values).toEqual(want.values);
      const key = (m: { top: number; left: number }) => `${m.top}:${m.left}`;
      expect([...got.merges].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...want.merges].sort((a, b) => key(a).localeCompare(key(b))));
      want.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === 'number') expect(got.formats?.[r]?.[c]).toBe(want.formats?.[r]?.[c] ?? 'General');
        }),
      );
    }
  });

  test('a used range away from A1, error cells, formulas and Bengali text', async () => {
    const sheet = sheetFromRows(
      'সংযোজনী ৫',
      [
        ['[১.১.১] ই-নথিতে নোট নিষ্পত্তি', '%', 0.97, { error: '#DIV/0!' }, 5],
        ['মোট', null, null, '#N/A', 12],
      ],
      { originRow: 4, originCol: 2, formats: [['General', 'General', '0%', 'General', 'General'], ['General', 'General', 'General', 'General', '0.00']] },
    );
    sheet.formulas = [[null, null, null, '=1/0', null], [null, null, null, null, '=SUM(G5:G5)+7']];
    const { ctx } = open({ sheets: [sheet] });
    const [got] = (await readWorkbookFromExcel(ctx)).sheets;
    expect([got.originRow, got.originCol]).toEqual([4, 2]);
    expect(got.values[0]).toEqual(['[১.১.১] ই-নথিতে নোট নিষ্পত্তি', '%', 0.97, { error: '#DIV/0!' }, 5]);
    // A typed "#N/A" is an error value in Excel too.
    expect(got.values[1][3]).toEqual({ error: '#N/A' });
    expect(got.formats?.[0]?.[2]).toBe('0%');
    expect(got.formulas?.[0]?.[3]).toBe('=1/0');
    expect(got.formulas?.[1]?.[4]).toBe('=SUM(G5:G5)+7');
    expect(got.formats?.[1]?.[4]).toBe('0.00');
    expect(got.formulas?.[0]?.[2] ?? null).toBeNull();
  });

  test('empty sheets are read as empty grids and the add-in log sheet is skipped', async () => {
    const { host, ctx } = open({ sheets: [sheetFromRows('খালি', []), sheetFromRows('APA log', [['batch']])] });
    const wb = await readWorkbookFromExcel(ctx);
    expect(wb.sheets.map((s) => s.name)).toEqual(['খালি']);
    expect(wb.sheets[0].values).toEqual([]);
    expect(host.syncs).toBe(2);
  });
});
