import type { Analysis, AnalyzeOptions, Fill } from '../engine/report/types';
import type { WorkbookGrid } from '../engine/grid/types';
import { mountApp, type AppController } from '../ui/app';
import { h } from '../ui/dom';
import { formatCount } from '../ui/formatNumber';
import { pick, type Lang } from '../ui/lang';
import { T } from '../ui/texts';
import { filledName } from './filledName';
import { readErrorMessage, reasonMessage } from './readErrorMessage';
import { sniffFile } from './sniffFile';

/** The engine and xlsx calls the checker makes, injected so the page logic is testable without them. */
export interface CheckerDeps {
  readXlsx(data: Uint8Array): Promise<WorkbookGrid>;
  analyzeWorkbook(wb: WorkbookGrid, options?: AnalyzeOptions): Analysis;
  fillXlsx(data: Uint8Array, fills: Fill[]): Promise<Uint8Array>;
}

interface Loaded {
  name: string;
  bytes: Uint8Array;
  analysis: Analysis;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Let the browser paint the progress state before a long synchronous step (the engine runs on this thread). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The standalone web checker: pick or drop an .xlsx, read and check it in this page, download a filled copy.
 * Nothing is uploaded: the file's bytes stay in memory here.
 */
export function startChecker(root: HTMLElement, deps: CheckerDeps): AppController {
  let loaded: Loaded | null = null;
  let token = 0;

  const app = mountApp(root, {
    mode: 'checker',
    actions: [{ id: 'download', label: T.download, primary: true, enabled: false, run: () => void download() }],
    renderTop: (lang) => dropzone(lang),
  });

  function dropzone(lang: Lang): HTMLElement {
    const input = h('input', {
      className: 'dropzone__input',
      attrs: { type: 'file', accept: `.xlsx,${XLSX_MIME}`, id: 'file-input', 'data-testid': 'file-input' },
    });
    input.addEventListener('change', () => {
      const f = input.files?.[0];
      if (f) void check(f);
      input.value = '';
    });
    const zone = h('div', { className: 'dropzone', attrs: { 'data-testid': 'dropzone' } },
      h('label', { className: 'btn btn--primary dropzone__pick', attrs: { for: 'file-input' } }, pick(T.chooseFile, lang)),
      input,
      h('p', null, pick(T.dropHere, lang)),
      h('p', null, pick(T.privacy, lang)));
    zone.addEventListener('dragover', (e) => {
      e.preventDefault();
      zone.classList.add('dropzone--over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('dropzone--over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('dropzone--over');
      const f = e.dataTransfer?.files?.[0];
      if (f) void check(f);
    });
    return zone;
  }

  async function check(file: File): Promise<void> {
    const mine = ++token;
    loaded = null;
    app.setEnabled('download', false);
    app.setNotice(null);
    app.setState({ kind: 'busy', step: T.reading, fraction: null });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      if (mine === token) app.setState({ kind: 'failed', message: reasonMessage('corrupt') });
      return;
    }
    try {
      const wb = await deps.readXlsx(bytes);
      if (mine !== token) return;
      app.setState({ kind: 'busy', step: T.checking, fraction: null });
      await nextFrame();
      const analysis = deps.analyzeWorkbook(wb);
      if (mine !== token) return;
      loaded = { name: file.name, bytes, analysis };
      app.setState({ kind: 'results', analysis, source: file.name });
      app.setEnabled('download', analysis.fills.length > 0);
      // Sheets the reader could not read are never silent (the reader's XlsxWorkbook carries them).
      const problems = (wb as { problems?: { messages: { bn: string; en: string } }[] }).problems ?? [];
      if (problems.length > 0) {
        app.setNotice({ text: { bn: problems.map((p) => p.messages.bn).join('। '), en: problems.map((p) => p.messages.en).join('. ') }, tone: 'error' });
      }
    } catch (err) {
      if (mine !== token) return;
      app.setState({ kind: 'failed', message: failureMessage(err, bytes) });
    }
  }

  async function download(): Promise<void> {
    const current = loaded;
    if (!current) return;
    if (current.analysis.fills.length === 0) {
      app.setNotice({ text: T.nothingToFill, tone: 'info' });
      return;
    }
    app.setBusy(true);
    app.setNotice({ text: T.filling, tone: 'info' });
    try {
      const out = await deps.fillXlsx(current.bytes, current.analysis.fills);
      // Copy into a fresh ArrayBuffer-backed array: Blob wants ArrayBuffer, not a possibly shared buffer.
      const blob = new Blob([out.slice()], { type: XLSX_MIME });
      const url = URL.createObjectURL(blob);
      const a = h('a', { attrs: { href: url, download: filledName(current.name) } });
      a.hidden = true;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      const n = current.analysis.fills.length;
      app.setNotice({
        text: { bn: `${T.filledNotice.bn} ${formatCount(n, 'bn')}।`, en: `${T.filledNotice.en} ${n}.` },
        tone: 'success',
      });
    } catch (err) {
      app.setNotice({ text: readErrorMessage(err), tone: 'error' });
    } finally {
      app.setBusy(false);
    }
  }

  return app;
}

/** The reader's reason when it gives one; otherwise judged from the file's first bytes. */
function failureMessage(err: unknown, bytes: Uint8Array): ReturnType<typeof readErrorMessage> {
  if (typeof err === 'object' && err !== null && 'reason' in err) return readErrorMessage(err);
  switch (sniffFile(bytes)) {
    case 'empty':
      return reasonMessage('empty');
    case 'ole':
      return reasonMessage('encrypted');
    case 'other':
      return reasonMessage('not-xlsx');
    case 'zip':
      return readErrorMessage(err);
  }
}
