import { generatedSheets, gridOf } from '../../bench/workbook/section3';
import { cellAddress } from '../../src/engine/grid/a1';
import { sheetFromRows } from '../../src/engine/grid/fromRows';
import type { WorkbookGrid } from '../../src/engine/grid/types';
import type { Fill } from '../../src/engine/report/types';
import { applyFills } from '../../src/excel/applyFills';
import { LOG_SHEET_NAME, decodeLogRow } from '../../src/excel/logSheet';
import { undoFill } from '../../src/excel/undoFill';
import { FakeRequestContext, FakeWorkbookHost } from '../support/fakeExcel';

// Columns as in seed 001's monitoring copy: … মোট অর্জন (U), দাবীকৃত নম্বর (V).
const S3 = 'সেকশন ৩';
function section3(): WorkbookGrid {
  const rows: (string | number | null)[][] = [
    ['কর্মসম্পাদনের ক্ষেত্র', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'একক', 'মান', 'মোট অর্জন', 'দাবীকৃত নম্বর'],
    ['[১] শিক্ষা', '[১.১] প্রশিক্ষণ', '[১.১.১] প্রশিক্ষিত শিক্ষক', 'সংখ্যা', '৫', '৭০০', null],
    [null, '[১.২] পরিদর্শন', '[১.২.১] পরিদর্শিত ল্যাব', 'সংখ্যা', '২', '৩', null],
    [null, '[১.৩] ই-সেবা', '[১.৩.১] ই-সেবা প্রাপ্ত', '%', 3, 0.8, null],
  ];
  const sheet = sheetFromRows(S3, rows, { originCol: 15 });
  sheet.formats = rows.map((r, i) => r.map((_, c) => (i === 3 && c === 6 ? '0.00' : 'General')));
  return { sheets: [sheet] };
}

const fill = (row: number, value: string | number, sheet = S3): Fill => ({
  sheet,
  cell: cellAddress(row, 21),
  row: row + 1,
  col: 21,
  marks: typeof value === 'number' ? value : 0,
  value,
});

function setup(wb: WorkbookGrid = section3()): { host: FakeWorkbookHost; ctx: Excel.RequestContext } {
  const host = FakeWorkbookHost.fromGrid(wb);
  return { host, ctx: new FakeRequestContext(host) as unknown as Excel.RequestContext };
}

describe('applyFills', () => {
  test('writes only blank claimed cells, skips one the clerk typed into, logs before writing, in one write sync', async () => {
    const { host, ctx } = setup();
    host.type(S3, 'V3', '১.৫'); // the clerk wrote the claimed marks after validation
    const before = host.syncs;
    const result = await applyFills(ctx, [fill(1, '৪.৩৭৫'), fill(2, '১.৫'), fill(3, 2.4)], new Date('2025-07-10T09:00:00Z'));
    expect(result.written.map((f) => f.cell)).toEqual(['V2', 'V4']);
    expect(result.skipped.map((s) => [s.fill.cell, s.reason.en])).toEqual([['V3', 'The cell is no longer empty, so it was not filled']]);
    expect(host.cell(S3, 'V2').value).toBe('৪.৩৭৫');
    expect(host.cell(S3, 'V3').value).toBe('১.৫');
    expect(host.cell(S3, 'V4').value).toBe(2.4);
    // Two reads (existence, then the re-check) and exactly one write sync.
    expect(result.syncs).toBe(3);
    expect(host.syncs - before).toBe(3);
    const log = host.sheet(LOG_SHEET_NAME);
    expect(log.visibility).toBe('VeryHidden');
    const entries = [1, 2].map((r) => decodeLogRow([0, 1, 2, 3, 4, 5, 6, 7].map((c) => log.get(r, c)?.value ?? '')));
    expect(entries.map((e) => [e?.cell, e?.oldValue, e?.oldFormat, e?.written, e?.status])).toEqual([
      ['V2', null, 'General', '৪.৩৭৫', 'written'],
      ['V4', null, '0.00', 2.4, 'written'],
    ]);
  });

  test('a formula in the claimed cell is never overwritten', async () => {
    const { host, ctx } = setup();
    host.type(S3, 'V2', '=E2*F2/800');
    const result = await applyFills(ctx, [fill(1, 4.375)]);
    expect(result.written).toEqual([]);
    expect(host.cell(S3, 'V2').formula).toBe('=E2*F2/800');
  });

  test('a fill for a sheet deleted since validation is reported, the others still written', async () => {
    const { host, ctx } = setup();
    const result = await applyFills(ctx, [fill(1, '৪'), fill(5, '২', 'মুছে ফেলা শিট')]);
    expect(result.written.map((f) => f.cell)).toEqual(['V2']);
    expect(result.skipped[0].reason.bn).toBe('শিটটি আর নেই');
    expect(host.cell(S3, 'V2').value).toBe('৪');
  });

  test.each([1, 10, 100])('%i sheets of fills: the same 3 syncs (2 reads, 1 write)', async (n) => {
    const sheets = generatedSheets(n, 20);
    const { ctx } = setup({ sheets: sheets.map(gridOf) });
    const fills = sheets.flatMap((s) =>
      s.indicatorRows.filter((r) => s.rows[r][s.claimedCol] == null).map((r) => ({ sheet: s.name, cell: cellAddress(r, s.claimedCol), row: r + 1, col: s.claimedCol, marks: 1, value: '১' })),
    );
    const result = await applyFills(ctx, fills);
    expect(result.written.length).toBe(fills.length);
    expect(result.syncs).toBe(3);
  });
});

describe('undoFill', () => {
  test('restores exactly the previous state (blank, number format) and leaves the clerk’s later edits alone', async () => {
    const { host, ctx } = setup();
    await applyFills(ctx, [fill(1, '৪.৩৭৫'), fill(2, '১.৫'), fill(3, 2.4)]);
    host.type(S3, 'V3', '২'); // the clerk corrected one filled cell
    const undo = await undoFill(ctx);
    expect(undo.restored.map((e) => e.cell)).toEqual(['V2', 'V4']);
    expect(undo.kept.map((e) => e.cell)).toEqual(['V3']);
    expect(host.cell(S3, 'V2').value).toBeNull();
    expect(host.cell(S3, 'V4').value).toBeNull();
    expect(host.cell(S3, 'V4').numberFormat).toBe('0.00');
    expect(host.cell(S3, 'V3').value).toBe('২');
    expect(undo.syncs).toBe(4);
  });

  test('each undo reaches one fill further back; with nothing left it does nothing', async () => {
    const { host, ctx } = setup();
    await applyFills(ctx, [fill(1, '৪')], new Date('2025-07-10T09:00:00Z'));
    await applyFills(ctx, [fill(2, '১')], new Date('2025-07-10T10:00:00Z'));
    const first = await undoFill(ctx);
    expect(first.restored.map((e) => e.cell)).toEqual(['V3']);
    expect(host.cell(S3, 'V2').value).toBe('৪');
    const second = await undoFill(ctx);
    expect(second.restored.map((e) => e.cell)).toEqual(['V2']);
    expect(host.cell(S3, 'V2').value).toBeNull();
    const third = await undoFill(ctx);
    expect(third.batch).toBeNull();
    expect(third.restored).toEqual([]);
  });

  test('without a log there is nothing to undo, in one sync', async () => {
    const { ctx } = setup();
    const undo = await undoFill(ctx);
    expect(undo).toEqual({ batch: null, restored: [], kept: [], syncs: 1 });
  });
});
