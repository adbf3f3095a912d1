import { sheetFromRows } from '../../src/engine/grid/fromRows';
import { selectCell } from '../../src/excel/selectCell';
import { validateWorkbook } from '../../src/excel/validateWorkbook';
import { FakeRequestContext, FakeWorkbookHost, WEB_LIMITS } from '../support/fakeExcel';

const wb = {
  sheets: [
    sheetFromRows('সেকশন ৩', ['কর্মসম্পাদন সূচক\tএকক\tমোট অর্জন', '[১.১.১] প্রশিক্ষিত শিক্ষক\tসংখ্যা\t৭০০']),
    sheetFromRows('সংযোজনী ৪', ['কার্যক্রম\tমোট'], { hidden: true }),
  ],
};

function ctxOf(host: FakeWorkbookHost): Excel.RequestContext {
  return new FakeRequestContext(host) as unknown as Excel.RequestContext;
}

describe('the fake host behaves like Excel where the adapter depends on it', () => {
  test('properties are unreadable before load + sync, and a sync is one counted round trip', async () => {
    const host = FakeWorkbookHost.fromGrid(wb);
    const ctx = ctxOf(host);
    const range = ctx.workbook.worksheets.getItem('সেকশন ৩').getRange('C2');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(range.values).toEqual([['৭০০']]);
    expect(host.syncs).toBe(1);
    expect(host.syncLog[0].responseBytes).toBe(Buffer.byteLength(JSON.stringify([[['৭০০']]])));
  });

  test('OrNullObject gives isNullObject; a plain getItem on a missing sheet fails the sync', async () => {
    const host = FakeWorkbookHost.fromGrid(wb);
    const ctx = ctxOf(host);
    const missing = ctx.workbook.worksheets.getItemOrNullObject('নেই');
    missing.load('name');
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    ctx.workbook.worksheets.getItem('নেই').load('name');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('the 5 MB limit of Excel on the web is enforced on the response', async () => {
    const big = sheetFromRows('বড়', Array.from({ length: 60_000 }, () => ['কর্মসম্পাদন সূচকের মান ও লক্ষ্যমাত্রা']));
    const host = FakeWorkbookHost.fromGrid({ sheets: [big] }, WEB_LIMITS);
    const ctx = ctxOf(host);
    ctx.workbook.worksheets.getItem('বড়').getRange('A1:A60000').load('values');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });
});

describe('selectCell and validateWorkbook', () => {
  test('selectCell activates the sheet and selects the cell; a hidden sheet gets a bilingual message', async () => {
    const host = FakeWorkbookHost.fromGrid(wb);
    await selectCell(ctxOf(host), 'সেকশন ৩', 'C2');
    expect(host.selection?.box).toEqual({ top: 1, left: 2, bottom: 1, right: 2 });
    await expect(selectCell(ctxOf(host), 'সংযোজনী ৪', 'B1')).rejects.toMatchObject({
      messages: { bn: expect.stringContaining('লুকানো'), en: expect.stringContaining('hidden') },
    });
  });

  test('validateWorkbook runs the engine on what it read and reports its syncs', async () => {
    const host = FakeWorkbookHost.fromGrid(wb);
    const seen: string[] = [];
    const result = await validateWorkbook(ctxOf(host), { tiers: 'step' }, (grid, options) => {
      seen.push(`${grid.sheets.map((s) => `${s.name}:${s.hidden}`).join(',')}|${options?.tiers}`);
      return { tables: [], findings: [], fills: [] };
    });
    expect(seen).toEqual(['সেকশন ৩:false,সংযোজনী ৪:true|step']);
    expect(result.stats.syncs).toBe(2);
    expect(result.findings).toEqual([]);
  });
});
