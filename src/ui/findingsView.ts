import type { Analysis, Finding } from '../engine/report/types';
import { h, replaceChildren, userText } from './dom';
import { ALL, findingSheets, shows, type FindingFilter } from './findingFilter';
import { formatCount } from './formatNumber';
import { groupFindings, type TableFindings } from './groupFindings';
import { kindName } from './kindNames';
import { lazyDetails } from './lazyDetails';
import { pick, type Lang } from './lang';
import { T } from './texts';

/** The list's state that outlives a re-render: the filter and which table groups the clerk collapsed. */
export interface FindingsUi {
  filter: FindingFilter;
  collapsed: Set<string>;
}

export function findingsUi(): FindingsUi {
  return { filter: { ...ALL }, collapsed: new Set() };
}

export interface FindingsOptions {
  lang: Lang;
  ui: FindingsUi;
  /** Pane: each finding's cell is a button that selects it in Excel. Checker: the address is shown as text. */
  onFindingClick?: (finding: Finding) => void;
  /** "sheet!cell" of the row selected in a marks table: its findings are highlighted. */
  selected?: string | null;
}

function cellRef(f: Finding, opts: FindingsOptions): HTMLElement {
  const { lang } = opts;
  if (opts.onFindingClick) {
    const click = opts.onFindingClick;
    return h('button', {
      className: 'cell-link',
      attrs: { type: 'button', 'data-sheet': f.sheet, 'data-cell': f.cell, title: `${pick(T.goToCell, lang)}: ${f.sheet}!${f.cell}` },
      onClick: () => click(f),
    }, f.cell);
  }
  return h('span', { className: 'cell-ref', attrs: { 'data-sheet': f.sheet, 'data-cell': f.cell } }, `${pick(T.cell, lang)} ${f.cell}`);
}

function findingItem(f: Finding, opts: FindingsOptions): HTMLElement {
  const { lang } = opts;
  const hidden = !shows(opts.ui.filter, f);
  const selected = opts.selected === `${f.sheet}!${f.cell}`;
  return h('li', {
    className: `finding finding--${f.severity}${hidden ? ' is-filtered' : ''}${selected ? ' finding--selected' : ''}`,
    attrs: { 'data-rule': f.rule, 'data-severity': f.severity },
  },
    h('div', { className: 'finding__head' },
      h('span', { className: `badge badge--${f.severity}` }, pick(f.severity === 'error' ? T.error : T.warning, lang)),
      cellRef(f, opts),
      h('span', { className: 'finding__row' }, `${pick(T.row, lang)} ${formatCount(f.row, lang)}`)),
    h('p', { className: 'finding__msg' }, userText(pick(f.messages, lang))));
}

export function groupKey(sheet: string, g: TableFindings): string {
  return g.table ? `${sheet}|${g.table.range}` : `${sheet}|`;
}

/** "ভুল ২ · সতর্কতা ১": a group's counts, always visible (also when collapsed or filtered). */
function counts(errors: number, warnings: number, lang: Lang): string {
  return `${pick(T.errorsCount, lang)} ${formatCount(errors, lang)} · ${pick(T.warningsCount, lang)} ${formatCount(warnings, lang)}`;
}

function groupBlock(sheet: string, g: TableFindings, opts: FindingsOptions): HTMLElement {
  const { lang, ui } = opts;
  const key = groupKey(sheet, g);
  const title = g.table ? `${pick(kindName(g.table.kind), lang)} · ${g.table.range}` : pick(T.outsideTables, lang);
  const shown = g.findings.filter((f) => shows(ui.filter, f)).length;
  const summary = [
    h('span', { className: 'group__title' }, title),
    h('span', { className: 'group__counts', attrs: { 'data-testid': 'group-counts' } },
      counts(g.errors, g.warnings, lang),
      shown < g.findings.length ? ` (${formatCount(shown, lang)} ${pick(T.shownOf, lang)})` : ''),
  ];
  const d = lazyDetails('group', summary, () =>
    h('ul', { className: 'finding-list' }, ...g.findings.map((f) => findingItem(f, opts)),
      shown === 0 ? h('li', { className: 'muted none-for-filter' }, pick(T.noneForFilter, lang)) : null),
  !ui.collapsed.has(key), (open) => {
    if (open) ui.collapsed.delete(key);
    else ui.collapsed.add(key);
  });
  d.setAttribute('data-group', key);
  return d;
}

function filterBar(analysis: Analysis, opts: FindingsOptions, rerender: () => void): HTMLElement {
  const { lang, ui } = opts;
  const choices: [FindingFilter['severity'], typeof T.severityAll][] = [['all', T.severityAll], ['error', T.severityErrors], ['warning', T.severityWarnings]];
  const buttons = choices.map(([value, label]) =>
    h('button', {
      className: `chip${ui.filter.severity === value ? ' chip--on' : ''}`,
      attrs: { type: 'button', 'data-severity': value, 'aria-pressed': String(ui.filter.severity === value) },
      onClick: () => {
        ui.filter.severity = value;
        rerender();
      },
    }, pick(label, lang)));
  const sheets = findingSheets(analysis.findings);
  let select: HTMLSelectElement | null = null;
  if (sheets.length > 1) {
    select = h('select', { className: 'filter__sheet', attrs: { 'data-testid': 'sheet-filter', 'aria-label': pick(T.filterSheet, lang) } },
      h('option', { attrs: { value: '' } }, pick(T.allSheets, lang)),
      ...sheets.map((s) => {
        const o = h('option', { attrs: { value: s } }, s);
        o.selected = ui.filter.sheet === s;
        return o;
      }));
    const sel = select;
    sel.addEventListener('change', () => {
      ui.filter.sheet = sel.value === '' ? null : sel.value;
      rerender();
    });
  }
  return h('div', { className: 'filters', attrs: { role: 'group', 'aria-label': pick(T.filterSeverity, lang) } },
    h('span', { className: 'filters__label' }, pick(T.filterSeverity, lang)),
    ...buttons,
    select);
}

/**
 * The findings, grouped by sheet then table (errors first), filterable by severity and sheet, each table's
 * group collapsible with its counts always in view. Filtering re-renders this section only.
 */
export function findingsSection(analysis: Analysis, opts: FindingsOptions): HTMLElement | null {
  const sheets = groupFindings(analysis);
  if (sheets.length === 0) return null;
  const { lang } = opts;
  const section = h('section', { className: 'findings', attrs: { 'aria-label': pick(T.findingsHeading, lang) } });
  const render = () => {
    const filter = opts.ui.filter;
    replaceChildren(section,
      h('h2', { className: 'section-title' }, pick(T.findingsHeading, lang)),
      filterBar(analysis, opts, render),
      ...sheets.map((s) => {
        const block = h('div', { className: `sheet${filter.sheet !== null && filter.sheet !== s.sheet ? ' is-filtered' : ''}`, attrs: { 'data-sheet': s.sheet } },
          h('h3', { className: 'sheet__name' }, `${pick(T.sheet, lang)}: `, userText(s.sheet), h('span', { className: 'sheet__counts' }, ` · ${counts(s.errors, s.warnings, lang)}`)),
          ...s.groups.map((g) => groupBlock(s.sheet, g, opts)));
        return block;
      }));
  };
  render();
  return section;
}
