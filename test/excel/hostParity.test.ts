import { generatedSheets, gridOf } from '../../bench/workbook/section3';
import { rangeAddress } from '../../src/engine/grid/a1';
import { sheetFromRows } from '../../src/engine/grid/fromRows';
import type { WorkbookGrid } from '../../src/engine/grid/types';
import type { Analysis } from '../../src/engine/report/types';
import { ExcelAdapterError } from '../../src/excel/adapterError';
import { applyFills } from '../../src/excel/applyFills';
import { clearHighlights, highlightFindings } from '../../src/excel/highlights';
import { selectCell } from '../../src/excel/selectCell';
import { undoFill } from '../../src/excel/undoFill';
import { validateWorkbook } from '../../src/excel/validateWorkbook';
import { FakeRequestContext, FakeWorkbookHost } from '../support/fakeExcel';
import { mockContext } from '../support/officeMock/excelOnMock';

/**
 * The same adapter calls, in the same order, on the fake host and on office-addin-mock, over two copies of one
 * document: every step's result, round trips and resulting document must be the same on both. Both object
 * layers sit on the same document store (test/support/officeMock), so a difference here is a difference in
 * what the objects let the adapter see or do: the fake host cannot drift from the mock's load/sync semantics
 * (nor the mock helper from the fake's) without this test failing.
 *
 * Left out of the comparison, on purpose: stats.loadedBytes (the mock cuts special cells into one area per row
 * run, the fake into rectangles, and Excel may do either, so the JSON sizes differ by a few brackets),
 * stats.analyzeMs (a clock), and the random parts of batch ids and conditional-format ids.
 */

const S3 = 'সেকশন ৩';
const ANNEX = 'সংযোজনী ৪';

/** A generated Section 3 (Bengali text and digits, merges, percent and date cells) with two planted errors. */
function workbook(): WorkbookGrid {
  const [s] = generatedSheets(1, 6);
  s.rows[s.indicatorRows[0]][20] = '৯৯৯'; // মোট অর্জন that the quarters do not give
  s.rows[s.indicatorRows[1]][21] = '১২.০০'; // দাবীকৃত নম্বর above the indicator's weight
  return { sheets: [gridOf(s), sheetFromRows(ANNEX, ['কার্যক্রম\tলক্ষ্যমাত্রা/অর্জন\tমোট', 'সভা\tলক্ষ্যমাত্রা\t৪'], { hidden: true })] };
}

interface Host {
  doc: FakeWorkbookHost;
  /** A new request context (one per pane action, as Excel.run gives) and its round-trip count. */
  open(): { context: Excel.RequestContext; syncs: () => number };
}

function onFakeHost(): Host {
  const doc = FakeWorkbookHost.fromGrid(workbook());
  return {
    doc,
    open() {
      const before = doc.syncs;
      return { context: new FakeRequestContext(doc) as unknown as Excel.RequestContext, syncs: () => doc.syncs - before };
    },
  };
}

function onOfficeMock(): Host {
  const doc = FakeWorkbookHost.fromGrid(workbook());
  return {
    doc,
    open() {
      const m = mockContext(doc);
      return { context: m.context, syncs: () => m.sync.mock.calls.length };
    },
  };
}

const BATCH = /^fill-(\d{4}-\d\d-\d\dT[\d:.]+Z)-[0-9a-f]{4}$/;

/** JSON of a result with the random and timing parts taken out. */
function comparable(v: unknown): unknown {
  if (v === undefined) return null;
  return JSON.parse(
    JSON.stringify(v, (key, x: unknown) => {
      if (key === 'loadedBytes' || key === 'analyzeMs') return undefined;
      return typeof x === 'string' ? x.replace(BATCH, 'fill-$1-····') : x;
    }),
  );
}

/** The document as the clerk would see it: cells, merges, conditional formats, the active sheet, the selection. */
function documentOf(doc: FakeWorkbookHost): unknown {
  const name = (id: string | null | undefined) => doc.sheets.find((s) => s.id === id)?.name ?? null;
  return comparable({
    sheets: doc.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: Object.fromEntries(
        [...s.entries()]
          .filter(([, , c]) => c.value !== null || c.formula !== null || c.numberFormat !== 'General' || c.fill !== null)
          .map(([r, c, cell]) => [rangeAddress(r, c, r, c), [cell.value, cell.formula, cell.numberFormat, cell.fill]]),
      ),
      merges: s.merges,
      conditionalFormats: s.conditionalFormats.map((cf) => [rangeAddress(cf.box.top, cf.box.left, cf.box.bottom, cf.box.right), cf.type, cf.formula, cf.fillColor]),
    })),
    active: name(doc.activeSheetId),
    selection: doc.selection && { sheet: name(doc.selection.sheetId), box: doc.selection.box },
  });
}

interface Seen {
  result: unknown;
  syncs: number;
  document: unknown;
}

/** Validate, highlight, the clerk types, fill, the clerk corrects, undo twice, clear, go to a finding, go to a hidden sheet. */
async function session(host: Host): Promise<Record<string, Seen>> {
  const seen: Record<string, Seen> = {};
  const step = async <T>(name: string, call: (context: Excel.RequestContext) => Promise<T>): Promise<T | undefined> => {
    const { context, syncs } = host.open();
    let result: T | undefined;
    let failure: unknown = null;
    try {
      result = await call(context);
    } catch (err) {
      failure = err instanceof ExcelAdapterError ? err.messages : String(err);
    }
    seen[name] = { result: comparable(failure ? { failure } : result), syncs: syncs(), document: documentOf(host.doc) };
    return result;
  };

  const analysis = (await step('validate', (c) => validateWorkbook(c))) as Analysis;
  await step('highlight', (c) => highlightFindings(c, analysis.findings));
  host.doc.type(S3, analysis.fills[0].cell, '৫'); // typed by the clerk after validation: fill must skip it
  await step('fill', (c) => applyFills(c, analysis.fills, new Date('2025-07-10T09:00:00Z')));
  host.doc.type(S3, analysis.fills[1].cell, '৮'); // corrected after the fill: undo must keep it
  await step('undo', (c) => undoFill(c));
  await step('undo again', (c) => undoFill(c));
  await step('clear', (c) => clearHighlights(c));
  await step('select a finding', (c) => selectCell(c, S3, analysis.findings[0].cell));
  await step('select on a hidden sheet', (c) => selectCell(c, ANNEX, 'C2'));
  return seen;
}

describe('the fake host and office-addin-mock see the same adapter', () => {
  test('a whole pane session: every step’s result, round trips and document are the same on both', async () => {
    const fake = await session(onFakeHost());
    const mock = await session(onOfficeMock());

    // Not vacuous: the session does what it says on the fake host.
    const v = fake.validate.result as Analysis & { stats: { syncs: number } };
    expect(v.findings.map((f) => [f.cell, f.rule])).toEqual([['U8', 'total-mismatch'], ['V10', 'claimed-over-weight']]);
    expect(v.stats.syncs).toBe(2);
    expect((fake.highlight.result as { added: number }).added).toBe(2);
    const fill = fake.fill.result as { written: unknown[]; skipped: unknown[]; syncs: number };
    expect([fill.written.length, fill.skipped.length, fill.syncs]).toEqual([v.fills.length - 1, 1, 3]);
    const undo = fake.undo.result as { restored: unknown[]; kept: unknown[] };
    expect([undo.restored.length, undo.kept.length]).toEqual([v.fills.length - 2, 1]);
    expect((fake['undo again'].result as { batch: unknown }).batch).toBeNull();
    expect((fake.clear.result as { removed: number }).removed).toBe(2);
    expect(fake['select a finding'].document).toMatchObject({ active: S3, selection: { sheet: S3, box: { top: 7, left: 20 } } });
    expect(fake['select on a hidden sheet'].result).toMatchObject({ failure: { en: expect.stringContaining('hidden') } });

    // Step by step, so a failure names the step where the two hosts parted.
    for (const name of Object.keys(fake)) expect({ step: name, ...mock[name] }).toEqual({ step: name, ...fake[name] });
    expect(Object.keys(mock)).toEqual(Object.keys(fake));
  });
});
