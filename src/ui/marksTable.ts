import { cellAddress, parseCellAddress } from '../engine/grid/a1';
import type { RowReport, TableReport } from '../engine/report/types';
import { h, userText } from './dom';
import { formatMarks } from './formatNumber';
import { pick, type Lang } from './lang';
import { T } from './texts';

/** The cell a row of the marks table points at: its claimed-marks cell, else the table's first column on that row. */
export function rowCell(table: TableReport, row: RowReport): string {
  if (row.claimedCell) return row.claimedCell;
  const left = parseCellAddress(table.range.split(':')[0])?.col ?? 0;
  return cellAddress(row.row - 1, left);
}

/** Claimed marks that disagree with the computed ones (the claimed-mismatch tolerance, 0.01). */
export function differs(row: RowReport): boolean {
  return row.computed !== null && row.claimed !== null && Math.abs(row.computed - row.claimed) > 0.01;
}

export interface MarksTableOptions {
  lang: Lang;
  /** The row's cell was clicked (pane: select it in Excel; checker: highlight the row). */
  onRowClick?: (table: TableReport, row: RowReport, cell: string, el: HTMLElement) => void;
  /** "sheet!cell" of the selected row, if any. */
  selected?: string | null;
}

/**
 * The per-indicator marks of one scored table: indicator (code and text), weight, achievement, tier reached,
 * computed marks, claimed marks with a mark where they disagree, and under each row the engine's "why these
 * marks" line. Every figure is the engine's; nothing is computed here.
 */
export function marksTable(table: TableReport, opts: MarksTableOptions): HTMLElement {
  const { lang } = opts;
  // Five figure columns under a full-width indicator line: readable in a 320 px pane, and one <tbody> per
  // indicator keeps its three lines together (hover, selection, print page breaks).
  const head = h('tr', null,
    ...[T.colWeight, T.colAchievement, T.colTier, T.colComputed, T.colClaimed].map((t, i) =>
      h('th', { className: `marks__h marks__h--${i}`, attrs: { scope: 'col' } }, pick(t, lang))));
  const bodies: HTMLElement[] = [];
  for (const r of table.rows) {
    const cell = rowCell(table, r);
    const key = `${table.sheet}!${cell}`;
    const differ = differs(r);
    const ind = h('tr', { className: 'marks-ind' },
      h('th', { attrs: { colspan: '5', scope: 'rowgroup' }, className: 'marks__ind' },
        userText(r.indicator, 'marks__code'),
        r.text ? h('span', { className: 'marks__text' }, ' ', userText(r.text)) : null));
    const figures = h('tr', { className: 'marks-figures' },
      h('td', { className: 'marks__num' }, formatMarks(r.weight, lang)),
      h('td', { className: 'marks__num marks__ach' }, r.achievement ? pick(r.achievement, lang) : '—'),
      h('td', { className: 'marks__tier' }, r.tier ? pick(r.tier, lang) : '—'),
      h('td', { className: 'marks__num marks__computed' }, formatMarks(r.computed, lang)),
      h('td', { className: `marks__num marks__claimed${differ ? ' is-differs' : ''}` },
        r.claimed === null
          ? h('span', { className: 'marks__blank', attrs: { title: pick(T.blankClaim, lang) } }, '—')
          : formatMarks(r.claimed, lang),
        differ ? h('span', { className: 'diff-mark', attrs: { title: pick(T.differs, lang), 'aria-label': pick(T.differs, lang), role: 'img' } }, '≠') : null));
    const why = h('tr', { className: 'marks-why' },
      h('td', { attrs: { colspan: '5' } }, r.why ? userText(pick(r.why, lang), 'why') : null));
    const body = h('tbody', {
      className: `marks-row${differ ? ' marks-row--differs' : ''}${r.computed === null ? ' marks-row--unscored' : ''}${opts.selected === key ? ' marks-row--selected' : ''}`,
      attrs: { 'data-row': String(r.row), 'data-sheet': table.sheet, 'data-cell': cell, tabindex: '0', title: `${pick(T.goToCell, lang)}: ${cell}` },
    }, ind, figures, why);
    if (opts.onRowClick) {
      const click = opts.onRowClick;
      const go = () => click(table, r, cell, body);
      body.addEventListener('click', go);
      body.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          go();
        }
      });
    }
    bodies.push(body);
  }
  return h('table', { className: 'marks', attrs: { 'data-sheet': table.sheet, 'data-range': table.range } },
    h('thead', null, head), ...bodies);
}
