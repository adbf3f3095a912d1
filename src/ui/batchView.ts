import { rollupRow, rollupTotal, sortRollup, unreadableRow, type RollupRow } from '../engine/report/rollup';
import { h, userText } from './dom';
import { formatCount, formatMarks } from './formatNumber';
import { lazyDetails, openDetails } from './lazyDetails';
import { pick, type Lang } from './lang';
import { printHead, renderResults, resultsUi, todayText, type ResultsUi } from './renderResults';
import { T } from './texts';
import type { BatchFile } from './viewState';

/** What the roll-up remembers across re-renders: which offices are open, and each report's own view state. */
export interface BatchUi {
  open: Set<number>;
  reports: Map<number, ResultsUi>;
}

export function batchUi(): BatchUi {
  return { open: new Set(), reports: new Map() };
}

export interface BatchOptions {
  lang: Lang;
  ui: BatchUi;
  /** Download the filled copy of file `index`. */
  onDownload?: (index: number) => void;
}

function reportUi(ui: BatchUi, i: number): ResultsUi {
  let r = ui.reports.get(i);
  if (!r) {
    r = resultsUi();
    ui.reports.set(i, r);
  }
  return r;
}

function score(r: RollupRow, lang: Lang): string {
  return r.total === null ? '—' : `${formatMarks(r.total, lang)} / ${formatMarks(r.max, lang)}`;
}

/**
 * Several workbooks checked at once: the district roll-up first (one row per file, from the engine's roll-up
 * module: office, score, governance, errors, warnings, fillable cells, and a total row), then each office's
 * report, collapsed, opened by clicking its row.
 */
export function renderBatch(files: BatchFile[], opts: BatchOptions): HTMLElement {
  const { lang, ui } = opts;
  const index = new Map<RollupRow, number>();
  const rows = files.map((f, i) => {
    const r = f.analysis ? rollupRow(f.name, f.analysis) : unreadableRow(f.name, 'unreadable', f.message?.en ?? '');
    index.set(r, i);
    return r;
  });
  const sorted = sortRollup(rows);
  const total = rollupTotal(rows);
  const reports = new Map<number, HTMLDetailsElement>();

  const openReport = (i: number) => {
    const d = reports.get(i);
    if (!d) return;
    openDetails(d);
    d.scrollIntoView({ block: 'start' });
  };

  const cols = [T.colOffice, T.colScore, T.colGovernance, T.colErrors, T.colWarnings, T.colFillable];
  const body = sorted.map((r) => {
    const i = index.get(r)!;
    const name = h('button', { className: 'rollup__office', attrs: { type: 'button', 'data-file': String(i), title: pick(T.showReport, lang) }, onClick: () => openReport(i) },
      userText(r.office));
    const officeCell = h('td', { className: 'rollup__name' }, name,
      r.offices > 1 ? h('span', { className: 'rollup__more' }, ` +${formatCount(r.offices - 1, lang)} ${pick(T.moreOffices, lang)}`) : null,
      h('span', { className: 'rollup__file' }, userText(r.file)));
    if (r.unreadable) {
      return h('tr', { className: 'rollup__row rollup__row--unreadable', attrs: { 'data-file': String(i) } },
        officeCell,
        h('td', { attrs: { colspan: '5' }, className: 'rollup__unreadable' }, pick(files[i].message ?? T.unreadable, lang)));
    }
    return h('tr', { className: `rollup__row${r.errors > 0 ? ' rollup__row--errors' : ''}`, attrs: { 'data-file': String(i) } },
      officeCell,
      h('td', { className: 'num rollup__score' }, score(r, lang)),
      h('td', { className: 'num' }, r.governance === null ? '—' : formatMarks(r.governance, lang)),
      h('td', { className: `num${r.errors > 0 ? ' rollup__errors' : ''}` }, formatCount(r.errors, lang)),
      h('td', { className: 'num' }, formatCount(r.warnings, lang)),
      h('td', { className: 'num' }, formatCount(r.fillable, lang)));
  });
  const foot = h('tr', { className: 'rollup__total' },
    h('th', { attrs: { scope: 'row' } }, `${pick(T.rollupTotal, lang)} (${formatCount(total.files, lang)})`),
    h('td', { className: 'num', attrs: { title: pick(T.meanScore, lang) } }, total.meanScore === null ? '—' : `${pick(T.meanScore, lang)} ${formatMarks(total.meanScore, lang)}`),
    h('td', null, ''),
    h('td', { className: 'num' }, formatCount(total.errors, lang)),
    h('td', { className: 'num' }, formatCount(total.warnings, lang)),
    h('td', { className: 'num' }, formatCount(total.fillable, lang)));

  const table = h('table', { className: 'rollup', attrs: { 'data-testid': 'rollup' } },
    h('thead', null, h('tr', null, ...cols.map((c) => h('th', { attrs: { scope: 'col' } }, pick(c, lang))))),
    h('tbody', null, ...body),
    h('tfoot', null, foot));

  const details = sorted.map((r) => {
    const i = index.get(r)!;
    const f = files[i];
    const summary = [
      h('span', { className: 'office-report__name' }, userText(r.office)),
      h('span', { className: 'office-report__meta' },
        r.unreadable ? pick(T.unreadable, lang) : `${score(r, lang)} · ${pick(T.errorsCount, lang)} ${formatCount(r.errors, lang)} · ${pick(T.warningsCount, lang)} ${formatCount(r.warnings, lang)}`),
    ];
    const d = lazyDetails('office-report', summary, () => {
      if (f.analysis) {
        const download = opts.onDownload;
        return renderResults(f.analysis, { lang, ui: reportUi(ui, i), source: f.name, onDownload: download ? () => download(i) : undefined });
      }
      return h('div', { className: 'results' },
        printHead(null, f.name, lang),
        h('p', { className: 'source' }, userText(f.name)),
        h('section', { className: 'banner banner--failed', attrs: { role: 'alert' } },
          h('h2', { className: 'banner__title' }, pick(T.failedTitle, lang)),
          h('p', { className: 'banner__body' }, pick(f.message ?? T.unreadable, lang))));
    }, ui.open.has(i), (open) => {
      if (open) ui.open.add(i);
      else ui.open.delete(i);
    });
    d.setAttribute('data-file', String(i));
    reports.set(i, d);
    return d;
  });

  return h('div', { className: 'batch' },
    h('header', { className: 'print-head print-head--batch' },
      h('p', { className: 'print-head__title' }, pick(T.printTitle, lang)),
      h('p', { className: 'print-head__file' }, `${pick(T.checkedFiles, lang)}: ${formatCount(files.length, lang)}`),
      h('p', { className: 'print-head__date' }, `${pick(T.printedOn, lang)}: ${todayText(lang)}`)),
    h('section', { className: 'rollup-section', attrs: { 'aria-label': pick(T.rollupHeading, lang) } },
      h('h2', { className: 'section-title' }, pick(T.rollupHeading, lang)),
      h('div', { className: 'rollup-wrap' }, table)),
    h('section', { className: 'office-reports' }, ...details));
}
