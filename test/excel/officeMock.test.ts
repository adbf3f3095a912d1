import { generatedSheets, gridOf } from '../../bench/workbook/section3';
import { sheetFromRows } from '../../src/engine/grid/fromRows';
import type { SheetGrid, WorkbookGrid } from '../../src/engine/grid/types';
import type { Analysis, Fill, Finding } from '../../src/engine/report/types';
import { applyFills } from '../../src/excel/applyFills';
import { ERROR_FILL, WARNING_FILL, clearHighlights, highlightFindings, isOurFormula, markerFormula } from '../../src/excel/highlights';
import { LOG_COLUMNS, LOG_SHEET_NAME, decodeLogRow } from '../../src/excel/logSheet';
import { readWorkbookWithStats } from '../../src/excel/readWorkbookFromExcel';
import { selectCell } from '../../src/excel/selectCell';
import { undoFill } from '../../src/excel/undoFill';
import { FakeRequestContext, FakeWorkbookHost } from '../support/fakeExcel';
import { NOT_LOADED, NOT_SYNCED, installMockOffice, mockContext } from '../support/officeMock/excelOnMock';

/**
 * The Excel adapter on office-addin-mock's OfficeMockObject (test/support/officeMock), next to the fake host's
 * tests (the other files of this folder). The document store is the fake host's; the objects are the mock's.
 *
 * What the mock cannot show, so these tests cannot either (the fake host's tests do):
 * - a property read before load + sync does not throw PropertyNotLoaded: it reads as the text
 *   "Error, property was not loaded" / "Error, context.sync() was not called". Every test here therefore also
 *   checks that no such text reached the adapter's result;
 * - it counts no syncs: the helper wraps `sync` in a jest spy, and the counts below are that spy's;
 * - it has no payload or cell limits (5 MB on the web, 5M cells), no failing sync (ItemNotFound, a protected
 *   sheet), no partial batch, and no Excel parsing of written text: those stay with the fake host;
 * - objects are snapshots taken when a method returns them, not at the sync (the adapter never loads after
 *   writing in the same batch, so nothing here depends on it).
 */

const S3 = 'সেকশন ৩';
const ANNEX = 'সংযোজনী ৪';
const INDEX = 'সূচিপত্র';
const MOCK_TEXT = /Error, (property was not loaded|context\.sync\(\) was not called)/;

/** A Section 3 table from B1: title merged over B1:G1, header, three indicators, the total; দাবীকৃত নম্বর in G. */
function section3(): SheetGrid {
  const rows = [
    ['কর্মসম্পাদন পরিকল্পনা', null, null, null, null, null],
    ['কর্মসম্পাদন সূচক', 'একক', 'কর্মসম্পাদন সূচকের মান', 'লক্ষ্যমাত্রা', 'মোট অর্জন', 'দাবীকৃত নম্বর'],
    ['[১.১.১] প্রশিক্ষিত শিক্ষক', 'সংখ্যা', '১২.০০', '৭০০', '৭০০', null],
    ['[১.২.১] পরিদর্শিত আইসিটি ল্যাব', '%', '৫', '৮০%', 0.8, null],
    ['[১.৩.১] ই-সেবা প্রাপ্ত নাগরিক', 'সংখ্যা', 3, '৫০০', { error: '#DIV/0!' }, null],
    ['মোট', null, 20, null, null, null],
  ];
  const sheet = sheetFromRows(S3, rows, { originCol: 1, merges: [{ top: 0, left: 1, bottom: 0, right: 6 }] });
  sheet.formats = rows.map((r, i) => r.map((_, c) => (i === 3 && c === 4 ? '0%' : i === 5 && c === 2 ? '0.00' : i === 4 && c === 5 ? '0.00' : 'General')));
  sheet.formulas = rows.map((r, i) => r.map((_, c) => (i === 4 && c === 4 ? '=E5/0' : i === 5 && c === 2 ? '=SUM(D3:D5)' : null)));
  return sheet;
}

function workbook(): WorkbookGrid {
  return {
    sheets: [
      sheetFromRows(INDEX, ['ক্রমিক\tবিষয়', '১\tসেকশন ৩']),
      section3(),
      sheetFromRows(ANNEX, ['কার্যক্রম\tলক্ষ্যমাত্রা/অর্জন\tমোট', 'সভা\tলক্ষ্যমাত্রা\t৪'], { hidden: true }),
    ],
  };
}

function setup(wb: WorkbookGrid = workbook()): { host: FakeWorkbookHost; open: () => ReturnType<typeof mockContext> } {
  const host = FakeWorkbookHost.fromGrid(wb);
  return { host, open: () => mockContext(host) };
}

const fill = (cell: string, value: string | number): Fill => {
  const row = Number(cell.slice(1)) - 1;
  return { sheet: S3, cell, row, col: 6, marks: typeof value === 'number' ? value : 0, value };
};

/** The log sheet's rows as the document holds them (header first). */
function logRows(host: FakeWorkbookHost): unknown[][] {
  const log = host.sheet(LOG_SHEET_NAME);
  const used = log.usedBox(true);
  if (!used) return [];
  const out: unknown[][] = [];
  for (let r = used.top; r <= used.bottom; r++) out.push(LOG_COLUMNS.map((_, c) => log.get(r, c)?.value ?? ''));
  return out;
}

describe('office-addin-mock itself, as the helper uses it', () => {
  test('a property reads as text until loaded and synced, where the fake host throws', async () => {
    const { host, open } = setup();
    const { context, sync } = open();
    const range = context.workbook.worksheets.getItem(S3).getRange('D3');
    expect(range.values).toBe(NOT_LOADED);
    range.load('values');
    expect(range.values).toBe(NOT_SYNCED);
    await context.sync();
    expect(range.values).toEqual([['১২.০০']]);
    expect(sync).toHaveBeenCalledTimes(1);

    const fake = new FakeRequestContext(host).workbook.worksheets.getItem(S3).getRange('D3');
    expect(() => fake.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  test('loading a property its data does not have throws at load (the only loud failure the mock has)', () => {
    const { context } = setup().open();
    const ws = context.workbook.worksheets.getItem(S3);
    expect(() => ws.load('tabColor')).toThrow(/tabColor needs to be present/);
  });
});

describe('readWorkbookFromExcel on the mock', () => {
  test('values, number formats of numbers, formulas, merges, hidden flags, origin; the log sheet skipped; 2 syncs', async () => {
    const wb = workbook();
    wb.sheets.push(sheetFromRows(LOG_SHEET_NAME, [[...LOG_COLUMNS]], { hidden: true }));
    const { open } = setup(wb);
    const { context, sync } = open();
    const { workbook: got, stats } = await readWorkbookWithStats(context);
    expect(JSON.stringify(got)).not.toMatch(MOCK_TEXT);
    expect(got.sheets.map((s) => [s.name, s.hidden])).toEqual([[INDEX, false], [S3, false], [ANNEX, true]]);
    const s3 = got.sheets[1];
    expect([s3.originRow, s3.originCol]).toEqual([0, 1]);
    expect(s3.values).toEqual(section3().values);
    expect(s3.merges).toEqual([{ top: 0, left: 1, bottom: 0, right: 6 }]);
    expect(s3.formats?.[3]?.[4]).toBe('0%'); // ৮০% typed as 0.8 is a percentage only by its format
    expect(s3.formats?.[5]?.[2]).toBe('0.00');
    expect(s3.formulas?.[4]?.[4]).toBe('=E5/0');
    expect(s3.formulas?.[5]?.[2]).toBe('=SUM(D3:D5)');
    expect(s3.formulas?.[2]?.[3] ?? null).toBeNull(); // text, not a formula
    expect(got.sheets[2].values[1]).toEqual(['সভা', 'লক্ষ্যমাত্রা', '৪']);
    expect(stats.syncs).toBe(2);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  test.each([1, 10])('%i generated Section 3 sheets: the same 2 syncs', async (n) => {
    const sheets = generatedSheets(n, 12).map(gridOf);
    const { open } = setup({ sheets });
    const { context, sync } = open();
    const { workbook: got } = await readWorkbookWithStats(context);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(got.sheets.map((s) => s.values)).toEqual(sheets.map((s) => s.values));
    expect(got.sheets[n - 1].values.flat()).toContain('দাবীকৃত নম্বর');
  });
});

describe('applyFills and undoFill on the mock', () => {
  test('fill writes only blank claimed cells, logs them in a very hidden sheet first, in 3 syncs', async () => {
    const { host, open } = setup();
    host.type(S3, 'G4', '৩'); // the clerk typed the claimed marks after validation
    const { context, sync } = open();
    const result = await applyFills(context, [fill('G3', '১০.৫০'), fill('G4', '৪.০০'), fill('G5', 2.4)], new Date('2025-07-10T09:00:00Z'));
    expect(JSON.stringify(result)).not.toMatch(MOCK_TEXT);
    expect(result.written.map((f) => f.cell)).toEqual(['G3', 'G5']);
    expect(result.skipped.map((s) => [s.fill.cell, s.reason.bn])).toEqual([['G4', 'সেলটিতে এখন কিছু লেখা আছে, তাই পূরণ করা হয়নি']]);
    expect([host.cell(S3, 'G3').value, host.cell(S3, 'G4').value, host.cell(S3, 'G5').value]).toEqual(['১০.৫০', '৩', 2.4]);
    expect(result.syncs).toBe(3);
    expect(sync).toHaveBeenCalledTimes(3);

    const log = host.sheet(LOG_SHEET_NAME);
    expect(log.visibility).toBe('VeryHidden');
    const rows = logRows(host);
    expect(rows[0]).toEqual([...LOG_COLUMNS]);
    expect(rows.slice(1).map((r) => decodeLogRow(r))).toEqual([
      { batch: result.batch, time: '2025-07-10T09:00:00.000Z', sheet: S3, cell: 'G3', oldValue: null, oldFormat: 'General', written: '১০.৫০', status: 'written' },
      { batch: result.batch, time: '2025-07-10T09:00:00.000Z', sheet: S3, cell: 'G5', oldValue: null, oldFormat: '0.00', written: 2.4, status: 'written' },
    ]);
    // Every log cell is text, so Excel keeps "2.4" as written.
    expect(log.get(2, 6)).toMatchObject({ value: '2.4', numberFormat: '@' });
  });

  test('undo restores the exact previous state where the cell still holds our marks, keeps the clerk’s later edit, marks the log', async () => {
    const { host, open } = setup();
    await applyFills(open().context, [fill('G3', '১০.৫০'), fill('G5', 2.4)]);
    host.sheet(S3).ensure(2, 6).numberFormat = '0.00'; // the clerk reformatted a filled cell …
    host.type(S3, 'G5', '২.৫০'); // … and corrected another

    const { context, sync } = open();
    const undo = await undoFill(context);
    expect(JSON.stringify(undo)).not.toMatch(MOCK_TEXT);
    expect(undo.restored.map((e) => e.cell)).toEqual(['G3']);
    expect(undo.kept.map((e) => e.cell)).toEqual(['G5']);
    expect(host.cell(S3, 'G3')).toMatchObject({ value: null, formula: null, numberFormat: 'General' });
    expect(host.cell(S3, 'G5')).toMatchObject({ value: '২.৫০', numberFormat: '0.00' });
    expect(logRows(host).slice(1).map((r) => [r[3], r[7]])).toEqual([['G3', 'undone'], ['G5', 'kept']]);
    expect(undo.syncs).toBe(4);
    expect(sync).toHaveBeenCalledTimes(4);

    // Nothing written is left: a second undo finds no batch.
    const again = await undoFill(open().context);
    expect(again).toMatchObject({ batch: null, restored: [], kept: [] });
  });
});

describe('highlights on the mock', () => {
  const finding = (sheet: string, cell: string, severity: Finding['severity']): Finding => ({
    sheet,
    cell,
    row: Number(cell.slice(1)),
    rule: 'total-mismatch',
    severity,
    message: 'মোট অর্জন ৭০০, ত্রৈমাসিক অর্জনের যোগফল ৬৫০ / Total 700, quarters add up to 650',
    messages: { bn: 'মোট অর্জন ৭০০, ত্রৈমাসিক অর্জনের যোগফল ৬৫০', en: 'Total 700, quarters add up to 650' },
  });

  test('adds our marked rules (error wins on a cell), replaces them on the next run, clear removes only ours', async () => {
    const { host, open } = setup();
    const clerks = { id: '{clerk}', box: { top: 2, left: 6, bottom: 5, right: 6 }, type: 'Custom', formula: '=G3>10', fillColor: '#FF0000', deleted: false };
    host.sheet(S3).conditionalFormats.push(clerks);
    host.paint(S3, 'F3', '#00B050');
    const fillsBefore = host.fills();

    const first = open();
    const r = await highlightFindings(first.context, [
      finding(S3, 'F3', 'warning'),
      finding(S3, 'F3', 'error'),
      finding(S3, 'G5', 'warning'),
      finding(ANNEX, 'C2', 'error'),
      finding('পুরনো শিট', 'A1', 'error'),
    ]);
    expect(r).toEqual({ added: 3, removed: 0, syncs: 3 });
    expect(first.sync).toHaveBeenCalledTimes(3);
    const ours = (name: string) =>
      host.sheet(name).conditionalFormats.filter((c) => isOurFormula(c.formula)).map((c) => [c.box.top, c.box.left, c.type, c.formula, c.fillColor]);
    expect(ours(S3).sort()).toEqual(
      [
        [2, 5, 'Custom', markerFormula('error'), ERROR_FILL],
        [4, 6, 'Custom', markerFormula('warning'), WARNING_FILL],
      ].sort(),
    );
    expect(ours(ANNEX)).toEqual([[1, 2, 'Custom', markerFormula('error'), ERROR_FILL]]);
    expect(host.fills()).toEqual(fillsBefore);

    const second = await highlightFindings(open().context, [finding(S3, 'G5', 'error')]);
    expect(second).toEqual({ added: 1, removed: 3, syncs: 3 });
    expect([...ours(S3), ...ours(ANNEX)]).toEqual([[4, 6, 'Custom', markerFormula('error'), ERROR_FILL]]);

    const last = open();
    expect(await clearHighlights(last.context)).toEqual({ added: 0, removed: 1, syncs: 3 });
    expect(last.sync).toHaveBeenCalledTimes(3);
    expect(host.sheets.flatMap((s) => s.conditionalFormats)).toEqual([clerks]);
    expect(host.fills()).toEqual(fillsBefore);
  });
});

describe('selectCell on the mock', () => {
  test('activates the sheet and selects the cell, in 2 syncs', async () => {
    const { host, open } = setup();
    expect(host.activeSheetId).toBe(host.sheet(INDEX).id);
    const { context, sync } = open();
    await selectCell(context, S3, 'F4');
    expect(host.activeSheetId).toBe(host.sheet(S3).id);
    expect(host.selection).toEqual({ sheetId: host.sheet(S3).id, box: { top: 3, left: 5, bottom: 3, right: 5 } });
    expect(sync).toHaveBeenCalledTimes(2);
  });

  test('a hidden or missing sheet: a bilingual message after one sync, and the selection stays', async () => {
    const { host, open } = setup();
    const hidden = open();
    await expect(selectCell(hidden.context, ANNEX, 'C2')).rejects.toMatchObject({
      messages: { bn: expect.stringContaining('লুকানো'), en: expect.stringContaining('hidden') },
    });
    expect(hidden.sync).toHaveBeenCalledTimes(1);
    await expect(selectCell(open().context, 'মুছে ফেলা শিট', 'A1')).rejects.toMatchObject({
      messages: { en: 'Sheet "মুছে ফেলা শিট" was not found; if it was renamed, validate again.' },
    });
    expect(host.selection).toBeNull();
    expect(host.activeSheetId).toBe(host.sheet(INDEX).id);
  });
});

describe('the ribbon command on mocked Office and Excel globals', () => {
  type Commands = typeof import('../../src/commands/commands');
  type Events = typeof import('../../src/excel/events');

  /** A generated Section 3 sheet with two planted errors: a wrong মোট অর্জন and claimed marks over the weight. */
  function withErrors(): WorkbookGrid {
    const [s] = generatedSheets(1, 6);
    s.rows[s.indicatorRows[0]][20] = '৯৯৯';
    s.rows[s.indicatorRows[1]][21] = '১২.০০';
    return { sheets: [gridOf(s)] };
  }

  /** Loads commands.ts as the shared runtime does: it registers itself once Office is ready. */
  async function loadCommands(): Promise<{ commands: Commands; events: Events }> {
    let loaded: { commands: Commands; events: Events } | undefined;
    jest.isolateModules(() => {
      loaded = { events: require('../../src/excel/events') as Events, commands: require('../../src/commands/commands') as Commands };
    });
    await new Promise((r) => setImmediate(r)); // Office.onReady().then(associate)
    return loaded as { commands: Commands; events: Events };
  }

  test('Validate as the manifest runs it: read, analyse, highlight the errors, publish, open the pane, complete once, 5 syncs', async () => {
    const host = FakeWorkbookHost.fromGrid(withErrors());
    const office = installMockOffice(host);
    try {
      const { commands, events } = await loadCommands();
      expect(office.associate).toHaveBeenCalledTimes(1);
      expect(office.associate).toHaveBeenCalledWith('validate', commands.validate);
      const heard: [Analysis, unknown][] = [];
      events.onValidated((a, meta) => heard.push([a, meta]));

      const event = { completed: jest.fn() };
      await (office.associate.mock.calls[0][1] as Commands['validate'])(event);

      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(heard).toHaveLength(1);
      const [analysis, meta] = heard[0];
      expect(meta).toEqual({ trigger: 'ribbon', syncs: 2 });
      const errors = analysis.findings.filter((f) => f.severity === 'error').map((f) => f.cell);
      expect(errors).toEqual(expect.arrayContaining(['U8', 'V10']));
      const marked = host.sheet(S3).conditionalFormats.filter((c) => isOurFormula(c.formula));
      expect(marked.map((c) => `${'ABCDEFGHIJKLMNOPQRSTUVW'[c.box.left]}${c.box.top + 1}`).sort()).toEqual([...new Set(analysis.findings.map((f) => f.cell))].sort());
      expect(marked.filter((c) => c.fillColor === ERROR_FILL)).toHaveLength(new Set(errors).size);
      expect(office.showAsTaskpane).toHaveBeenCalledTimes(1);
      expect(office.contexts).toHaveLength(1); // one Excel.run: read 2 + highlight 3
      expect(office.syncs()).toBe(5);
    } finally {
      office.uninstall();
    }
  });

  test('a clean workbook: stale highlights go, the pane opens on "no errors", completed once', async () => {
    const [s] = generatedSheets(1, 6);
    const host = FakeWorkbookHost.fromGrid({ sheets: [gridOf(s)] });
    host.sheet(S3).conditionalFormats.push({ id: '{old}', box: { top: 7, left: 20, bottom: 7, right: 20 }, type: 'Custom', formula: markerFormula('error'), fillColor: ERROR_FILL, deleted: false });
    const office = installMockOffice(host);
    try {
      const { events } = await loadCommands();
      const heard: Analysis[] = [];
      events.onValidated((a) => heard.push(a));
      const event = { completed: jest.fn() };
      await (office.associate.mock.calls[0][1] as Commands['validate'])(event);
      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(heard[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(host.sheet(S3).conditionalFormats).toEqual([]);
      expect(office.showAsTaskpane).toHaveBeenCalledTimes(1);
    } finally {
      office.uninstall();
    }
  });

  test('Excel.run failing: completed() anyway and the failure published in both languages', async () => {
    const host = FakeWorkbookHost.fromGrid(withErrors());
    const office = installMockOffice(host);
    (globalThis as { Excel: { run: unknown } }).Excel.run = async () => {
      throw Object.assign(new Error('The host is busy'), { code: 'GeneralException' });
    };
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { events } = await loadCommands();
      const failures: string[] = [];
      events.onValidationFailed((m) => failures.push(`${m.bn} / ${m.en}`));
      const event = { completed: jest.fn() };
      await (office.associate.mock.calls[0][1] as Commands['validate'])(event);
      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(failures).toEqual([expect.stringMatching(/যাচাই করা যায়নি.*Validation failed/)]);
      expect(office.showAsTaskpane).toHaveBeenCalledTimes(1);
    } finally {
      quiet.mockRestore();
      office.uninstall();
    }
  });
});
