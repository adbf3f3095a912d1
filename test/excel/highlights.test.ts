import { sheetFromRows } from '../../src/engine/grid/fromRows';
import type { Finding } from '../../src/engine/report/types';
import { ERROR_FILL, WARNING_FILL, clearHighlights, highlightFindings, isOurFormula } from '../../src/excel/highlights';
import { FakeRequestContext, FakeWorkbookHost } from '../support/fakeExcel';

const S3 = 'সেকশন ৩';
const ANNEX = 'সংযোজনী ৪';

function finding(sheet: string, cell: string, severity: Finding['severity']): Finding {
  const bn = 'মোট অর্জন ১৮২, ত্রৈমাসিক অর্জনের যোগফল ১৯২';
  const en = 'Total 182, quarters add up to 192';
  return { sheet, cell, row: Number(/\d+/.exec(cell)?.[0]), rule: 'total-mismatch', severity, message: `${bn} / ${en}`, messages: { bn, en } };
}

function setup(): { host: FakeWorkbookHost; ctx: Excel.RequestContext } {
  const host = FakeWorkbookHost.fromGrid({
    sheets: [
      sheetFromRows(S3, ['কার্যক্রম\tসূচক\tমোট অর্জন\tদাবীকৃত নম্বর', '[১.১]\t[১.১.১]\t১৮২\t৫', '[১.২]\t[১.২.১]\t৯০%\t']),
      sheetFromRows(ANNEX, ['কার্যক্রম\tলক্ষ্যমাত্রা/অর্জন\tমোট', 'সভা\tলক্ষ্যমাত্রা\t৪'], { hidden: true }),
    ],
  });
  // The clerk's own colours and an own conditional format (a "weight above 10" rule) must survive.
  host.paint(S3, 'C2', '#00B050');
  host.paint(S3, 'D2', '#FFFFFF');
  host.paint(ANNEX, 'C2', '#FFFF00');
  host.sheet(S3).conditionalFormats.push({ id: '{clerk}', box: { top: 1, left: 3, bottom: 2, right: 3 }, type: 'Custom', formula: '=D2>10', fillColor: '#FF0000', deleted: false });
  return { host, ctx: new FakeRequestContext(host) as unknown as Excel.RequestContext };
}

describe('highlights', () => {
  test('highlight marks error and warning cells with our conditional formats, clear removes only ours, fills untouched', async () => {
    const { host, ctx } = setup();
    const fillsBefore = host.fills();
    const r = await highlightFindings(ctx, [finding(S3, 'C2', 'error'), finding(S3, 'C2', 'warning'), finding(S3, 'D3', 'warning'), finding(ANNEX, 'C2', 'error')]);
    expect(r.added).toBe(3);
    expect(r.syncs).toBe(3);
    const ours = host.sheet(S3).conditionalFormats.filter((c) => isOurFormula(c.formula));
    expect(ours.map((c) => [c.box.top, c.box.left, c.fillColor]).sort()).toEqual([[1, 2, ERROR_FILL], [2, 3, WARNING_FILL]].sort());
    expect(host.fills()).toEqual(fillsBefore);

    // Validating again replaces, never stacks.
    const again = await highlightFindings(ctx, [finding(S3, 'C2', 'error')]);
    expect(again.removed).toBe(3);
    expect(host.sheets.flatMap((s) => s.conditionalFormats).filter((c) => isOurFormula(c.formula))).toHaveLength(1);

    const cleared = await clearHighlights(ctx);
    expect(cleared.removed).toBe(1);
    expect(host.sheets.flatMap((s) => s.conditionalFormats).map((c) => c.id)).toEqual(['{clerk}']);
    expect(host.fills()).toEqual(fillsBefore);
  });

  test('findings on a sheet that is gone are ignored; clearing with nothing to clear takes 2 syncs', async () => {
    const { host, ctx } = setup();
    const r = await highlightFindings(ctx, [finding('পুরনো শিট', 'A1', 'error')]);
    expect(r.added).toBe(0);
    const c = await clearHighlights(ctx);
    expect(c).toEqual({ added: 0, removed: 0, syncs: 2 });
    expect(host.sheet(S3).conditionalFormats).toHaveLength(1);
  });
});
