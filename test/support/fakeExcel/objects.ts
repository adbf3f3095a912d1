import { FakeClientObject, FakeClientResult, type QueueHost } from './clientObject';
import { FakeOfficeError } from './errors';
import { boxAddress, intersect, parseBox } from './address';
import { HostSheet, MAX_COLS, MAX_ROWS, type Box, type FakeWorkbookHost, type HostCell, type HostConditionalFormat } from './hostModel';

/**
 * The Excel object model, as far as the adapter uses it: Workbook, WorksheetCollection, Worksheet, Range,
 * RangeAreas, RangeCollection, RangeFormat/RangeFill, ConditionalFormatCollection and the custom conditional
 * format chain. Anything else is deliberately absent, so a new call in the adapter fails loudly here first.
 */

export interface RangeTarget {
  sheet: HostSheet;
  box: Box;
}

export interface AreasTarget {
  sheet: HostSheet;
  boxes: Box[];
}

export interface FakeContextLike extends QueueHost {
  readonly host: FakeWorkbookHost;
}

const cellsOf = (b: Box): number => (b.bottom - b.top + 1) * (b.right - b.left + 1);

function errorText(v: HostCell['value']): string | null {
  return v !== null && typeof v === 'object' ? v.error : null;
}

function apiValue(c: HostCell | undefined): string | number | boolean {
  if (!c || c.value === null) return '';
  return errorText(c.value) ?? (c.value as string | number | boolean);
}

function valueType(c: HostCell | undefined): string {
  if (!c || c.value === null) return c?.formula ? 'String' : 'Empty';
  if (typeof c.value === 'object') return 'Error';
  if (typeof c.value === 'number') return 'Double';
  if (typeof c.value === 'boolean') return 'Boolean';
  return 'String';
}

function matrix<V>(t: RangeTarget, f: (c: HostCell | undefined) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.box.top; r <= t.box.bottom; r++) {
    const row: V[] = [];
    for (let c = t.box.left; c <= t.box.right; c++) row.push(f(t.sheet.get(r, c)));
    out.push(row);
  }
  return out;
}

/** Writes a matrix (or one scalar to every cell), as Excel does; wrong dimensions are refused. */
function writeMatrix(t: RangeTarget, input: unknown, put: (cell: HostCell, v: unknown) => void): void {
  const rows = t.box.bottom - t.box.top + 1;
  const cols = t.box.right - t.box.left + 1;
  const scalar = !Array.isArray(input);
  if (!scalar) {
    const m = input as unknown[][];
    if (m.length !== rows || m.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size of the range (${rows}×${cols}).`);
    }
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = scalar ? input : (input as unknown[][])[r][c];
      put(t.sheet.ensure(t.box.top + r, t.box.left + c), v);
    }
  }
}

/** What typing (or writing `values`) does: "=…" is a formula, "" clears, plain ASCII numbers become numbers. */
function putValue(cell: HostCell, v: unknown): void {
  if (v === null || v === undefined) return; // null in a values matrix leaves the cell alone
  if (typeof v === 'string') {
    if (v.startsWith('=')) {
      cell.formula = v;
      cell.value = null;
      return;
    }
    cell.formula = null;
    if (v === '') cell.value = null;
    else if (cell.numberFormat !== '@' && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(v.trim())) cell.value = Number(v);
    else cell.value = v;
    return;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.formula = null;
    cell.value = v;
    return;
  }
  throw new FakeOfficeError('InvalidArgument', `Unsupported value ${JSON.stringify(v)}`);
}

/** Rectangles covering the matching cells: runs per row, stacked when rows repeat the same run. */
function areasOf(t: RangeTarget, match: (c: HostCell) => boolean): Box[] {
  const used = t.sheet.usedBox(true, t.box);
  if (!used) return [];
  const done: Box[] = [];
  let open = new Map<string, Box>();
  for (let r = used.top; r <= used.bottom; r++) {
    const next = new Map<string, Box>();
    let c = used.left;
    while (c <= used.right) {
      const cell = t.sheet.get(r, c);
      if (!cell || !match(cell)) {
        c++;
        continue;
      }
      const start = c;
      while (c + 1 <= used.right) {
        const n = t.sheet.get(r, c + 1);
        if (!n || !match(n)) break;
        c++;
      }
      const key = `${start}:${c}`;
      const prev = open.get(key);
      if (prev && prev.bottom === r - 1) {
        prev.bottom = r;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, { top: r, left: start, bottom: r, right: c });
      c++;
    }
    for (const b of open.values()) done.push(b);
    open = next;
  }
  for (const b of open.values()) done.push(b);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

function specialMatch(cellType: string, valueType: string | undefined): (c: HostCell) => boolean {
  const vt = valueType ?? 'All';
  const typeOk = (c: HostCell): boolean => {
    if (vt === 'All') return true;
    const v = c.value;
    const kind = v === null ? 'Text' : typeof v === 'object' ? 'Errors' : typeof v === 'number' ? 'Numbers' : typeof v === 'boolean' ? 'Logical' : 'Text';
    return vt.includes(kind) || (kind === 'Errors' && vt.startsWith('Errors'));
  };
  if (cellType === 'Formulas') return (c) => c.formula !== null && typeOk(c);
  if (cellType === 'Constants') return (c) => c.formula === null && c.value !== null && typeOk(c);
  if (cellType === 'Blanks') return (c) => c.formula === null && c.value === null;
  throw new FakeOfficeError('InvalidArgument', `getSpecialCells(${cellType}) is not modelled by the fake host`);
}

function checkCells(ctx: FakeContextLike, box: Box, what: string): void {
  const limit = ctx.host.limits.cellsPerGet;
  if (limit !== null && cellsOf(box) > limit) {
    throw new FakeOfficeError('RangeExceedsLimit', `The cell count in the range has exceeded the maximum supported number (${what}: ${cellsOf(box)} cells).`);
  }
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  private readonly ctx: FakeContextLike;

  constructor(ctx: FakeContextLike, resolver: () => RangeTarget | null, nullable = false) {
    super(ctx, 'Range', resolver, nullable);
    this.ctx = ctx;
  }

  protected _scalarNames(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'cellCount', 'values', 'formulas', 'numberFormat', 'valueTypes'];
  }

  protected _read(name: string, t: RangeTarget): unknown {
    switch (name) {
      case 'address':
      case 'addressLocal':
        return boxAddress(t.sheet.name, t.box);
      case 'rowIndex':
        return t.box.top;
      case 'columnIndex':
        return t.box.left;
      case 'rowCount':
        return t.box.bottom - t.box.top + 1;
      case 'columnCount':
        return t.box.right - t.box.left + 1;
      case 'cellCount':
        return cellsOf(t.box);
      case 'values':
        checkCells(this.ctx, t.box, name);
        return matrix(t, apiValue);
      case 'formulas':
        checkCells(this.ctx, t.box, name);
        return matrix(t, (c) => (c?.formula ? c.formula : apiValue(c)));
      case 'numberFormat':
        checkCells(this.ctx, t.box, name);
        return matrix(t, (c) => c?.numberFormat ?? 'General');
      case 'valueTypes':
        checkCells(this.ctx, t.box, name);
        return matrix(t, valueType);
      default:
        return undefined;
    }
  }

  protected _navigate(name: string): FakeClientObject | undefined {
    if (name === 'format') return this.format;
    if (name === 'conditionalFormats') return this.conditionalFormats;
    if (name === 'worksheet') return this.worksheet;
    return undefined;
  }

  get address(): string { return this._get('address'); }
  get rowIndex(): number { return this._get('rowIndex'); }
  get columnIndex(): number { return this._get('columnIndex'); }
  get rowCount(): number { return this._get('rowCount'); }
  get columnCount(): number { return this._get('columnCount'); }
  get cellCount(): number { return this._get('cellCount'); }
  get values(): unknown[][] { return this._get('values'); }
  set values(v: unknown[][]) { this._queueSet('values', v, (t) => writeMatrix(t, v, putValue)); }
  get formulas(): unknown[][] { return this._get('formulas'); }
  set formulas(v: unknown[][]) { this._queueSet('formulas', v, (t) => writeMatrix(t, v, putValue)); }
  get numberFormat(): string[][] { return this._get('numberFormat'); }
  set numberFormat(v: string[][]) {
    this._queueSet('numberFormat', v, (t) =>
      writeMatrix(t, v, (cell, f) => {
        if (typeof f === 'string') cell.numberFormat = f;
      }),
    );
  }
  get valueTypes(): string[][] { return this._get('valueTypes'); }

  get format(): FakeRangeFormat {
    return this._child('format', () => new FakeRangeFormat(this.ctx, () => this._resolve()));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._child('conditionalFormats', () => new FakeConditionalFormatCollection(this.ctx, () => this._resolve()));
  }

  get worksheet(): FakeWorksheet {
    return this._child('worksheet', () => new FakeWorksheet(this.ctx, () => this._resolve()?.sheet ?? null));
  }

  private derived(name: string, args: unknown[], make: (t: RangeTarget) => RangeTarget | null, nullable: boolean): FakeRange {
    this._describe(name, args);
    return new FakeRange(this.ctx, () => make(this._resolveStrict(name)), nullable);
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived('getCell', [row, column], (t) => ({
      sheet: t.sheet,
      box: { top: t.box.top + row, left: t.box.left + column, bottom: t.box.top + row, right: t.box.left + column },
    }), false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.derived('getUsedRangeOrNullObject', [valuesOnly], (t) => {
      const b = t.sheet.usedBox(valuesOnly === true, t.box);
      return b ? { sheet: t.sheet, box: b } : null;
    }, true);
  }

  getIntersectionOrNullObject(other: string): FakeRange {
    return this.derived('getIntersectionOrNullObject', [other], (t) => {
      const b = intersect(t.box, parseBox(other));
      return b ? { sheet: t.sheet, box: b } : null;
    }, true);
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this._describe('getMergedAreasOrNullObject', []);
    return new FakeRangeAreas(this.ctx, () => {
      const t = this._resolveStrict('getMergedAreasOrNullObject');
      const boxes = t.sheet.merges.filter((m) => intersect(m, t.box)).map((m) => ({ ...m }));
      // Documented limit: more than 512 merged areas in the range and the call fails.
      if (boxes.length > 512) throw new FakeOfficeError('GeneralException', 'More than 512 merged areas in the range.');
      return boxes.length ? { sheet: t.sheet, boxes } : null;
    }, true);
  }

  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FakeRangeAreas {
    this._describe('getSpecialCellsOrNullObject', [cellType, cellValueType]);
    return new FakeRangeAreas(this.ctx, () => {
      const t = this._resolveStrict('getSpecialCellsOrNullObject');
      const boxes = areasOf(t, specialMatch(cellType, cellValueType));
      return boxes.length ? { sheet: t.sheet, boxes } : null;
    }, true);
  }

  select(): void {
    this._queueCall('select', [], (t) => {
      if (t.sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Cannot select a range on a hidden sheet.');
      this.ctx.host.activeSheetId = t.sheet.id;
      this.ctx.host.selection = { sheetId: t.sheet.id, box: { ...t.box } };
    });
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  constructor(private readonly ctx: FakeContextLike, resolver: () => RangeTarget | null) {
    super(ctx, 'RangeFormat', resolver, true);
  }
  protected _scalarNames(): string[] { return []; }
  protected _read(): unknown { return undefined; }
  protected _navigate(name: string): FakeClientObject | undefined {
    return name === 'fill' ? this.fill : undefined;
  }
  get fill(): FakeRangeFill {
    return this._child('fill', () => new FakeRangeFill(this.ctx, () => this._resolve()));
  }
}

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  constructor(ctx: FakeContextLike, resolver: () => RangeTarget | null) {
    super(ctx, 'RangeFill', resolver, true);
  }
  protected _scalarNames(): string[] { return ['color']; }
  protected _read(name: string, t: RangeTarget): unknown {
    if (name !== 'color') return undefined;
    // Like Excel: one colour for the range, null when cells differ, "#FFFFFF" when there is no fill.
    const colors = new Set<string>();
    for (const row of matrix(t, (c) => c?.fill ?? '#FFFFFF')) for (const c of row) colors.add(c);
    return colors.size === 1 ? [...colors][0] : null;
  }
  get color(): string { return this._get('color'); }
  set color(v: string) {
    this._queueSet('color', v, (t) => writeMatrix(t, v, (cell) => { cell.fill = v.toUpperCase(); }));
  }
  clear(): void {
    this._queueCall('clear', [], (t) => writeMatrix(t, null, (cell) => { cell.fill = null; }));
  }
}

export class FakeRangeCollection extends FakeClientObject<AreasTarget> {
  constructor(private readonly ctx: FakeContextLike, resolver: () => AreasTarget | null) {
    super(ctx, 'RangeCollection', resolver, true);
  }
  protected _scalarNames(): string[] { return []; }
  protected _read(): unknown { return undefined; }
  _enumerate(t: AreasTarget): FakeClientObject[] {
    return t.boxes.map((b) => new FakeRange(this.ctx, () => ({ sheet: t.sheet, box: b })));
  }
  get items(): FakeRange[] { return this._get('items'); }
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  constructor(private readonly ctx: FakeContextLike, resolver: () => AreasTarget | null, nullable: boolean) {
    super(ctx, 'RangeAreas', resolver, nullable);
  }
  protected _scalarNames(): string[] { return ['address', 'areaCount', 'cellCount']; }
  protected _read(name: string, t: AreasTarget): unknown {
    if (name === 'address') return t.boxes.map((b) => boxAddress(t.sheet.name, b)).join(',');
    if (name === 'areaCount') return t.boxes.length;
    if (name === 'cellCount') return t.boxes.reduce((a, b) => a + cellsOf(b), 0);
    return undefined;
  }
  protected _navigate(name: string): FakeClientObject | undefined {
    return name === 'areas' ? this.areas : undefined;
  }
  get address(): string { return this._get('address'); }
  get areaCount(): number { return this._get('areaCount'); }
  get areas(): FakeRangeCollection {
    return this._child('areas', () => new FakeRangeCollection(this.ctx, () => this._resolve()));
  }
}

// ---- conditional formats: only the custom-formula kind the highlighter uses ----

export class FakeConditionalFormatCollection extends FakeClientObject<RangeTarget> {
  constructor(private readonly ctx: FakeContextLike, resolver: () => RangeTarget | null) {
    super(ctx, 'ConditionalFormatCollection', resolver, true);
  }
  protected _scalarNames(): string[] { return []; }
  protected _read(): unknown { return undefined; }
  _enumerate(t: RangeTarget): FakeClientObject[] {
    return t.sheet.conditionalFormats
      .filter((cf) => !cf.deleted && intersect(cf.box, t.box))
      .map((cf) => new FakeConditionalFormat(this.ctx, () => cf, false));
  }
  get items(): FakeConditionalFormat[] { return this._get('items'); }

  add(type: string): FakeConditionalFormat {
    let created: HostConditionalFormat | null = null;
    this._queueCall('add', [type], (t) => {
      created = { id: `{cf-${Math.random().toString(16).slice(2, 10)}}`, box: { ...t.box }, type, formula: null, fillColor: null, deleted: false };
      // New rules go on top, as in Excel.
      t.sheet.conditionalFormats.unshift(created);
    });
    return new FakeConditionalFormat(this.ctx, () => created, false);
  }
}

export class FakeConditionalFormat extends FakeClientObject<HostConditionalFormat> {
  constructor(private readonly ctx: FakeContextLike, resolver: () => HostConditionalFormat | null, nullable: boolean) {
    super(ctx, 'ConditionalFormat', resolver, nullable);
  }
  protected _scalarNames(): string[] { return ['id', 'type', 'priority', 'stopIfTrue']; }
  protected _read(name: string, cf: HostConditionalFormat): unknown {
    if (name === 'id') return cf.id;
    if (name === 'type') return cf.type;
    if (name === 'stopIfTrue') return false;
    if (name === 'priority') return 0;
    return undefined;
  }
  protected _navigate(name: string): FakeClientObject | undefined {
    if (name === 'custom') return this.custom;
    if (name === 'customOrNullObject') return this.customOrNullObject;
    return undefined;
  }
  get id(): string { return this._get('id'); }
  get type(): string { return this._get('type'); }
  get custom(): FakeCustomConditionalFormat {
    return this._child('custom', () => new FakeCustomConditionalFormat(this.ctx, () => this.customTarget(), false));
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    return this._child('customOrNullObject', () => new FakeCustomConditionalFormat(this.ctx, () => this.customTarget(), true));
  }
  private customTarget(): HostConditionalFormat | null {
    const cf = this._resolve();
    return cf && cf.type === 'Custom' ? cf : null;
  }
  delete(): void {
    this._queueCall('delete', [], (cf) => {
      cf.deleted = true;
      for (const s of this.ctx.host.sheets) s.conditionalFormats = s.conditionalFormats.filter((x) => x !== cf);
    });
  }
}

export class FakeCustomConditionalFormat extends FakeClientObject<HostConditionalFormat> {
  constructor(private readonly ctx: FakeContextLike, resolver: () => HostConditionalFormat | null, nullable: boolean) {
    super(ctx, 'CustomConditionalFormat', resolver, nullable);
  }
  protected _scalarNames(): string[] { return []; }
  protected _read(): unknown { return undefined; }
  protected _navigate(name: string): FakeClientObject | undefined {
    if (name === 'rule') return this.rule;
    if (name === 'format') return this.format;
    return undefined;
  }
  get rule(): FakeConditionalFormatRule {
    return this._child('rule', () => new FakeConditionalFormatRule(this.ctx, () => this._resolve()));
  }
  get format(): FakeConditionalRangeFormat {
    return this._child('format', () => new FakeConditionalRangeFormat(this.ctx, () => this._resolve()));
  }
}

export class FakeConditionalFormatRule extends FakeClientObject<HostConditionalFormat> {
  constructor(ctx: FakeContextLike, resolver: () => HostConditionalFormat | null) {
    super(ctx, 'ConditionalFormatRule', resolver, true);
  }
  protected _scalarNames(): string[] { return ['formula']; }
  protected _read(name: string, cf: HostConditionalFormat): unknown {
    return name === 'formula' || name === 'formulaLocal' ? cf.formula : undefined;
  }
  get formula(): string { return this._get('formula'); }
  set formula(v: string) { this._queueSet('formula', v, (cf) => { cf.formula = v; }); }
}

export class FakeConditionalRangeFormat extends FakeClientObject<HostConditionalFormat> {
  constructor(private readonly ctx: FakeContextLike, resolver: () => HostConditionalFormat | null) {
    super(ctx, 'ConditionalRangeFormat', resolver, true);
  }
  protected _scalarNames(): string[] { return []; }
  protected _read(): unknown { return undefined; }
  protected _navigate(name: string): FakeClientObject | undefined {
    return name === 'fill' ? this.fill : undefined;
  }
  get fill(): FakeConditionalRangeFill {
    return this._child('fill', () => new FakeConditionalRangeFill(this.ctx, () => this._resolve()));
  }
}

export class FakeConditionalRangeFill extends FakeClientObject<HostConditionalFormat> {
  constructor(ctx: FakeContextLike, resolver: () => HostConditionalFormat | null) {
    super(ctx, 'ConditionalRangeFill', resolver, true);
  }
  protected _scalarNames(): string[] { return ['color']; }
  protected _read(name: string, cf: HostConditionalFormat): unknown {
    return name === 'color' ? cf.fillColor : undefined;
  }
  get color(): string { return this._get('color'); }
  set color(v: string) { this._queueSet('color', v, (cf) => { cf.fillColor = v.toUpperCase(); }); }
}

// ---- sheets and the workbook ----

export class FakeWorksheet extends FakeClientObject<HostSheet> {
  constructor(private readonly ctx: FakeContextLike, resolver: () => HostSheet | null, nullable = false) {
    super(ctx, 'Worksheet', resolver, nullable);
  }
  protected _scalarNames(): string[] { return ['id', 'name', 'position', 'visibility']; }
  protected _read(name: string, s: HostSheet): unknown {
    if (name === 'id') return s.id;
    if (name === 'name') return s.name;
    if (name === 'visibility') return s.visibility;
    if (name === 'position') return this.ctx.host.sheets.indexOf(s);
    return undefined;
  }
  get id(): string { return this._get('id'); }
  get name(): string { return this._get('name'); }
  set name(v: string) { this._queueSet('name', v, (s) => { s.name = v; }); }
  get visibility(): string { return this._get('visibility'); }
  set visibility(v: string) {
    this._queueSet('visibility', v, (s) => {
      if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw new FakeOfficeError('InvalidArgument', `Bad visibility ${v}`);
      const othersVisible = this.ctx.host.sheets.some((x) => x !== s && x.visibility === 'Visible');
      if (v !== 'Visible' && !othersVisible) throw new FakeOfficeError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      s.visibility = v;
    });
  }
  get position(): number { return this._get('position'); }

  private range(name: string, args: unknown[], box: (s: HostSheet) => Box | null, nullable = false): FakeRange {
    this._describe(name, args);
    return new FakeRange(this.ctx, () => {
      const s = this._resolveStrict(name);
      const b = box(s);
      return b ? { sheet: s, box: b } : null;
    }, nullable);
  }

  getRange(address?: string): FakeRange {
    return this.range('getRange', [address], () => (address ? parseBox(address) : { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      if (rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS) {
        throw new FakeOfficeError('InvalidArgument', 'getRangeByIndexes: range outside the sheet');
      }
      return { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    // Excel answers A1 for an empty sheet.
    return this.range('getUsedRange', [valuesOnly], (s) => s.usedBox(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.range('getUsedRangeOrNullObject', [valuesOnly], (s) => s.usedBox(valuesOnly === true), true);
  }

  activate(): void {
    this._queueCall('activate', [], (s) => {
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Cannot activate a hidden sheet.');
      this.ctx.host.activeSheetId = s.id;
    });
  }

  delete(): void {
    this._queueCall('delete', [], (s) => {
      const i = this.ctx.host.sheets.indexOf(s);
      if (i >= 0) this.ctx.host.sheets.splice(i, 1);
    });
  }
}

export class FakeWorksheetCollection extends FakeClientObject<FakeWorkbookHost> {
  constructor(private readonly ctx: FakeContextLike) {
    super(ctx, 'WorksheetCollection', () => ctx.host, false);
  }
  protected _scalarNames(): string[] { return []; }
  protected _read(): unknown { return undefined; }
  _enumerate(host: FakeWorkbookHost): FakeClientObject[] {
    return host.sheets.map((s) => new FakeWorksheet(this.ctx, () => s));
  }
  get items(): FakeWorksheet[] { return this._get('items'); }

  private find(name: string): HostSheet | null {
    return this.ctx.host.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  getItem(key: string): FakeWorksheet {
    this._describe('getItem', [key]);
    return new FakeWorksheet(this.ctx, () => this.find(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this._describe('getItemOrNullObject', [key]);
    return new FakeWorksheet(this.ctx, () => this.find(key), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    this._describe('getActiveWorksheet', []);
    return new FakeWorksheet(this.ctx, () => this.ctx.host.sheets.find((s) => s.id === this.ctx.host.activeSheetId) ?? null);
  }

  getFirst(visibleOnly?: boolean): FakeWorksheet {
    this._describe('getFirst', [visibleOnly]);
    return new FakeWorksheet(this.ctx, () => this.ctx.host.sheets.find((s) => !visibleOnly || s.visibility === 'Visible') ?? null);
  }

  getCount(visibleOnly?: boolean): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.ctx.enqueue({
      entry: { call: 'WorksheetCollection.getCount', args: [visibleOnly] },
      run: (run) => {
        const n = this.ctx.host.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length;
        run.respond(n);
        run.commit(() => result._set(n));
      },
    });
    return result;
  }

  add(name?: string): FakeWorksheet {
    let created: HostSheet | null = null;
    this.ctx.enqueue({
      entry: { call: 'WorksheetCollection.add', args: [name] },
      run: () => {
        const n = name ?? `Sheet${this.ctx.host.sheets.length + 1}`;
        if (this.find(n)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${n} already exists.`);
        created = new HostSheet(n);
        this.ctx.host.sheets.push(created);
      },
    });
    return new FakeWorksheet(this.ctx, () => created);
  }
}

export class FakeWorkbook extends FakeClientObject<FakeWorkbookHost> {
  constructor(private readonly ctx: FakeContextLike) {
    super(ctx, 'Workbook', () => ctx.host, false);
  }
  protected _scalarNames(): string[] { return []; }
  protected _read(): unknown { return undefined; }
  protected _navigate(name: string): FakeClientObject | undefined {
    return name === 'worksheets' ? this.worksheets : undefined;
  }
  get worksheets(): FakeWorksheetCollection {
    return this._child('worksheets', () => new FakeWorksheetCollection(this.ctx));
  }
  getSelectedRange(): FakeRange {
    this._describe('getSelectedRange', []);
    return new FakeRange(this.ctx, () => {
      const sel = this.ctx.host.selection;
      const sheet = sel && this.ctx.host.sheets.find((s) => s.id === sel.sheetId);
      return sel && sheet ? { sheet, box: sel.box } : null;
    });
  }
}
