import type { Analysis, Bilingual, Fill, Finding } from '../engine/report/types';
import { applyFills } from '../excel/applyFills';
import { lastValidated, onValidated, onValidationFailed } from '../excel/events';
import { clearHighlights, highlightFindings } from '../excel/highlights';
import { selectCell } from '../excel/selectCell';
import { undoFill } from '../excel/undoFill';
import { validateWorkbook } from '../excel/validateWorkbook';
import { browserStore } from '../ui/langStore';
import type { PaneHost } from './startPane';

/** The pane's host inside Excel: each call is one Excel.run batch through the src/excel adapter. */
export function excelHost(): PaneHost {
  return {
    validate: (onProgress) =>
      Excel.run((ctx) =>
        validateWorkbook(ctx, {
          onProgress: (p) => onProgress?.(p.cellsTotal ? Math.min(1, p.cellsRead / p.cellsTotal) : null),
        }),
      ),
    applyFills: async (fills: Fill[]) => {
      const r = await Excel.run((ctx) => applyFills(ctx, fills));
      return { written: r.written.length, skipped: r.skipped.length };
    },
    undoFill: async () => {
      const r = await Excel.run((ctx) => undoFill(ctx));
      return { restored: r.restored.length, kept: r.kept.length };
    },
    highlight: async (findings: Finding[]) => {
      await Excel.run((ctx) => highlightFindings(ctx, findings));
    },
    clearHighlights: async () => {
      await Excel.run((ctx) => clearHighlights(ctx));
    },
    selectCell: (sheet: string, cell: string) => Excel.run((ctx) => selectCell(ctx, sheet, cell)),
    onValidated: (listener: (a: Analysis) => void) => {
      onValidated((a) => listener(a));
    },
    onValidationFailed: (listener: (m: Bilingual) => void) => {
      onValidationFailed((m) => listener(m));
    },
    lastValidated: () => lastValidated()?.analysis ?? null,
    store: browserStore(),
  };
}
