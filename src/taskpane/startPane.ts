import type { Analysis, Bilingual, Fill, Finding } from '../engine/report/types';
import { mountApp, type AppController } from '../ui/app';
import { formatCount } from '../ui/formatNumber';
import type { KeyValueStore } from '../ui/langStore';
import { T } from '../ui/texts';

/**
 * What the pane asks of Excel. taskpane.ts implements these with src/excel inside Excel.run; tests can pass
 * fakes. Every call may reject (sheet protected, cell being edited): the pane shows it, never crashes.
 */
export interface PaneHost {
  /** Reads and checks the workbook; onProgress gets the share of cells read (null while unknown). */
  validate(onProgress?: (fraction: number | null) => void): Promise<Analysis>;
  /** Writes the fills into still-blank cells; skipped = cells the clerk filled meanwhile. */
  applyFills(fills: Fill[]): Promise<{ written: number; skipped: number }>;
  /** Puts back the last fill; kept = cells the clerk changed since (left alone). */
  undoFill(): Promise<{ restored: number; kept: number }>;
  highlight(findings: Finding[]): Promise<void>;
  clearHighlights(): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** A validation run from the ribbon: the pane shows its results too. */
  onValidated?(listener: (analysis: Analysis) => void): void;
  /** A ribbon validation that failed, with the clerk's message. */
  onValidationFailed?(listener: (message: Bilingual) => void): void;
  /** The latest ribbon validation, when the pane opens after it. */
  lastValidated?(): Analysis | null;
  store?: KeyValueStore | null;
}

const FAILED: Bilingual = {
  bn: 'Excel কাজটি করতে পারেনি। কোনো সেল সম্পাদনা অবস্থায় থাকলে Enter চেপে বের হয়ে আবার চেষ্টা করুন।',
  en: 'Excel could not do this. If a cell is being edited, press Enter to leave it and try again.',
};

/** A failure the adapter worded for the clerk, else the generic one (never a raw Office error code). */
function hostError(err: unknown): Bilingual {
  const m = (err as { messages?: unknown } | null)?.messages as Bilingual | undefined;
  return m && typeof m.bn === 'string' && typeof m.en === 'string' ? m : FAILED;
}

function filledText(written: number, skipped: number): Bilingual {
  const bn = `${T.filledNotice.bn} ${formatCount(written, 'bn')}।`;
  const en = `${T.filledNotice.en} ${written}.`;
  if (skipped === 0) return { bn, en };
  return {
    bn: `${bn} এর মধ্যে লেখা হয়ে যাওয়া ${formatCount(skipped, 'bn')}টি ঘর বদলানো হয়নি।`,
    en: `${en} Cells typed into meanwhile were left alone: ${skipped}.`,
  };
}

function undoneText(kept: number): Bilingual {
  if (kept === 0) return T.undoneNotice;
  return {
    bn: `${T.undoneNotice.bn} পূরণের পরে বদলানো ${formatCount(kept, 'bn')}টি ঘর যেমন ছিল তেমন রাখা হয়েছে।`,
    en: `${T.undoneNotice.en} Cells changed after the fill were kept: ${kept}.`,
  };
}

/** The task pane: validate, highlight, fill, undo, clear, and jump to a finding's cell. */
export function startPane(root: HTMLElement, host: PaneHost): AppController {
  let analysis: Analysis | null = null;
  let filled = false;
  let running = false;

  const app = mountApp(root, {
    mode: 'pane',
    store: host.store,
    actions: [
      { id: 'validate', label: T.validate, primary: true, run: () => void validate() },
      { id: 'fill', label: T.fill, enabled: false, run: () => void fill() },
      { id: 'undo', label: T.undo, enabled: false, run: () => void undo() },
      { id: 'clear-highlights', label: T.clearHighlights, enabled: false, run: () => void clear() },
    ],
    onFindingClick: (f) => void select(f.sheet, f.cell),
    onCellClick: (sheet, cell) => void select(sheet, cell),
  });

  function show(next: Analysis): void {
    analysis = next;
    app.setState({ kind: 'results', analysis: next });
    const n = next.fills.length;
    // The fill button says how many blank claimed-marks cells it will write.
    app.setLabel('fill', n > 0 ? { bn: `${T.fill.bn} (${formatCount(n, 'bn')})`, en: `${T.fill.en} (${n})` } : T.fill);
    app.setEnabled('fill', n > 0);
    app.setEnabled('clear-highlights', next.findings.length > 0);
  }

  /** After a failed validation the last results no longer describe the workbook: fill and clear wait for a good one. */
  function forget(): void {
    analysis = null;
    app.setLabel('fill', T.fill);
    app.setEnabled('fill', false);
    app.setEnabled('clear-highlights', false);
  }

  /** Runs one Excel operation with the buttons disabled; a failure becomes a notice. */
  async function guarded(work: () => Promise<void>): Promise<void> {
    if (running) return;
    running = true;
    app.setBusy(true);
    try {
      await work();
    } catch (err) {
      app.setNotice({ text: hostError(err), tone: 'error' });
    } finally {
      running = false;
      app.setBusy(false);
    }
  }

  async function recheck(): Promise<void> {
    const next = await host.validate((fraction) => {
      if (app.state.kind === 'busy') app.setState({ kind: 'busy', step: T.reading, fraction });
    });
    show(next);
    if (next.findings.length > 0) await host.highlight(next.findings);
  }

  async function validate(): Promise<void> {
    if (running) return;
    const previous = app.state;
    app.setNotice(null);
    app.setState({ kind: 'busy', step: T.reading, fraction: null });
    await guarded(recheck);
    // A failed read leaves the progress bar up: go back to what was shown (the notice says what failed), with
    // the buttons that would act on it disabled.
    if (app.state.kind === 'busy') {
      app.setState(previous.kind === 'results' ? previous : { kind: 'idle' });
      forget();
    }
  }

  async function fill(): Promise<void> {
    const current = analysis;
    if (!current || current.fills.length === 0) {
      app.setNotice({ text: T.nothingToFill, tone: 'info' });
      return;
    }
    await guarded(async () => {
      const { written, skipped } = await host.applyFills(current.fills);
      filled = written > 0;
      app.setEnabled('undo', filled);
      app.setNotice({ text: filledText(written, skipped), tone: written > 0 ? 'success' : 'info' });
      // The claimed cells now hold values: show the workbook as it is now.
      await recheck();
    });
  }

  async function undo(): Promise<void> {
    if (!filled) return;
    await guarded(async () => {
      const { kept } = await host.undoFill();
      filled = false;
      app.setEnabled('undo', false);
      app.setNotice({ text: undoneText(kept), tone: 'success' });
      await recheck();
    });
  }

  async function clear(): Promise<void> {
    await guarded(async () => {
      await host.clearHighlights();
      app.setEnabled('clear-highlights', false);
      app.setNotice({ text: T.clearedNotice, tone: 'info' });
    });
  }

  async function select(sheet: string, cell: string): Promise<void> {
    try {
      await host.selectCell(sheet, cell);
    } catch (err) {
      app.setNotice({ text: hostError(err), tone: 'error' });
    }
  }

  host.onValidated?.((a) => {
    app.setNotice(null);
    show(a);
  });
  host.onValidationFailed?.((message) => {
    app.setNotice({ text: message, tone: 'error' });
    forget();
  });
  const last = host.lastValidated?.();
  if (last) show(last);

  return app;
}
