import type { Finding } from '../engine/report/types';

/**
 * Highlights findings with conditional formats that carry their own marker, not by painting cells.
 *
 * Why: painting would overwrite the clerk's fill colours, and restoring them "exactly" from a log is fragile
 * (Range.format.fill.color reads "#FFFFFF" for both no fill and a white fill, pattern fills are lost, and a
 * colour the clerk changes while the highlight is on would be overwritten by the restore). A conditional
 * format sits on top of the cell's own format without changing it; deleting it leaves the cell exactly as it
 * was. Each one we add has the formula =ISTEXT("apa-check …"), always TRUE and unmistakably ours, so clearing
 * finds them by that marker on every sheet, even after a reload, a copy to another cell, or a lost log; the
 * clerk's own conditional formats are never touched.
 *
 * APIs: Range.conditionalFormats, ConditionalFormatCollection.add("Custom"), ConditionalFormat.customOrNullObject,
 * ConditionalFormat.delete — ExcelApi 1.6.
 * Round trips (constant): sheet list · every sheet's conditional formats · delete ours (+ add the new ones).
 * More than MAX_FORMATS_PER_SYNC cells to mark are added over further syncs (grows with findings, not sheets).
 */

export const HIGHLIGHT_MARKER = 'apa-check';
export const ERROR_FILL = '#FFC7CE';
export const WARNING_FILL = '#FFE699';
export const MAX_FORMATS_PER_SYNC = 2000;

export function markerFormula(severity: Finding['severity']): string {
  return `=ISTEXT("${HIGHLIGHT_MARKER} ${severity}")`;
}

export function isOurFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.toLowerCase().includes(`"${HIGHLIGHT_MARKER} `);
}

export interface HighlightResult {
  added: number;
  removed: number;
  syncs: number;
}

interface Ours {
  sheets: Excel.WorksheetCollection;
  formats: Excel.ConditionalFormat[];
}

/** Reads the sheet list, then every sheet's conditional formats, and queues the deletion of ours. */
async function queueRemoval(context: Excel.RequestContext, sync: () => Promise<void>): Promise<Ours> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await sync();
  const collections = sheets.items.map((ws) => {
    const cfs = ws.getRange().conditionalFormats;
    cfs.load('items/type,items/customOrNullObject/rule/formula');
    return cfs;
  });
  await sync();
  const formats: Excel.ConditionalFormat[] = [];
  for (const cfs of collections) {
    for (const cf of cfs.items) {
      if (cf.type !== 'Custom' || cf.customOrNullObject.isNullObject) continue;
      if (isOurFormula(cf.customOrNullObject.rule.formula)) formats.push(cf);
    }
  }
  for (const cf of formats) cf.delete();
  return { sheets, formats };
}

/** context.sync() that counts itself in the result, so callers and tests see the round trips. */
function countedSync(context: Excel.RequestContext, result: HighlightResult): () => Promise<void> {
  return async () => {
    result.syncs++;
    await context.sync();
  };
}

/** Replaces our highlights with one per finding cell (an error wins over a warning on the same cell). */
export async function highlightFindings(context: Excel.RequestContext, findings: Finding[]): Promise<HighlightResult> {
  const result: HighlightResult = { added: 0, removed: 0, syncs: 0 };
  const sync = countedSync(context, result);
  const ours = await queueRemoval(context, sync);
  result.removed = ours.formats.length;

  const present = new Map(ours.sheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
  const cells = new Map<string, { ws: Excel.Worksheet; cell: string; severity: Finding['severity'] }>();
  for (const f of findings) {
    const ws = present.get(f.sheet.toLowerCase());
    if (!ws) continue;
    const key = `${f.sheet.toLowerCase()}\u0000${f.cell.toUpperCase()}`;
    const prev = cells.get(key);
    if (!prev || (prev.severity === 'warning' && f.severity === 'error')) cells.set(key, { ws, cell: f.cell, severity: f.severity });
  }
  let queued = 0;
  for (const c of cells.values()) {
    if (queued === MAX_FORMATS_PER_SYNC) {
      await sync();
      queued = 0;
    }
    const cf = c.ws.getRange(c.cell).conditionalFormats.add('Custom');
    cf.custom.rule.formula = markerFormula(c.severity);
    cf.custom.format.fill.color = c.severity === 'error' ? ERROR_FILL : WARNING_FILL;
    queued++;
    result.added++;
  }
  await sync();
  return result;
}

/** Removes every highlight this add-in made, on every sheet; the clerk's own formats stay as they are. */
export async function clearHighlights(context: Excel.RequestContext): Promise<HighlightResult> {
  const result: HighlightResult = { added: 0, removed: 0, syncs: 0 };
  const sync = countedSync(context, result);
  const ours = await queueRemoval(context, sync);
  result.removed = ours.formats.length;
  if (ours.formats.length > 0) await sync();
  return result;
}
