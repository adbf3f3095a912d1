import type { Bilingual, Finding } from '../engine/report/types';
import { h, replaceChildren } from './dom';
import { otherLang, pick, type Lang } from './lang';
import { browserStore, loadLang, saveLang, type KeyValueStore } from './langStore';
import { renderResults } from './renderResults';
import { T } from './texts';
import type { Notice, ViewState } from './viewState';

/** One toolbar button. */
export interface Action {
  id: 'validate' | 'fill' | 'undo' | 'clear-highlights' | 'download';
  label: Bilingual;
  primary?: boolean;
  enabled?: boolean;
  run: () => void;
}

export interface AppOptions {
  mode: 'pane' | 'checker';
  actions: Action[];
  /** Pane: select the finding's cell in Excel. */
  onFindingClick?: (finding: Finding) => void;
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
      el.textContent = pick(action.label, lang);
      el.disabled = busy || !enabled.get(action.id);
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
        const bar = h('progress', { className: 'progress', attrs: { max: '1' } });
        if (typeof state.fraction === 'number') bar.value = Math.max(0, Math.min(1, state.fraction));
        else bar.removeAttribute('value');
        replaceChildren(main, h('div', { className: 'busy', attrs: { role: 'status' } }, h('p', null, pick(state.step, lang)), bar));
        return;
      }
      case 'results':
        replaceChildren(main, renderResults(state.analysis, { lang, onFindingClick: opts.onFindingClick, source: state.source }));
        return;
      case 'failed':
        replaceChildren(main,
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
    setBusy(on) {
      busy = on;
      for (const { action, el } of buttons) el.disabled = busy || !enabled.get(action.id);
    },
    setNotice(n) {
      notice = n;
      renderNotice();
    },
  };
  renderShell();
  renderTopBlock();
  renderNotice();
  renderMain();
  return controller;
}
