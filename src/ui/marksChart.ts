import type { Analysis } from '../engine/report/types';
import { chartData, type ChartBar, type ChartGroup } from './chartData';
import { h } from './dom';
import { formatMarks } from './formatNumber';
import { pick, type Lang } from './lang';
import { T } from './texts';

const SVG = 'http://www.w3.org/2000/svg';
/** Drawing units: the chart is 300 wide and scales to its box, so a 320 px pane shows it ~1:1. */
export const CHART_WIDTH = 300;
const ROW = 34;
const BAR_Y = 17;
const BAR_H = 10;
const TITLE_H = 22;
const LABEL_CHARS = 36;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function labelOf(b: ChartBar, lang: Lang): string {
  return typeof b.label === 'string' ? b.label : pick(b.label, lang);
}

/** A long area label on one line: cut at a word, with an ellipsis (the full text is the bar's tooltip). */
function shorten(text: string): string {
  if (text.length <= LABEL_CHARS) return text;
  const cut = text.slice(0, LABEL_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > LABEL_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Where a figure sits on a group's scale, in drawing units (the test reads the same geometry back). */
export function barLength(value: number, scale: number): number {
  if (!(scale > 0) || !(value > 0)) return 0;
  return Math.round((Math.min(value, scale) / scale) * CHART_WIDTH * 100) / 100;
}

function groupSvg(g: ChartGroup, lang: Lang): SVGSVGElement {
  const height = TITLE_H + g.bars.length * ROW;
  const title = g.sheet ? `${pick(g.title, lang)} · ${g.sheet}` : pick(g.title, lang);
  const root = svg('svg', {
    class: `chart__group chart__group--${g.id}`,
    viewBox: `0 0 ${CHART_WIDTH} ${height}`,
    width: '100%',
    role: 'img',
    'aria-label': `${title}: ${pick(T.chartLabel, lang)}`,
    'data-group': g.id,
    'data-scale': g.scale,
  });
  root.appendChild(svg('text', { x: 0, y: 14, class: 'chart__title' }, title));
  g.bars.forEach((b, i) => {
    const y = TITLE_H + i * ROW;
    const label = labelOf(b, lang);
    const value = `${formatMarks(b.obtained, lang)} / ${formatMarks(b.max, lang)}`;
    const bar = svg('g', { class: 'chart__bar', 'data-obtained': b.obtained, 'data-max': b.max });
    bar.appendChild(svg('title', {}, `${label}: ${value}`));
    bar.appendChild(svg('text', { x: 0, y: y + 12, class: 'chart__label' }, shorten(label)));
    bar.appendChild(svg('text', { x: CHART_WIDTH, y: y + 12, class: 'chart__value', 'text-anchor': 'end' }, value));
    bar.appendChild(svg('rect', { x: 0, y: y + BAR_Y, width: barLength(b.max, g.scale), height: BAR_H, rx: 2, class: 'chart__track' }));
    bar.appendChild(svg('rect', { x: 0, y: y + BAR_Y, width: barLength(b.obtained, g.scale), height: BAR_H, rx: 2, class: 'chart__fill' }));
    root.appendChild(bar);
  });
  return root;
}

/**
 * Obtained against maximum marks per performance area and per annex, and the office's score of 100, as inline
 * SVG built from the report (no canvas, no library, nothing loaded). Null when nothing is scored.
 */
export function marksChart(analysis: Analysis, lang: Lang): HTMLElement | null {
  const groups = chartData(analysis);
  if (groups.length === 0) return null;
  return h('section', { className: 'chart', attrs: { 'data-testid': 'chart', 'aria-label': pick(T.chartHeading, lang) } },
    h('h2', { className: 'section-title' }, pick(T.chartHeading, lang)),
    ...groups.map((g) => groupSvg(g, lang)));
}
