import type { Analysis, Finding, TableReport } from '../engine/report/types';
import { h, userText } from './dom';
import { formatCount, formatMarks } from './formatNumber';
import { grandTotal } from './grandTotal';
import { groupFindings, type TableFindings } from './groupFindings';
import { kindName } from './kindNames';
import { pick, type Lang } from './lang';
import { T } from './texts';
import { outcomeOf } from './viewState';

export interface ResultsOptions {
  lang: Lang;
  /** Pane: each finding's cell is a button that selects it in Excel. Checker: the address is shown as text. */
  onFindingClick?: (finding: Finding) => void;
  /** The checked file's name (checker). */
  source?: string | null;
}

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
    case 'all-correct':
      return box(pick(T.allCorrectTitle, lang), pick(T.allCorrectBody, lang));
    case 'errors':
      return box(pick(T.errorsTitle, lang), counts);
    case 'warnings':
      return box(pick(T.warningsTitle, lang), counts);
  }
}

function grandTotalCard(analysis: Analysis, lang: Lang): HTMLElement | null {
  const g = grandTotal(analysis);
  if (!g) return null;
  const label = g.basis === 'section3' ? T.grandTotal : T.grandTotalAnnexes;
  return h('section', { className: 'grand', attrs: { 'data-testid': 'grand-total' } },
    h('span', { className: 'grand__label' }, pick(label, lang)),
    h('span', { className: 'grand__value' },
      h('strong', null, formatMarks(g.total, lang)),
      h('span', { className: 'grand__max' }, ` / ${formatMarks(g.max, lang)}`)));
}

function fillHint(analysis: Analysis, lang: Lang): HTMLElement | null {
  if (analysis.fills.length === 0) return null;
  return h('p', { className: 'hint' }, `${pick(T.fillable, lang)} ${formatCount(analysis.fills.length, lang)}`);
}

function cellRef(f: Finding, opts: ResultsOptions): HTMLElement {
  const { lang } = opts;
  if (opts.onFindingClick) {
    const click = opts.onFindingClick;
    return h('button', {
      className: 'cell-link',
      attrs: { type: 'button', 'data-sheet': f.sheet, 'data-cell': f.cell, title: `${pick(T.goToCell, lang)}: ${f.sheet}!${f.cell}` },
      onClick: () => click(f),
    }, f.cell);
  }
  return h('span', { className: 'cell-ref', attrs: { 'data-sheet': f.sheet, 'data-cell': f.cell } },
    `${pick(T.cell, lang)} ${f.cell}`);
}

function findingItem(f: Finding, opts: ResultsOptions): HTMLElement {
  const { lang } = opts;
  return h('li', { className: `finding finding--${f.severity}`, attrs: { 'data-rule': f.rule } },
    h('div', { className: 'finding__head' },
      h('span', { className: `badge badge--${f.severity}` }, pick(f.severity === 'error' ? T.error : T.warning, lang)),
      cellRef(f, opts),
      h('span', { className: 'finding__row' }, `${pick(T.row, lang)} ${formatCount(f.row, lang)}`)),
    h('p', { className: 'finding__msg' }, userText(pick(f.messages, lang))));
}

function groupTitle(g: TableFindings, lang: Lang): string {
  return g.table ? `${pick(kindName(g.table.kind), lang)} · ${g.table.range}` : pick(T.outsideTables, lang);
}

function findingsSection(analysis: Analysis, opts: ResultsOptions): HTMLElement | null {
  const sheets = groupFindings(analysis);
  if (sheets.length === 0) return null;
  const { lang } = opts;
  return h('section', { className: 'findings', attrs: { 'aria-label': pick(T.findingsHeading, lang) } },
    h('h2', { className: 'section-title' }, pick(T.findingsHeading, lang)),
    ...sheets.map((s) =>
      h('div', { className: 'sheet', attrs: { 'data-sheet': s.sheet } },
        h('h3', { className: 'sheet__name' }, `${pick(T.sheet, lang)}: `, userText(s.sheet)),
        ...s.groups.map((g) =>
          h('div', { className: 'group' },
            h('h4', { className: 'group__title' }, groupTitle(g, lang)),
            h('ul', { className: 'finding-list' }, ...g.findings.map((f) => findingItem(f, opts))))))));
}

function tableCard(t: TableReport, lang: Lang): HTMLElement {
  const scored = t.total !== null;
  const figures = scored
    ? h('dl', { className: 'figures' },
        h('div', null, h('dt', null, pick(T.total, lang)), h('dd', null, formatMarks(t.total, lang))),
        h('div', null, h('dt', null, pick(T.max, lang)), h('dd', null, formatMarks(t.max, lang))),
        t.net !== null ? h('div', null, h('dt', null, pick(T.net, lang)), h('dd', null, formatMarks(t.net, lang))) : null)
    : h('p', { className: 'muted' }, pick(T.notScored, lang));
  return h('li', { className: 'table-card', attrs: { 'data-kind': t.kind } },
    h('div', { className: 'table-card__head' },
      h('span', { className: 'table-card__kind' }, pick(kindName(t.kind), lang)),
      h('span', { className: 'table-card__range' }, t.range)),
    t.title ? h('p', { className: 'table-card__title' }, userText(t.title)) : null,
    figures);
}

function tablesSection(analysis: Analysis, lang: Lang): HTMLElement | null {
  if (analysis.tables.length === 0) return null;
  const sheets: string[] = [];
  for (const t of analysis.tables) if (!sheets.includes(t.sheet)) sheets.push(t.sheet);
  return h('section', { className: 'tables', attrs: { 'aria-label': pick(T.tablesHeading, lang) } },
    h('h2', { className: 'section-title' }, pick(T.tablesHeading, lang)),
    ...sheets.map((s) =>
      h('div', { className: 'sheet', attrs: { 'data-sheet': s } },
        h('h3', { className: 'sheet__name' }, `${pick(T.sheet, lang)}: `, userText(s)),
        h('ul', { className: 'table-list' }, ...analysis.tables.filter((t) => t.sheet === s).map((t) => tableCard(t, lang))))));
}

/** The results of one check: outcome banner, grand total, findings (errors first), then the tables found. */
export function renderResults(analysis: Analysis, opts: ResultsOptions): HTMLElement {
  const { lang } = opts;
  return h('div', { className: 'results' },
    opts.source ? h('p', { className: 'source' }, userText(opts.source)) : null,
    banner(analysis, lang),
    grandTotalCard(analysis, lang),
    fillHint(analysis, lang),
    findingsSection(analysis, opts),
    tablesSection(analysis, lang));
}
