import { toBengaliDigits } from '../engine/numerals/digits';
import type { RollupRow, RollupTotal } from '../engine/report/rollup';
import type { TierRule } from '../engine/report/types';
import { count, figure } from './figure';
import { inertText } from './inertText';
import type { Lang } from './parseArgs';

/**
 * `--summary`: the district roll-up (engine/report/rollup.ts) as a terminal table, a CSV and the cells of the
 * xlsx. Rows arrive sorted; every figure is the roll-up's (the engine's), only formatted here.
 */

/** After --fill the cell column counts cells written, otherwise blank cells that can be filled. */
export interface SummaryContext {
  lang: Lang;
  filled: boolean;
  tiers: TierRule;
}

const H = {
  n: { bn: 'ক্রম', en: '#' },
  total: { bn: 'মোট নম্বর', en: 'Score' },
  governance: { bn: 'সুশাসন', en: 'Governance' },
  errors: { bn: 'ত্রুটি', en: 'Errors' },
  warnings: { bn: 'সতর্কতা', en: 'Warnings' },
  fillable: { bn: 'পূরণযোগ্য ঘর', en: 'Fillable' },
  filled: { bn: 'পূরণ করা ঘর', en: 'Filled' },
  office: { bn: 'অফিস', en: 'Office' },
  file: { bn: 'ফাইল', en: 'File' },
  max: { bn: 'সর্বোচ্চ', en: 'Max' },
  own: { bn: 'নিজস্ব (৭০)', en: 'Own (70)' },
  ownMax: { bn: 'নিজস্ব সর্বোচ্চ', en: 'Own max' },
  governanceMax: { bn: 'সুশাসন সর্বোচ্চ', en: 'Governance max' },
  basis: { bn: 'সুশাসনের ভিত্তি', en: 'Governance basis' },
  offices: { bn: 'অফিসের সংখ্যা', en: 'Offices' },
  status: { bn: 'অবস্থা', en: 'Status' },
} as const;

const BASIS = { rows: { bn: 'সেকশন ৩-এর সুশাসন সারি', en: 'Section 3 governance rows' }, 'annex-nets': { bn: 'সংযোজনীর নীট', en: 'annex nets' } } as const;

/** What a row without a score says instead (an action plan, an unreadable file, several offices). */
function statusText(r: RollupRow, lang: Lang): string {
  if (r.unreadable) return lang === 'bn' ? `পড়া যায়নি: ${half(r.unreadable.message, 'bn')}` : `could not be read: ${half(r.unreadable.message, 'en')}`;
  const notes: string[] = [];
  if (r.score === null) notes.push(lang === 'bn' ? 'কোনো নম্বরযুক্ত সারণি নেই' : 'no scored table');
  else if (r.max !== 100) notes.push(lang === 'bn' ? `আংশিক নম্বর (সর্বোচ্চ ${figure(r.max ?? 0, 'bn')})` : `partial score (of ${figure(r.max ?? 0, 'en')})`);
  if (r.offices > 1) notes.push(lang === 'bn' ? `আরও ${count(r.offices - 1, 'bn')} অফিস; প্রথমটির নম্বর` : `${r.offices - 1} more office${r.offices > 2 ? 's' : ''}; the first one's score`);
  return notes.join('; ');
}

/** "বাংলা / English" → the chosen half. */
function half(message: string, lang: Lang): string {
  const i = message.indexOf(' / ');
  if (i < 0) return message;
  return lang === 'bn' ? message.slice(0, i) : message.slice(i + 3);
}

const num = (n: number, lang: Lang): string => (lang === 'bn' ? toBengaliDigits(String(n)) : String(n));
const of = (v: number | null, max: number | null, lang: Lang): string => (v === null ? '—' : `${figure(v, lang)}/${figure(max ?? 0, lang)}`);

/** Terminal columns a string takes, roughly: combining marks (Bengali vowel signs, hasanta) and joiners take none. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) if (!/[\p{M}\u200B-\u200D\u2060\uFEFF]/u.test(ch)) w++;
  return w;
}

const padStart = (s: string, w: number): string => ' '.repeat(Math.max(0, w - displayWidth(s))) + s;

/**
 * The readable table: number columns first (aligned), the office and its file last (names vary in length and
 * Bengali's width in a terminal is approximate, so nothing is aligned after them). A total row, then notes.
 */
export function summaryText(rows: readonly RollupRow[], total: RollupTotal, ctx: SummaryContext): string {
  const { lang } = ctx;
  const header = [H.n[lang], H.total[lang], H.governance[lang], H.errors[lang], H.warnings[lang], (ctx.filled ? H.filled : H.fillable)[lang]];
  const body = rows.map((r, i) => [
    num(i + 1, lang),
    of(r.total, r.max, lang),
    of(r.governance, r.governanceMax, lang),
    r.unreadable ? '—' : num(r.errors, lang),
    r.unreadable ? '—' : num(r.warnings, lang),
    r.unreadable ? '—' : num(ctx.filled ? r.filled ?? 0 : r.fillable, lang),
  ]);
  const totalCells = [
    lang === 'bn' ? 'মোট' : 'Total',
    total.meanScore === null ? '—' : `${lang === 'bn' ? 'গড়' : 'mean'} ${figure(Math.round(total.meanScore * 100) / 100, lang)}`,
    '',
    num(total.errors, lang),
    num(total.warnings, lang),
    num(ctx.filled ? total.filled ?? 0 : total.fillable, lang),
  ];
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[c])), displayWidth(totalCells[c])));
  const line = (cells: string[], tail: string): string => cells.map((c, i) => padStart(c, widths[i])).join('  ') + (tail ? '  ' + tail : '');
  const out: string[] = [];
  out.push(line(header, `${H.office[lang]} — ${H.file[lang]}`));
  rows.forEach((r, i) => {
    const name = r.officeFromFileName ? r.file : `${r.office} — ${r.file}`;
    const status = statusText(r, lang);
    out.push(line(body[i], status ? `${name} (${status})` : name));
  });
  const files = lang === 'bn'
    ? `${count(total.files, 'bn')} ফাইল, ${count(total.offices, 'bn')} অফিস${total.unreadable ? `, ${count(total.unreadable, 'bn')} ফাইল পড়া যায়নি` : ''}`
    : `${total.files} files, ${total.offices} offices${total.unreadable ? `, ${total.unreadable} could not be read` : ''}`;
  out.push(line(totalCells, files));
  out.push(notesLine(total, ctx));
  return out.map(inertText).join('\n') + '\n';
}

function notesLine(total: RollupTotal, ctx: SummaryContext): string {
  const { lang } = ctx;
  const mean =
    total.meanScore === null
      ? lang === 'bn' ? 'গড় নম্বর: কোনো পূর্ণ (১০০-এর) নম্বর নেই' : 'Mean score: no full (of 100) score'
      : lang === 'bn'
        ? `গড় নম্বর ${count(total.meanOf, 'bn')} পূর্ণ (১০০-এর) নম্বরের`
        : `mean of ${total.meanOf} full (of 100) score${total.meanOf === 1 ? '' : 's'}`;
  const tiers = lang === 'bn' ? `স্তরের মাঝে নম্বর: --tiers ${ctx.tiers}` : `marks between tiers: --tiers ${ctx.tiers}`;
  return `${mean}; ${tiers}`;
}

/** The summary as a table of cells (the CSV's and the xlsx's content): a header, one row per file, a total row. */
export interface SummaryGrid {
  header: string[];
  rows: (string | number | null)[][];
  /** Which columns hold figures (right-aligned; Bengali-digit text in the Bengali xlsx). */
  numeric: boolean[];
}

export function summaryGrid(rows: readonly RollupRow[], total: RollupTotal, ctx: SummaryContext): SummaryGrid {
  const { lang } = ctx;
  const header = [H.office, H.file, H.total, H.max, H.own, H.ownMax, H.governance, H.governanceMax, H.basis, H.errors, H.warnings, H.fillable, H.filled, H.offices, H.status].map((h) => h[lang]);
  const numeric = [false, false, true, true, true, true, true, true, false, true, true, true, true, true, false];
  const body: (string | number | null)[][] = rows.map((r) => [
    r.office,
    r.file,
    r.total,
    r.max,
    r.own,
    r.ownMax,
    r.governance,
    r.governanceMax,
    r.basis === null ? null : BASIS[r.basis][lang],
    r.unreadable ? null : r.errors,
    r.unreadable ? null : r.warnings,
    r.unreadable ? null : r.fillable,
    r.filled,
    r.unreadable ? null : r.offices,
    statusText(r, lang) || null,
  ]);
  const mean = total.meanScore === null ? null : Math.round(total.meanScore * 10000) / 10000;
  body.push([
    lang === 'bn' ? `মোট (${count(total.files, 'bn')} ফাইল)` : `Total (${total.files} files)`,
    null,
    mean,
    mean === null ? null : 100,
    null,
    null,
    null,
    null,
    null,
    total.errors,
    total.warnings,
    total.fillable,
    total.filled,
    total.offices,
    total.meanScore === null
      ? null
      : lang === 'bn'
        ? `মোট নম্বরের ঘরে ${count(total.meanOf, 'bn')} পূর্ণ নম্বরের গড়`
        : `the score column holds the mean of ${total.meanOf} full score${total.meanOf === 1 ? '' : 's'}`,
  ]);
  return { header, rows: body, numeric };
}

/**
 * CSV for the officer's spreadsheet: UTF-8 with a byte-order mark (so Excel on Windows reads Bengali), CRLF lines,
 * RFC 4180 quoting, ASCII-digit numbers (numbers, not text, in any spreadsheet). Text is made inert (inertText), and
 * a field starting with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.
 */
export function summaryCsv(grid: SummaryGrid): string {
  const field = (v: string | number | null): string => {
    if (v === null) return '';
    if (typeof v === 'number') return String(Math.round(v * 10000) / 10000);
    let s = inertText(v);
    if (/^[=+\-@]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [grid.header, ...grid.rows].map((r) => r.map(field).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
