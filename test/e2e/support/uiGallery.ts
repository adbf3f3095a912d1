/**
 * A test page that mounts the shared UI in a given state with fixture data: the states that the real pages
 * pass through too quickly to photograph (reading), or that need hostile text in every slot at once.
 * Driven by window.__gallery(state, lang) from the e2e tests.
 */
import { mountApp } from '../../../src/ui/app';
import { batchUi, renderBatch } from '../../../src/ui/batchView';
import { T } from '../../../src/ui/texts';
import type { ViewState } from '../../../src/ui/viewState';
import type { Analysis } from '../../../src/engine/report/types';

declare global {
  interface Window {
    __gallery(state: ViewState, lang: 'bn' | 'en', mode?: 'pane' | 'checker'): void;
    __galleryClicks: string[];
    __T: typeof T;
    __analysis?: Analysis;
  }
}

window.__galleryClicks = [];
window.__T = T;
window.__gallery = (state, lang, mode = 'pane') => {
  const root = document.getElementById('app') as HTMLElement;
  const store = { getItem: () => lang, setItem: () => undefined };
  const app = mountApp(root, {
    mode,
    store,
    actions:
      mode === 'pane'
        ? [
            { id: 'validate', label: T.validate, primary: true, run: () => undefined },
            { id: 'fill', label: T.fill, run: () => undefined },
            { id: 'undo', label: T.undo, enabled: false, run: () => undefined },
            { id: 'clear-highlights', label: T.clearHighlights, run: () => undefined },
          ]
        : [{ id: 'print', label: T.print, run: () => undefined }],
    onFindingClick: mode === 'pane' ? (f) => window.__galleryClicks.push(`${f.sheet}!${f.cell}`) : undefined,
    onCellClick: mode === 'pane' ? (sheet, cell) => window.__galleryClicks.push(`${sheet}!${cell}`) : undefined,
    onDownload: mode === 'checker' ? (i) => window.__galleryClicks.push(`download ${i}`) : undefined,
    batch: { render: renderBatch, ui: batchUi },
  });
  app.setState(state);
};
