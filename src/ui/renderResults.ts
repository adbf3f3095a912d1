import type { Analysis, Finding, OfficeScore, RowReport, TableReport } from '../engine/report/types';
import { toBengaliDigits } from '../engine/numerals/digits';
import { h, userText } from './dom';
import { findingsSection, findingsUi, type FindingsUi } from './findingsView';
import { formatCount, formatMarks } from './formatNumber';
import { kindName } from './kindNames';
import { lazyDetails } from './lazyDetails';
import { pick, type Lang } from './lang';
import { marksChart } from './marksChart';
import { marksTable } from './marksTable';
import { T } from './texts';
import { outcomeOf } from './viewState';

/** What one report's view remembers across re-renders (language switch, a fill): filters, open tables, the selected row. */
export interface ResultsUi {
  findings: FindingsUi;
  /** Marks tables the clerk opened or closed ("sheet|range" → open). */
  marksOpen: Map<string, boolean>;
  /** "sheet!cell" of the marks row last clicked. */
  selected: string | null;
}

export function resultsUi(): ResultsUi {
  return { findings: findingsUi(), marksOpen: new Map(), selected: null };
}

export interface ResultsOptions {
  lang: Lang;
  ui: ResultsUi;
  /** Pane: each finding's cell is a button that selects it in Excel. Checker: the address is shown as text. */
  onFindingClick?: (finding: Finding) => void;
  /** Pane: a marks row selects its cell in Excel. Without it (checker) the row is highlighted in the page. */
  onCellClick?: (sheet: string, cell: string) => void;
  /** The checked file's name (checker). */
  source?: string | null;
  /** Checker: download a filled copy; offered only when there are cells to fill. */
  onDownload?: () => void;
}

/** A Section 3 with at most this many indicator rows in the workbook opens its marks table; longer ones start collapsed. */
const OPEN_ROWS = 40;

function banner(analysis: Analysis, lang: Lang): HTMLElement {
  const outcome = outcomeOf(analysis);
  const errors = analysis.findings.filter((f) => f.severity === 'error').length;
  const warnings = analysis.findings.length - errors;
  const counts = `${pick(T.errorsCount, lang)}: ${formatCount(errors, lang)} · ${pick(T.warningsCount, lang)}: ${formatCount(warnings, lang)}`;
  const box = (title: string, body: string | null) =>
    h('section', { className: `banner banner--${outcome}`, attrs: { role: 'status', 'data-outcome': outcome } },
      h('h2', { className: 'banner__title' }, title),
      body ? h('p', { className: 'banner__body' }, body) : null);
  switch (outcome) {
    case 'no-tables':
      return box(pick(T.noTablesTitle, lang), pick(T.noTablesBody, lang));
    case 'no-scored':
      return box(pick(T.noScoredTitle, lang), pick(T.noScoredBody, lang));
    case 'all-correct':
      return box(pick(T.allCorrectTitle, lang), pick(T.allCorrectBody, lang));
    case 'errors':
      return box(pick(T.errorsTitle, lang), counts);
    case 'warnings':
      return box(pick(T.warningsTitle, lang), counts);
  }
}

function of(value: number | null, max: number | null, lang: Lang): string {
  return `${formatMarks(value, lang)} / ${formatMarks(max, lang)}`;
}

/** The parts under the score: own areas and governance, or which part is missing. */
function scoreParts(s: OfficeScore, lang: Lang): HTMLElement {
  const parts: string[] = [];
  if (s.own !== null) parts.push(`${pick(T.ownAreas, lang)} ${of(s.own, s.ownMax, lang)}`);
  if (s.governance !== null) {
    const from = s.basis === 'annex-nets' ? ` (${pick(T.fromAnnexNets, lang)})` : '';
    parts.push(`${pick(T.governance, lang)} ${of(s.governance, s.governanceMax, lang)}${from}`);
  }
  if (s.own === null) parts.push(pick(T.annexesOnly, lang));
  else if (s.governance === null) parts.push(pick(T.ownOnly, lang));
  return h('p', { className: 'score__parts' }, parts.join(' · '));
}

/** The office's score out of 100 as the engine gives it (per office when the workbook holds several). */
function scoreCard(analysis: Analysis, lang: Lang): HTMLElement | null {
  const offices = analysis.offices ?? [];
  if (offices.length === 0) return null;
  if (offices.length === 1) {
    const s = analysis.score ?? offices[0].score;
    return h('section', { className: 'score', attrs: { 'data-testid': 'score' } },
      h('div', { className: 'score__head' },
        h('span', { className: 'score__label' }, pick(T.officeScore, lang)),
        h('span', { className: 'score__value', attrs: { 'data-testid': 'score-value' } },
          h('strong', null, formatMarks(s.total, lang)),
          h('span', { className: 'score__max' }, ` / ${formatMarks(s.max, lang)}`))),
      scoreParts(s, lang));
  }
  return h('section', { className: 'score score--many', attrs: { 'data-testid': 'score' } },
    h('div', { className: 'score__head' }, h('span', { className: 'score__label' }, pick(T.officeScores, lang))),
    h('ul', { className: 'score__offices' },
      ...offices.map((o) =>
        h('li', { className: 'score__office', attrs: { 'data-sheet': o.sheet } },
          h('span', { className: 'score__where' }, userText(o.sheet), o.range ? ` · ${o.range}` : ''),
          h('span', { className: 'score__value' }, h('strong', null, formatMarks(o.score.total, lang)), h('span', { className: 'score__max' }, ` / ${formatMarks(o.score.max, lang)}`)),
          scoreParts(o.score, lang)))));
}

function cellsText(n: number, lang: Lang): string {
  return `${formatCount(n, lang)}${pick(n === 1 ? T.oneCell : T.cellsUnit, lang)}`;
}

/** The fill offer: a hint in the pane (its toolbar has the button), a download button in the checker. */
function fillOffer(analysis: Analysis, opts: ResultsOptions): HTMLElement | null {
  const n = analysis.fills.length;
  if (n === 0) return null;
  const { lang } = opts;
  if (!opts.onDownload) return h('p', { className: 'hint' }, `${pick(T.fillable, lang)} ${formatCount(n, lang)}`);
  return h('div', { className: 'offer' },
    h('button', {
      className: 'btn btn--primary btn--download',
      attrs: { type: 'button', 'data-action': 'download', 'data-cells': String(n) },
      onClick: opts.onDownload,
    }, `${pick(T.download, lang)} (${cellsText(n, lang)})`));
}

/** Highlights the clicked marks row and the findings on its cell, in place (no re-render: focus and scroll stay). */
function markSelected(row: HTMLElement, sheet: string, cell: string): void {
  const root = row.closest('.results') ?? document;
  root.querySelectorAll('.marks-row--selected').forEach((e) => e.classList.remove('marks-row--selected'));
  root.querySelectorAll('.finding--selected').forEach((e) => e.classList.remove('finding--selected'));
  row.classList.add('marks-row--selected');
  root.querySelectorAll(`.finding [data-cell]`).forEach((e) => {
    if (e.getAttribute('data-sheet') === sheet && e.getAttribute('data-cell') === cell) e.closest('.finding')?.classList.add('finding--selected');
  });
}

function tableKey(t: TableReport): string {
  return `${t.sheet}|${t.range}`;
}

function tableCard(t: TableReport, analysis: Analysis, opts: ResultsOptions): HTMLElement {
  const { lang, ui } = opts;
  const scored = t.total !== null;
  const figures = scored
    ? h('dl', { className: 'figures' },
        h('div', null, h('dt', null, pick(T.total, lang)), h('dd', null, of(t.total, t.max, lang))),
        t.net !== null
          ? h('div', null, h('dt', null, pick(T.net, lang)), h('dd', null, typeof t.netMax === 'number' ? of(t.net, t.netMax, lang) : formatMarks(t.net, lang)))
          : null)
    : h('p', { className: 'muted' }, pick(T.notScored, lang));
  let marks: HTMLElement | null = null;
  if (t.rows.length > 0) {
    const key = tableKey(t);
    const allRows = analysis.tables.reduce((n, x) => n + x.rows.length, 0);
    const open = ui.marksOpen.get(key) ?? (t.kind === 'performance-plan' && allRows <= OPEN_ROWS);
    const onRowClick = (table: TableReport, _row: RowReport, cell: string, el: HTMLElement) => {
      ui.selected = `${table.sheet}!${cell}`;
      markSelected(el, table.sheet, cell);
      opts.onCellClick?.(table.sheet, cell);
    };
    marks = lazyDetails('marks-block', [
      h('span', null, pick(T.marksHeading, lang)),
      h('span', { className: 'marks-block__count' }, ` (${formatCount(t.rows.length, lang)} ${pick(T.indicatorRows, lang)})`),
    ], () => h('div', { className: 'marks-wrap' }, marksTable(t, { lang, onRowClick, selected: ui.selected })), open, (isOpen) => ui.marksOpen.set(key, isOpen));
  }
  return h('li', { className: 'table-card', attrs: { 'data-kind': t.kind, 'data-sheet': t.sheet, 'data-range': t.range } },
    h('div', { className: 'table-card__head' },
      h('span', { className: 'table-card__kind' }, pick(kindName(t.kind), lang)),
      h('span', { className: 'table-card__range' }, t.range)),
    t.title ? h('p', { className: 'table-card__title' }, userText(t.title)) : null,
    figures,
    t.netWhy ? h('p', { className: 'table-card__why' }, userText(pick(t.netWhy, lang), 'why')) : null,
    marks);
}

function tablesSection(analysis: Analysis, opts: ResultsOptions): HTMLElement | null {
  if (analysis.tables.length === 0) return null;
  const { lang } = opts;
  const sheets: string[] = [];
  for (const t of analysis.tables) if (!sheets.includes(t.sheet)) sheets.push(t.sheet);
  return h('section', { className: 'tables', attrs: { 'aria-label': pick(T.tablesHeading, lang) } },
    h('h2', { className: 'section-title' }, pick(T.tablesHeading, lang)),
    ...sheets.map((s) =>
      h('div', { className: 'sheet', attrs: { 'data-sheet': s } },
        h('h3', { className: 'sheet__name' }, `${pick(T.sheet, lang)}: `, userText(s)),
        h('ul', { className: 'table-list' }, ...analysis.tables.filter((t) => t.sheet === s).map((t) => tableCard(t, analysis, opts))))));
}

/** Today as clerks write dates: dd/mm/yyyy (Bengali digits in the Bengali view). */
export function todayText(lang: Lang, now = new Date()): string {
  const text = `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
  return lang === 'bn' ? toBengaliDigits(text) : text;
}

/** The printed page's head (office, file, date): hidden on screen. */
export function printHead(office: string | null, source: string | null, lang: Lang): HTMLElement {
  return h('header', { className: 'print-head', attrs: { 'data-testid': 'print-head' } },
    h('p', { className: 'print-head__title' }, pick(T.printTitle, lang)),
    office ? h('p', { className: 'print-head__office' }, userText(office)) : null,
    source ? h('p', { className: 'print-head__file' }, `${pick(T.fileOf, lang)}: `, userText(source)) : null,
    h('p', { className: 'print-head__date' }, `${pick(T.printedOn, lang)}: ${todayText(lang)}`));
}

/**
 * The results of one check: outcome banner, the engine's score, the fill offer, the chart, the findings
 * (errors first, filterable), then each table with its marks per indicator and their "why" lines.
 */
export function renderResults(analysis: Analysis, opts: ResultsOptions): HTMLElement {
  const { lang } = opts;
  return h('div', { className: 'results' },
    printHead(analysis.office ?? null, opts.source ?? null, lang),
    opts.source ? h('p', { className: 'source' }, userText(opts.source)) : null,
    banner(analysis, lang),
    scoreCard(analysis, lang),
    fillOffer(analysis, opts),
    marksChart(analysis, lang),
    findingsSection(analysis, { lang, ui: opts.ui.findings, onFindingClick: opts.onFindingClick, selected: opts.ui.selected }),
    tablesSection(analysis, opts));
}
