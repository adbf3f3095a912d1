import type { Analysis, Bilingual } from '../engine/report/types';
import { mountApp, type AppController } from '../ui/app';
import { batchUi, renderBatch } from '../ui/batchView';
import { h } from '../ui/dom';
import { formatCount } from '../ui/formatNumber';
import { pick, type Lang } from '../ui/lang';
import { T } from '../ui/texts';
import type { BatchFile } from '../ui/viewState';
import { EngineFailure, type EngineClient } from './engineClient';
import { filledName } from './filledName';
import { reasonMessage } from './readErrorMessage';
import type { EngineStep } from './workerProtocol';

interface Checked {
  file: File;
  analysis: Analysis | null;
  message: Bilingual | null;
  /** Sheets the reader could not read (the rest was checked): shown, never dropped silently. */
  problems?: Bilingual[];
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "২/৫ · " before the step when several files are checked. */
function ofMany(i: number, n: number): Bilingual {
  if (n === 1) return { bn: '', en: '' };
  return { bn: `${formatCount(i + 1, 'bn')}/${formatCount(n, 'bn')} · `, en: `${i + 1}/${n} · ` };
}

/**
 * The standalone web checker: pick or drop one or more .xlsx files; each is read and checked by the engine
 * in a Web Worker (the page keeps responding), with a progress bar. One file shows its report; several show
 * the district roll-up first, each office expanding to its report. A filled copy of a file is offered for
 * download when it has blank claimed-marks cells. Nothing is uploaded: bytes stay in this browser.
 */
export function startChecker(root: HTMLElement, engine: EngineClient): AppController {
  let checked: Checked[] = [];
  let token = 0;

  const app = mountApp(root, {
    mode: 'checker',
    actions: [{ id: 'print', label: T.print, hidden: true, run: () => window.print() }],
    renderTop: (lang) => dropzone(lang),
    onDownload: (i) => void download(i),
    batch: { render: renderBatch, ui: batchUi },
  });
  root.setAttribute('data-engine', engine.mode);
  engine.onModeChange = (mode) => {
    root.setAttribute('data-engine', mode);
    if (mode === 'page') app.setNotice({ text: T.pageEngine, tone: 'info' });
  };

  function dropzone(lang: Lang): HTMLElement {
    const input = h('input', {
      className: 'dropzone__input',
      attrs: { type: 'file', multiple: '', accept: `.xlsx,${XLSX_MIME}`, id: 'file-input', 'data-testid': 'file-input' },
    });
    input.addEventListener('change', () => {
      const files = input.files ? Array.from(input.files) : [];
      if (files.length > 0) void check(files);
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
      const files = e.dataTransfer?.files ? Array.from(e.dataTransfer.files) : [];
      if (files.length > 0) void check(files);
    });
    return zone;
  }

  async function checkOne(file: File, i: number, n: number, mine: number): Promise<Checked> {
    const many = ofMany(i, n);
    const busy = (step: EngineStep, fraction: number) => {
      if (mine !== token) return;
      const text = step === 'reading' ? T.reading : T.checking;
      app.setState({
        kind: 'busy',
        step: { bn: `${many.bn}${text.bn}`, en: `${many.en}${text.en}` },
        fraction: (i + fraction) / n,
        source: file.name,
        stepId: step,
      });
    };
    busy('reading', 0);
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      return { file, analysis: null, message: reasonMessage('corrupt') };
    }
    try {
      const { analysis, problems } = await engine.check(bytes, busy);
      return { file, analysis, message: null, problems };
    } catch (err) {
      return { file, analysis: null, message: err instanceof EngineFailure ? err.messages : reasonMessage('corrupt') };
    }
  }

  async function check(files: File[]): Promise<void> {
    const mine = ++token;
    checked = [];
    app.setHidden('print', true);
    app.setNotice(engine.mode === 'page' ? { text: T.pageEngine, tone: 'info' } : null);
    const out: Checked[] = [];
    for (let i = 0; i < files.length; i++) {
      const c = await checkOne(files[i], i, files.length, mine);
      if (mine !== token) return;
      out.push(c);
    }
    checked = out;
    const unread = out.flatMap((c) => (c.problems ?? []).map((p) => ({ bn: `${c.file.name}: ${p.bn}`, en: `${c.file.name}: ${p.en}` })));
    if (unread.length > 0) {
      app.setNotice({ text: { bn: unread.map((p) => p.bn).join('। '), en: unread.map((p) => p.en).join('. ') }, tone: 'error' });
    }
    if (out.length === 1) {
      const c = out[0];
      if (c.analysis) app.setState({ kind: 'results', analysis: c.analysis, source: c.file.name });
      else app.setState({ kind: 'failed', message: c.message!, source: c.file.name });
    } else {
      const batch: BatchFile[] = out.map((c) => ({ name: c.file.name, analysis: c.analysis, message: c.message }));
      app.setState({ kind: 'batch', files: batch });
    }
    // Printing makes sense once there is a report; a single unreadable file has none.
    app.setHidden('print', out.every((c) => c.analysis === null));
  }

  async function download(i: number): Promise<void> {
    const current = checked[i];
    if (!current?.analysis) return;
    const fills = current.analysis.fills;
    if (fills.length === 0) {
      app.setNotice({ text: T.nothingToFill, tone: 'info' });
      return;
    }
    app.setBusy(true);
    app.setNotice({ text: T.filling, tone: 'info' });
    try {
      // The file is read again rather than kept: ten workbooks' bytes need not sit in memory for a download.
      const out = await engine.fill(await current.file.arrayBuffer(), fills);
      const blob = new Blob([out.slice()], { type: XLSX_MIME });
      const url = URL.createObjectURL(blob);
      const a = h('a', { attrs: { href: url, download: filledName(current.file.name) } });
      a.hidden = true;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      const n = fills.length;
      app.setNotice({
        text: { bn: `${T.filledNotice.bn} ${formatCount(n, 'bn')}।`, en: `${T.filledNotice.en} ${n}.` },
        tone: 'success',
      });
    } catch (err) {
      app.setNotice({ text: err instanceof EngineFailure ? err.messages : reasonMessage('corrupt'), tone: 'error' });
    } finally {
      app.setBusy(false);
    }
  }

  return app;
}
