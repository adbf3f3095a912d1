/**
 * Served in place of the Office.js CDN script in the pane tests: installs the fake Excel host over the
 * workbook grid the test put in window.__APA_E2E_WORKBOOK (read from a sample .xlsx in Node).
 */
import type { WorkbookGrid } from '../../../src/engine/grid/types';
import { installFakeOffice, type FakeOffice } from '../../support/fakeExcel/installFakeOffice';

declare global {
  interface Window {
    __APA_E2E_WORKBOOK: WorkbookGrid;
    __fakeOffice: FakeOffice;
    /** Every cell's value and formula, per sheet: compare before and after fill/undo. */
    __snapshot(): Record<string, Record<string, unknown>>;
    /** The selected cell as "Sheet!A1". */
    __selection(): string | null;
  }
}

window.__fakeOffice = installFakeOffice(window, window.__APA_E2E_WORKBOOK);

window.__snapshot = () => {
  const out: Record<string, Record<string, unknown>> = {};
  for (const s of window.__fakeOffice.host.sheets) {
    const cells: Record<string, unknown> = {};
    // Through the host's public surface (used range + get), not its storage layout.
    const box = s.usedBox(true);
    if (box) {
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++) {
          const cell = s.get(r, c);
          if (cell && (cell.value !== null || cell.formula !== null)) cells[`${r},${c}`] = [cell.value, cell.formula];
        }
    }
    out[s.name] = cells;
  }
  return out;
};

window.__selection = () => {
  const host = window.__fakeOffice.host;
  const sel = host.selection;
  if (!sel) return null;
  const sheet = host.sheets.find((s) => s.id === sel.sheetId);
  const col = (n: number): string => (n < 26 ? String.fromCharCode(65 + n) : col(Math.floor(n / 26) - 1) + String.fromCharCode(65 + (n % 26)));
  return `${sheet?.name}!${col(sel.box.left)}${sel.box.top + 1}`;
};
