import { sheetFromRows } from '../../src/engine/grid/fromRows';
import type { Analysis, Finding } from '../../src/engine/report/types';
import { createValidateCommand, registerCommands, type CommandDeps } from '../../src/commands/commands';
import { onValidated, onValidationFailed } from '../../src/excel/events';
import { isOurFormula } from '../../src/excel/highlights';
import { installFakeOffice, makeCommandEvent } from '../support/fakeExcel';

const S3 = 'সেকশন ৩';
const workbook = { sheets: [sheetFromRows(S3, ['কর্মসম্পাদন সূচক\tমোট অর্জন\tদাবীকৃত নম্বর', '[১.১.১]\t১৮২\t৫'])] };

function finding(severity: Finding['severity']): Finding {
  return { sheet: S3, cell: 'B2', row: 2, rule: 'total-mismatch', severity, message: 'মোট / Total', messages: { bn: 'মোট', en: 'Total' } };
}
const analysisWith = (findings: Finding[]): Analysis => ({ tables: [], findings, fills: [] });

describe('ribbon command validate', () => {
  let fake: ReturnType<typeof installFakeOffice>;
  beforeEach(() => {
    fake = installFakeOffice(globalThis, workbook);
  });
  afterEach(() => fake.uninstall());

  function deps(analysis: Analysis | Error): CommandDeps & { shown: number; confirmed: number } {
    const d = {
      shown: 0,
      confirmed: 0,
      run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => Excel.run((c) => batch(c)),
      validate: async () => {
        if (analysis instanceof Error) throw analysis;
        return analysis;
      },
      highlight: async (c: Excel.RequestContext, f: Finding[]) => (await import('../../src/excel/highlights')).highlightFindings(c, f),
      showTaskpane: async () => void d.shown++,
      confirm: async () => void d.confirmed++,
    };
    return d;
  }

  test('errors found: highlights, publishes to the pane, opens the pane, completes once', async () => {
    const heard: Analysis[] = [];
    const off = onValidated((a, meta) => {
      expect(meta.trigger).toBe('ribbon');
      heard.push(a);
    });
    const d = deps(analysisWith([finding('error')]));
    const event = makeCommandEvent();
    await createValidateCommand(d)(event);
    off();
    expect(event.completedCount).toBe(1);
    expect(heard).toHaveLength(1);
    expect(d.shown).toBe(1);
    expect(d.confirmed).toBe(0);
    expect(fake.host.sheet(S3).conditionalFormats.filter((c) => isOurFormula(c.formula))).toHaveLength(1);
  });

  test('no errors: a confirmation instead, still completed', async () => {
    const d = deps(analysisWith([finding('warning')]));
    const event = makeCommandEvent();
    await createValidateCommand(d)(event);
    expect(event.completedCount).toBe(1);
    expect([d.shown, d.confirmed]).toEqual([0, 1]);
  });

  test('the engine throws: completed() anyway, the failure published in both languages, the pane opened', async () => {
    const failures: string[] = [];
    const off = onValidationFailed((m) => failures.push(`${m.bn} / ${m.en}`));
    const d = deps(new TypeError('engine bug'));
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const event = makeCommandEvent();
    await createValidateCommand(d)(event);
    spy.mockRestore();
    off();
    expect(event.completedCount).toBe(1);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/যাচাই করা যায়নি.*Validation failed/);
    expect(d.shown).toBe(1);
  });

  test('even when opening the pane fails too, completed() is called', async () => {
    const d = deps(new Error('host gone'));
    d.showTaskpane = async () => {
      throw new Error('no pane');
    };
    let completed = 0;
    const event = { completed: () => void completed++ };
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await createValidateCommand(d)(event);
    spy.mockRestore();
    expect(completed).toBe(1);
  });

  test('registered as "validate" inside Office.onReady; a ribbon click on the fake host runs the real chain', async () => {
    const analyze = jest.fn(() => analysisWith([finding('error')]));
    const { validateWorkbook } = await import('../../src/excel/validateWorkbook');
    const handler = createValidateCommand({
      run: (batch) => Excel.run((c) => batch(c)),
      validate: (c, o) => validateWorkbook(c, o, analyze),
      highlight: async (c, f) => (await import('../../src/excel/highlights')).highlightFindings(c, f),
      showTaskpane: () => Office.addin.showAsTaskpane(),
      confirm: () => Office.addin.showAsTaskpane(),
    });
    await registerCommands(Office, handler);
    const event = await fake.invoke('validate');
    expect(event.completedCount).toBe(1);
    expect(analyze).toHaveBeenCalledTimes(1);
    const grid = (analyze.mock.calls[0] as unknown[])[0] as { sheets: { name: string; values: unknown[][] }[] };
    expect(grid.sheets[0].values[1]).toEqual(['[১.১.১]', '১৮২', '৫']);
    expect(fake.taskpane.shown).toBe(1);
    // read 2 + highlight 3 syncs: constant.
    expect(fake.host.syncs).toBe(5);
  });
});
