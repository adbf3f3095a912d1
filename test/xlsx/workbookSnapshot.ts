import ExcelJS from 'exceljs';

/**
 * Everything a clerk could notice about a workbook, cell by cell, as plain data: used to prove that a filled
 * copy differs from its original only in the cells that were filled.
 */
export interface CellSnap {
  value: string;
  formula: string | null;
  style: string;
}

export interface SheetSnap {
  state: string;
  merges: string[];
  widths: (number | undefined)[];
  views: string;
  printArea: string | undefined;
  cells: Map<string, CellSnap>;
}

export interface WorkbookSnap {
  sheets: Map<string, SheetSnap>;
  definedNames: string;
}

export async function snapshot(data: Uint8Array | Buffer): Promise<WorkbookSnap> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  const sheets = new Map<string, SheetSnap>();
  wb.eachSheet((ws) => {
    const cells = new Map<string, CellSnap>();
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.set(cell.address, {
          // exceljs reports a merged cell's master value on every covered cell: record the merge instead.
          value: cell.type === ExcelJS.ValueType.Merge ? `merged into ${cell.master.address}` : JSON.stringify(cell.value),
          formula: cell.formula ?? null,
          style: JSON.stringify(cell.style),
        });
      });
    });
    const widths: (number | undefined)[] = [];
    for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).width);
    sheets.set(ws.name, {
      state: ws.state,
      merges: [...ws.model.merges].sort(),
      widths,
      views: JSON.stringify(ws.views),
      printArea: ws.pageSetup.printArea,
      cells,
    });
  });
  const names = (wb.definedNames as unknown as { model: unknown }).model;
  return { sheets, definedNames: JSON.stringify(names) };
}

/** Differences between two snapshots, ignoring the listed "Sheet!A1" cells' values (their styles must still match). */
export function differences(before: WorkbookSnap, after: WorkbookSnap, filled: Set<string>): string[] {
  const out: string[] = [];
  if (before.definedNames !== after.definedNames) out.push(`defined names: ${before.definedNames} → ${after.definedNames}`);
  if ([...before.sheets.keys()].join('|') !== [...after.sheets.keys()].join('|')) out.push('sheet list or order changed');
  for (const [name, b] of before.sheets) {
    const a = after.sheets.get(name);
    if (!a) continue;
    if (a.state !== b.state) out.push(`${name}: state ${b.state} → ${a.state}`);
    if (a.merges.join() !== b.merges.join()) out.push(`${name}: merges changed`);
    if (JSON.stringify(a.widths) !== JSON.stringify(b.widths)) out.push(`${name}: column widths changed`);
    if (a.views !== b.views) out.push(`${name}: views ${b.views} → ${a.views}`);
    if (a.printArea !== b.printArea) out.push(`${name}: print area ${b.printArea} → ${a.printArea}`);
    const addresses = new Set([...b.cells.keys(), ...a.cells.keys()]);
    for (const addr of addresses) {
      const cb = b.cells.get(addr);
      const ca = a.cells.get(addr);
      const key = `${name}!${addr}`;
      if (!cb || !ca) {
        if (!filled.has(key)) out.push(`${key}: cell ${cb ? 'removed' : 'added'}`);
        continue;
      }
      if (cb.style !== ca.style) out.push(`${key}: style changed`);
      if (filled.has(key)) continue;
      if (cb.value !== ca.value) out.push(`${key}: ${cb.value} → ${ca.value}`);
      if (cb.formula !== ca.formula) out.push(`${key}: formula ${cb.formula} → ${ca.formula}`);
    }
  }
  return out;
}
