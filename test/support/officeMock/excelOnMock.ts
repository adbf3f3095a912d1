import { OfficeMockObject } from 'office-addin-mock';
import { boxAddress, intersect, parseBox } from '../fakeExcel/address';
import { HostSheet, MAX_COLS, MAX_ROWS, type Box, type FakeWorkbookHost, type HostCell, type HostConditionalFormat } from '../fakeExcel/hostModel';

/**
 * The Excel object model on office-addin-mock's OfficeMockObject (Microsoft's mock, as in their templates), over
 * the same document store as the fake host (FakeWorkbookHost's sheets: cells, merges, conditional formats). Only
 * the object layer differs from the fake host, so a test that runs one adapter call on both compares exactly
 * what each object layer lets the adapter see and do.
 *
 * What is the mock's own: every scalar property is unreadable until loaded AND synced (it reads
 * "Error, property was not loaded", then "Error, context.sync() was not called"), `load` refuses a property the
 * data does not have, a write is a plain assignment, and methods are the plain functions in the data.
 *
 * What the mock lacks, extended here (each extension is marked ‹ext›):
 * - it has no document behind it: objects are built from the document when a method returns them (a snapshot
 *   at that moment; Excel would take it at the sync), and writes are copied into the document at the next sync;
 * - its tree is fixed at construction and `sync` walks only that tree: objects made by methods are registered
 *   here and synced with the context;
 * - it cannot load through a collection (`items/name`): `load` here sends the part after `items/` to each item;
 * - it has no `isNullObject`: every object here has one, loaded with any load of the object, as in Office.js;
 * - its data cannot hold null (it recurses into it): a null object's properties are undefined;
 * - it counts no syncs: `sync` is wrapped in a jest spy;
 * - method calls (add, delete, activate, select) take effect at the next sync, before the property writes of
 *   that batch (the adapter never needs the other order); writes store exactly what was assigned (Excel's
 *   parsing of typed text, e.g. "2.4" into a number, is the fake host's, not the mock's).
 */

export const NOT_LOADED = 'Error, property was not loaded';
export const NOT_SYNCED = 'Error, context.sync() was not called';

type Mock = OfficeMockObject & Record<string, any>;
type Data = Record<string, unknown>;

/** Ranges bigger than this carry no cell data (Excel refuses 5M-cell reads; loading values of one fails here). */
const MAX_DATA_CELLS = 100_000;
const WHOLE_SHEET: Box = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

export interface MockContext {
  context: Excel.RequestContext;
  /** The spy on context.sync: its call count is the round trips. */
  sync: jest.SpyInstance<Promise<void>, []>;
}

/** ‹ext› load(): paths after `items/` go to each item; `isNullObject` comes with every load. */
function loader(items?: Mock[]) {
  return function load(this: Mock, spec?: string | string[]): Mock {
    const paths = spec === undefined ? ['*'] : (Array.isArray(spec) ? spec : [spec]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
    const own = new Set<string>(['isNullObject']);
    const nested = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (rest.length === 0 && !(head === 'items' && items)) own.add(head);
      else nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
    }
    for (const [head, rest] of nested) {
      if (head === 'items' && items) {
        own.add('items');
        if (rest.length > 0) for (const item of items) item.load(rest);
        continue;
      }
      const child = this[head] as unknown;
      if (!(child instanceof OfficeMockObject)) throw new Error(`${head} is not a navigation property of this mock`);
      (child as Mock).load(rest);
    }
    OfficeMockObject.prototype.load.call(this, [...own]);
    return this;
  };
}

/** A navigation object inside a mock's data (populated by the mock as a child it syncs itself). */
function nav(fields: Data, items?: Mock[], isNull = false): Data {
  return { isNullObject: isNull, ...fields, ...(items ? { items } : {}), load: loader(items) };
}

function apiValue(c: HostCell | undefined): string | number | boolean {
  if (!c || c.value === null) return '';
  return typeof c.value === 'object' ? c.value.error : c.value;
}

function grid<V>(sheet: HostSheet, b: Box, f: (c: HostCell | undefined) => V): V[][] {
  const out: V[][] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const row: V[] = [];
    for (let c = b.left; c <= b.right; c++) row.push(f(sheet.get(r, c)));
    out.push(row);
  }
  return out;
}

/** Matching cells as one area per row run (Excel may cut them differently; the adapter must not care). */
function runs(sheet: HostSheet, within: Box, match: (c: HostCell) => boolean): Box[] {
  const used = sheet.usedBox(true, within);
  if (!used) return [];
  const out: Box[] = [];
  for (let r = used.top; r <= used.bottom; r++) {
    for (let c = used.left; c <= used.right; c++) {
      const cell = sheet.get(r, c);
      if (!cell || !match(cell)) continue;
      let end = c;
      while (end + 1 <= used.right && sheet.get(r, end + 1) && match(sheet.get(r, end + 1) as HostCell)) end++;
      out.push({ top: r, left: c, bottom: r, right: end });
      c = end;
    }
  }
  return out;
}

function special(cellType: string, valueType?: string): (c: HostCell) => boolean {
  if (cellType === 'Formulas' && valueType === undefined) return (c) => c.formula !== null;
  if (cellType === 'Constants' && valueType === 'Numbers') return (c) => c.formula === null && typeof c.value === 'number';
  throw new Error(`getSpecialCellsOrNullObject(${cellType}, ${valueType}) is not modelled on the mock`);
}

function dims(b: Box): { rows: number; cols: number } {
  return { rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 };
}

function writeGrid(sheet: HostSheet, b: Box, input: unknown, put: (cell: HostCell, v: unknown) => void): void {
  const { rows, cols } = dims(b);
  const m = input as unknown[][];
  // Excel refuses a matrix of the wrong shape; the mock would take anything.
  if (!Array.isArray(m) || m.length !== rows || m.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new Error(`a ${rows}×${cols} range was given ${JSON.stringify(input)}`);
  }
  m.forEach((row, r) => row.forEach((v, c) => put(sheet.ensure(b.top + r, b.left + c), v)));
}

/** A request context on office-addin-mock over `host`'s document; one per Excel.run, as in Office.js. */
export function mockContext(host: FakeWorkbookHost): MockContext {
  const made: Mock[] = [];
  const effects: (() => void)[] = [];
  const writes: (() => void)[] = [];

  function make(data: Data, items?: Mock[]): Mock {
    const m = new OfficeMockObject(nav(data, items)) as Mock;
    made.push(m);
    return m;
  }

  /**
   * ‹ext› A property write reaches the document at the next sync (the mock only keeps the assignment). `original`
   * is the data's value, which the property shows once loaded and synced: that is not a write.
   */
  function watch(m: Mock, prop: string, original: unknown, apply: (v: unknown) => void): void {
    let applied: unknown = original;
    writes.push(() => {
      const v = m[prop] as unknown;
      if (v === applied || v === original || v === NOT_LOADED || v === NOT_SYNCED) return;
      applied = v;
      apply(v);
    });
  }

  function conditionalFormat(sheet: HostSheet, cf: HostConditionalFormat): Mock {
    const custom = (isNull: boolean): Data =>
      nav({ rule: nav({ formula: cf.formula ?? undefined }), format: nav({ fill: nav({ color: cf.fillColor ?? undefined }) }) }, undefined, isNull);
    const m = make({
      id: cf.id,
      type: cf.type,
      custom: custom(false),
      customOrNullObject: custom(cf.type !== 'Custom'),
      delete(): void {
        effects.push(() => {
          cf.deleted = true;
          sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
        });
      },
    });
    watch(m.custom.rule, 'formula', cf.formula ?? undefined, (v) => (cf.formula = String(v)));
    watch(m.custom.format.fill, 'color', cf.fillColor ?? undefined, (v) => (cf.fillColor = String(v)));
    return m;
  }

  function conditionalFormats(sheet: HostSheet, box: Box): Data {
    const items = sheet.conditionalFormats.filter((cf) => !cf.deleted && intersect(cf.box, box)).map((cf) => conditionalFormat(sheet, cf));
    return nav(
      {
        add(type: string): Mock {
          const created: HostConditionalFormat = { id: `{mock-cf-${Math.random().toString(16).slice(2, 10)}}`, box: { ...box }, type, formula: null, fillColor: null, deleted: false };
          effects.push(() => sheet.conditionalFormats.unshift(created)); // new rules go on top, as in Excel
          return conditionalFormat(sheet, created);
        },
      },
      items,
    );
  }

  function areas(sheet: HostSheet, boxes: Box[]): Mock {
    if (boxes.length === 0) return make({ isNullObject: true, areas: nav({}, []) });
    return make({ address: boxes.map((b) => boxAddress(sheet.name, b)).join(','), areaCount: boxes.length, areas: nav({}, boxes.map((b) => range(sheet, b))) });
  }

  function range(sheet: HostSheet, box: Box | null): Mock {
    if (box === null) {
      return make({ isNullObject: true, address: undefined, rowIndex: undefined, columnIndex: undefined, rowCount: undefined, columnCount: undefined, values: undefined });
    }
    const { rows, cols } = dims(box);
    const cells: { values?: unknown[][]; formulas?: unknown[][]; numberFormat?: string[][] } =
      rows * cols <= MAX_DATA_CELLS
        ? {
            values: grid(sheet, box, apiValue),
            formulas: grid(sheet, box, (c) => c?.formula ?? apiValue(c)),
            numberFormat: grid(sheet, box, (c) => c?.numberFormat ?? 'General'),
          }
        : {};
    const m = make({
      address: boxAddress(sheet.name, box),
      rowIndex: box.top,
      columnIndex: box.left,
      rowCount: rows,
      columnCount: cols,
      ...cells,
      conditionalFormats: conditionalFormats(sheet, box),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => range(sheet, sheet.usedBox(valuesOnly === true, box)),
      getSpecialCellsOrNullObject: (cellType: string, valueType?: string) => areas(sheet, runs(sheet, box, special(cellType, valueType))),
      getMergedAreasOrNullObject: () => areas(sheet, sheet.merges.filter((mg) => intersect(mg, box)).map((mg) => ({ ...mg }))),
      select(): void {
        effects.push(() => {
          host.activeSheetId = sheet.id;
          host.selection = { sheetId: sheet.id, box: { ...box } };
        });
      },
    });
    watch(m, 'numberFormat', cells.numberFormat, (v) => writeGrid(sheet, box, v, (cell, f) => void (typeof f === 'string' && (cell.numberFormat = f))));
    watch(m, 'values', cells.values, (v) =>
      writeGrid(sheet, box, v, (cell, x) => {
        if (x === null || x === undefined) return;
        const text = typeof x === 'string';
        cell.formula = text && x.startsWith('=') ? x : null;
        cell.value = x === '' || cell.formula !== null ? null : (x as HostCell['value']);
      }),
    );
    return m;
  }

  function worksheet(sheet: HostSheet | null): Mock {
    if (sheet === null) return make({ isNullObject: true, id: undefined, name: undefined, visibility: undefined });
    const m = make({
      id: sheet.id,
      name: sheet.name,
      visibility: sheet.visibility,
      position: host.sheets.indexOf(sheet),
      getRange: (address?: string) => range(sheet, address ? parseBox(address) : WHOLE_SHEET),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        range(sheet, { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => range(sheet, sheet.usedBox(valuesOnly === true)),
      activate(): void {
        effects.push(() => (host.activeSheetId = sheet.id));
      },
    });
    watch(m, 'visibility', sheet.visibility, (v) => (sheet.visibility = v as HostSheet['visibility']));
    return m;
  }

  const find = (name: string): HostSheet | null => host.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;

  function worksheets(): Mock {
    return make(
      {
        getItem(name: string): Mock {
          // The mock cannot fail a sync; a missing sheet fails here, at once.
          const s = find(name);
          if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
          return worksheet(s);
        },
        getItemOrNullObject: (name: string) => worksheet(find(name)),
        add(name: string): Mock {
          const created = new HostSheet(name);
          effects.push(() => host.sheets.push(created));
          return worksheet(created);
        },
      },
      host.sheets.map((s) => worksheet(s)),
    );
  }

  const root = new OfficeMockObject({ workbook: {} }) as Mock;
  // ‹ext› The sheet list as it is now, on every access (the mock's tree would keep the first one forever).
  Object.defineProperty(root.workbook, 'worksheets', { get: worksheets });
  const mockSync = root.sync.bind(root);
  root.sync = async (): Promise<void> => {
    for (const e of effects.splice(0)) e();
    for (const w of writes) w();
    await mockSync();
    for (const m of made) await m.sync();
  };
  const sync = jest.spyOn(root as { sync(): Promise<void> }, 'sync');
  return { context: root as unknown as Excel.RequestContext, sync };
}

export interface MockOffice {
  /** Every Excel.run's context, in order (their sync spies add up to the command's round trips). */
  contexts: MockContext[];
  associate: jest.Mock;
  showAsTaskpane: jest.Mock;
  syncs(): number;
  uninstall(): void;
}

/**
 * `Excel` and `Office` as OfficeMockObjects on globalThis, the way Microsoft's templates mock them. ‹ext› The
 * templates' `run` drops the batch's result; Excel.run returns it, and the ribbon command depends on that.
 */
export function installMockOffice(host: FakeWorkbookHost): MockOffice {
  const g = globalThis as Record<string, unknown>;
  const previous = { Excel: g.Excel, Office: g.Office };
  const contexts: MockContext[] = [];
  const associate = jest.fn();
  const showAsTaskpane = jest.fn(async () => undefined);
  g.Excel = new OfficeMockObject({
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const c = mockContext(host);
      contexts.push(c);
      return batch(c.context);
    },
  });
  g.Office = new OfficeMockObject({ onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }), actions: { associate }, addin: { showAsTaskpane } });
  return {
    contexts,
    associate,
    showAsTaskpane,
    syncs: () => contexts.reduce((n, c) => n + c.sync.mock.calls.length, 0),
    uninstall(): void {
      g.Excel = previous.Excel;
      g.Office = previous.Office;
    },
  };
}
