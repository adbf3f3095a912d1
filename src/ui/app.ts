import type { Bilingual, Finding } from '../engine/report/types';
import { h, replaceChildren, userText } from './dom';
import { otherLang, pick, type Lang } from './lang';
import { browserStore, loadLang, saveLang, type KeyValueStore } from './langStore';
import type { BatchOptions, BatchUi } from './batchView';
import { expandForPrint } from './lazyDetails';
import { renderResults, resultsUi, type ResultsUi } from './renderResults';
import { T } from './texts';
import type { BatchFile, Notice, ViewState } from './viewState';

/** One toolbar button. */
export interface Action {
  id: 'validate' | 'fill' | 'undo' | 'clear-highlights' | 'download' | 'print';
  label: Bilingual;
  primary?: boolean;
  enabled?: boolean;
  /** Hidden buttons are not shown at all (a download before there is anything to download). */
  hidden?: boolean;
  run: () => void;
}

export interface AppOptions {
  mode: 'pane' | 'checker';
  actions: Action[];
  /** Pane: select the finding's cell in Excel. */
  onFindingClick?: (finding: Finding) => void;
  /** Pane: select a marks row's cell in Excel (the checker highlights the row in the page). */
  onCellClick?: (sheet: string, cell: string) => void;
  /** Checker: download the filled copy of the shown file (results: index 0; batch: the file's index). */
  onDownload?: (index: number) => void;
  /**
   * Checker: how a batch (several files) is shown, with the state it keeps (batchView's renderBatch and
   * batchUi). Injected so the pane's bundle does not carry the roll-up it never shows.
   */
  batch?: { render: (files: BatchFile[], opts: BatchOptions) => Node; ui: () => BatchUi };
  /** Extra block under the toolbar, rebuilt when the language changes (the checker's file picker). */
  renderTop?: (lang: Lang) => Node | null;
  /** Where the language choice is remembered; defaults to localStorage. */
  store?: KeyValueStore | null;
  onLangChange?: (lang: Lang) => void;
}

export interface AppController {
  readonly lang: Lang;
  setLang(lang: Lang): void;
  setState(state: ViewState): void;
  readonly state: ViewState;
  setEnabled(id: Action['id'], enabled: boolean): void;
  /** A button's label (the fill button says how many cells it will fill). */
  setLabel(id: Action['id'], label: Bilingual): void;
  setHidden(id: Action['id'], hidden: boolean): void;
  /** Disable every action while an Excel or file operation runs; restore after. */
  setBusy(busy: boolean): void;
  setNotice(notice: Notice | null): void;
}

/**
 * The UI shared by the task pane and the web checker. The shell (header, toolbar) is built once so a clicked
 * button keeps its focus; the results area is rebuilt from the state on every change.
 */
export function mountApp(root: HTMLElement, opts: AppOptions): AppController {
  const store = opts.store === undefined ? browserStore() : opts.store;
  let lang = loadLang(store);
  let state: ViewState = { kind: 'idle' };
  let notice: Notice | null = null;
  let busy = false;
  const enabled = new Map(opts.actions.map((a) => [a.id, a.enabled !== false]));
  const hidden = new Map(opts.actions.map((a) => [a.id, a.hidden === true]));
  const labels = new Map(opts.actions.map((a) => [a.id, a.label]));
  // Per report: filters, collapsed groups, the selected row. A new analysis starts afresh; a language switch keeps them.
  let ui: ResultsUi = resultsUi();
  let batch: BatchUi | null = opts.batch?.ui() ?? null;

  const title = h('h1', { className: 'app__title' });
  const subtitle = h('p', { className: 'app__subtitle' });
  const langButton = h('button', { className: 'lang-toggle', attrs: { type: 'button', 'data-testid': 'lang-toggle' } });
  langButton.addEventListener('click', () => controller.setLang(otherLang(lang)));
  const buttons = opts.actions.map((a) => {
    const b = h('button', {
      className: a.primary ? 'btn btn--primary' : 'btn',
      attrs: { type: 'button', 'data-action': a.id },
      onClick: () => {
        if (!busy && enabled.get(a.id)) a.run();
      },
    });
    return { action: a, el: b };
  });
  const toolbar = h('div', { className: 'toolbar', attrs: { role: 'toolbar' } }, ...buttons.map((b) => b.el));
  const top = h('div', { className: 'top' });
  const noticeEl = h('p', { className: 'notice', attrs: { 'aria-live': 'polite', 'data-testid': 'notice' } });
  const main = h('main', { className: 'main', attrs: { 'aria-live': 'polite' } });

  const header = h('header', { className: 'app__header' }, h('div', { className: 'app__brand' }, title, subtitle), langButton);
  // The checker asks for a file first, then offers the download; the pane's buttons come first.
  if (opts.mode === 'checker') replaceChildren(root, header, top, toolbar, noticeEl, main);
  else replaceChildren(root, header, toolbar, top, noticeEl, main);
  root.classList.add('apa-app', `apa-app--${opts.mode}`);

  function renderShell(): void {
    document.documentElement.lang = lang;
    title.textContent = pick(T.appTitle, lang);
    subtitle.textContent = pick(T.appSubtitle, lang);
    langButton.textContent = pick(T.switchLang, lang);
    langButton.title = pick(T.switchLangHint, lang);
    langButton.setAttribute('lang', otherLang(lang));
    for (const { action, el } of buttons) {
      el.textContent = pick(labels.get(action.id) ?? action.label, lang);
      el.disabled = busy || !enabled.get(action.id);
      el.hidden = hidden.get(action.id) === true;
    }
    toolbar.hidden = state.kind === 'no-host';
  }

  function renderTopBlock(): void {
    replaceChildren(top, state.kind === 'no-host' ? null : opts.renderTop?.(lang) ?? null);
  }

  function renderNotice(): void {
    noticeEl.className = notice ? `notice notice--${notice.tone}` : 'notice';
    noticeEl.textContent = notice ? pick(notice.text, lang) : '';
    noticeEl.hidden = !notice;
  }

  function renderMain(): void {
    main.setAttribute('data-state', state.kind);
    main.removeAttribute('aria-busy');
    main.removeAttribute('data-step');
    switch (state.kind) {
      case 'no-host':
        replaceChildren(main,
          h('section', { className: 'banner banner--no-host', attrs: { role: 'status' } },
            h('h2', { className: 'banner__title' }, pick(T.noHostTitle, lang)),
            h('p', { className: 'banner__body' }, pick(T.noHostBody, lang)),
            h('a', { className: 'btn btn--primary btn--link', attrs: { href: state.checkerUrl, 'data-testid': 'checker-link' } }, pick(T.openChecker, lang))));
        return;
      case 'idle':
        replaceChildren(main, h('p', { className: 'idle' }, pick(opts.mode === 'pane' ? T.idlePane : T.idleChecker, lang)));
        return;
      case 'busy': {
        main.setAttribute('aria-busy', 'true');
        if (state.stepId) main.setAttribute('data-step', state.stepId);
        const bar = h('progress', { className: 'progress', attrs: { max: '1', 'data-testid': 'progress' } });
        if (typeof state.fraction === 'number') bar.value = Math.max(0, Math.min(1, state.fraction));
        else bar.removeAttribute('value');
        replaceChildren(main, h('div', { className: 'busy', attrs: { role: 'status' } },
          state.source ? h('p', { className: 'source' }, userText(state.source)) : null,
          h('p', null, pick(state.step, lang)), bar));
        return;
      }
      case 'results': {
        const download = opts.onDownload;
        replaceChildren(main, renderResults(state.analysis, {
          lang,
          ui,
          onFindingClick: opts.onFindingClick,
          onCellClick: opts.onCellClick,
          source: state.source,
          onDownload: download ? () => download(0) : undefined,
        }));
        return;
      }
      case 'batch':
        replaceChildren(main, opts.batch && batch ? opts.batch.render(state.files, { lang, ui: batch, onDownload: opts.onDownload }) : null);
        return;
      case 'failed':
        replaceChildren(main,
          // The file name stays on screen: the clerk sees which file failed.
          state.source ? h('p', { className: 'source', attrs: { 'data-testid': 'failed-source' } }, userText(state.source)) : null,
          h('section', { className: 'banner banner--failed', attrs: { role: 'alert' } },
            h('h2', { className: 'banner__title' }, pick(T.failedTitle, lang)),
            h('p', { className: 'banner__body' }, pick(state.message, lang))));
        return;
    }
  }

  const controller: AppController = {
    get lang() {
      return lang;
    },
    get state() {
      return state;
    },
    setLang(next) {
      if (next === lang) return;
      lang = next;
      saveLang(store, lang);
      renderShell();
      renderTopBlock();
      renderNotice();
      renderMain();
      opts.onLangChange?.(lang);
    },
    setState(next) {
      const hostChanged = (next.kind === 'no-host') !== (state.kind === 'no-host');
      // A different analysis (or batch) is a new report: its filters and open blocks start afresh.
      if (next.kind === 'results' && (state.kind !== 'results' || state.analysis !== next.analysis)) ui = resultsUi();
      if (next.kind === 'batch' && (state.kind !== 'batch' || state.files !== next.files)) batch = opts.batch?.ui() ?? null;
      state = next;
      if (hostChanged) {
        renderShell();
        renderTopBlock();
      }
      renderMain();
    },
    setEnabled(id, on) {
      enabled.set(id, on);
      renderShell();
    },
    setLabel(id, label) {
      labels.set(id, label);
      renderShell();
    },
    setHidden(id, on) {
      hidden.set(id, on);
      renderShell();
    },
    setBusy(on) {
      busy = on;
      for (const { action, el } of buttons) el.disabled = busy || !enabled.get(action.id);
    },
    setNotice(n) {
      notice = n;
      renderNotice();
    },
  };
  // Printing (the print button or Ctrl+P) prints everything: collapsed tables and reports are opened for it.
  let restore: (() => void) | null = null;
  window.addEventListener('beforeprint', () => {
    restore = expandForPrint(main);
  });
  window.addEventListener('afterprint', () => {
    restore?.();
    restore = null;
  });

  renderShell();
  renderTopBlock();
  renderNotice();
  renderMain();
  return controller;
}
