import type { Analysis, Finding, OfficeReport, TableReport, TierRule } from '../engine/report/types';
import { kindName } from '../ui/kindNames';
import { count, figure } from './figure';
import { inertLines } from './inertText';
import type { Lang } from './parseArgs';

/** The half of a bilingual finding message in the chosen language ("বাংলা / English" when only `message` is set). */
export function findingText(f: Finding, lang: Lang): string {
  if (f.messages && f.messages[lang]) return f.messages[lang];
  const i = f.message.indexOf(' / ');
  if (i < 0) return f.message;
  return lang === 'bn' ? f.message.slice(0, i) : f.message.slice(i + 3);
}

const L = {
  file: { bn: 'ফাইল', en: 'File' },
  tables: { bn: 'সারণি', en: 'Tables' },
  noTables: { bn: '  কোনো এপিএ সারণি পাওয়া যায়নি', en: '  no APA table found' },
  sheet: { bn: 'শিট', en: 'sheet' },
  total: { bn: 'মোট', en: 'total' },
  max: { bn: 'সর্বোচ্চ', en: 'max' },
  net: { bn: 'নীট', en: 'net' },
  findings: { bn: 'ত্রুটি ও সতর্কতা', en: 'Findings' },
  none: { bn: '  কোনো ত্রুটি বা সতর্কতা নেই', en: '  no errors or warnings' },
  error: { bn: 'ত্রুটি', en: 'error' },
  warning: { bn: 'সতর্কতা', en: 'warning' },
  row: { bn: 'সারি', en: 'row' },
  office: { bn: 'অফিস', en: 'Office' },
  score: { bn: 'অফিসের নম্বর', en: "Office's score" },
  own: { bn: 'নিজস্ব', en: 'own' },
  governance: { bn: 'সুশাসন', en: 'governance' },
  fromNets: { bn: 'সুশাসন সংযোজনীগুলোর নীট থেকে', en: 'governance from the annex nets' },
  noScored: { bn: '  কোনো নম্বরযুক্ত সারণি নেই: নম্বর হিসাব বা যাচাই করার কিছু পাওয়া যায়নি', en: '  no scored table: nothing to score or check' },
  noScoredShort: { bn: 'কোনো নম্বরযুক্ত সারণি নেই', en: 'no scored table' },
  noOfficeScore: { bn: 'নেই (সেকশন ৩ নেই, সংযোজনীর নীটও নেই)', en: 'none (no Section 3 and no annex net)' },
} as const;

/** The tier rule in words, as the report states it (marks between two tiers differ by rule). */
const TIER_RULE: Record<TierRule, { bn: string; en: string }> = {
  interpolate: { bn: 'দুই স্তরের মাঝের অর্জনে নম্বর: আনুপাতিক (--tiers interpolate)', en: 'Marks between two tiers: linear interpolation (--tiers interpolate)' },
  step: { bn: 'দুই স্তরের মাঝের অর্জনে নম্বর: নিচের স্তরের ধাপ (--tiers step)', en: "Marks between two tiers: the lower tier's step (--tiers step)" },
};

export interface ReportExtras {
  /** The rule used for marks between two tiers (stated in the report). */
  tiers?: TierRule;
  /** Cells --fill wrote; the summary then says "written", not "can be filled". */
  filled?: number | null;
}

/**
 * The Bengali (or English) report a clerk reads: the office and its score, the tier rule, tables per sheet,
 * findings per sheet errors first, a summary line. Made inert for a terminal (inertText): cell text quoted in
 * findings, sheet and file names cannot send control sequences.
 */
export function readableReport(file: string, analysis: Analysis, lang: Lang, fillNote?: string, extras: ReportExtras = {}): string {
  const out: string[] = [];
  out.push(`${L.file[lang]}: ${file}`);
  if (analysis.office) out.push(`${L.office[lang]}: ${analysis.office}`);
  out.push(...scoreLines(analysis, lang));
  if (extras.tiers) out.push(TIER_RULE[extras.tiers][lang]);
  out.push(`${L.tables[lang]}:`);
  if (analysis.tables.length === 0) out.push(L.noTables[lang]);
  for (const t of analysis.tables) out.push('  ' + tableLine(t, lang));

  out.push(`${L.findings[lang]}:`);
  // An action plan has nothing scored: its silence is not "everything is correct".
  if (analysis.findings.length === 0) out.push(isScored(analysis) ? L.none[lang] : L.noScored[lang]);
  for (const [sheet, list] of groupBySheet(analysis.findings)) {
    out.push(`  ${L.sheet[lang]} "${sheet}":`);
    for (const f of list) {
      const sev = f.severity === 'error' ? `✗ ${L.error[lang]}` : `! ${L.warning[lang]}`;
      const row = lang === 'bn' ? figure(f.row, 'bn') : String(f.row);
      out.push(`    ${sev} ${f.cell} (${L.row[lang]} ${row}) [${f.rule}]: ${findingText(f, lang)}`);
    }
  }
  if (fillNote) out.push(fillNote);
  out.push(summaryLine(analysis, lang, extras.filled));
  return inertLines(out.join('\n')) + '\n';
}

/** Whether any table is scored (has rows and a maximum): else the workbook has "no scored table". */
export function isScored(analysis: Analysis): boolean {
  return (analysis.offices?.length ?? 0) > 0 || analysis.tables.some((t) => t.max !== null && t.rows.length > 0);
}

/**
 * The office's score, one line per office (a workbook may hold several): "own x/70 + governance y/30 = total/100",
 * the governance basis when it came from the annex nets; "no scored table" when nothing is scored. Every figure is
 * the engine's (Analysis.offices), none is computed here.
 */
export function scoreLines(analysis: Analysis, lang: Lang): string[] {
  const offices = analysis.offices ?? [];
  if (offices.length === 0) return [`${L.score[lang]}: ${isScored(analysis) ? L.noOfficeScore[lang] : L.noScoredShort[lang]}`];
  return offices.map((o) => `${L.score[lang]}${offices.length > 1 ? ` (${L.sheet[lang]} "${o.sheet}"${o.range ? ' ' + o.range : ''})` : ''}: ${scoreText(o, lang)}`);
}

export function scoreText(o: OfficeReport, lang: Lang): string {
  const s = o.score;
  const of = (v: number, max: number | null): string => `${figure(v, lang)}/${figure(max ?? 0, lang)}`;
  const parts: string[] = [];
  if (s.own !== null) parts.push(`${L.own[lang]} ${of(s.own, s.ownMax)}`);
  if (s.governance !== null) parts.push(`${L.governance[lang]} ${of(s.governance, s.governanceMax)}`);
  let text = parts.length > 1 ? `${parts.join(' + ')} = ${of(s.total, s.max)}` : `${parts[0] ?? of(s.total, s.max)}`;
  if (s.basis === 'annex-nets') text += ` (${L.fromNets[lang]})`;
  return text;
}

function tableLine(t: TableReport, lang: Lang): string {
  const name = kindName(t.kind)[lang];
  let s = `${L.sheet[lang]} "${t.sheet}" ${t.range}: ${name} (${t.kind})`;
  const parts: string[] = [];
  if (t.total !== null && t.total !== undefined) parts.push(`${L.total[lang]} ${figure(t.total, lang)}`);
  if (t.max !== null && t.max !== undefined) parts.push(`${L.max[lang]} ${figure(t.max, lang)}`);
  if (t.net !== null && t.net !== undefined) parts.push(`${L.net[lang]} ${figure(t.net, lang)}`);
  if (parts.length) s += ' — ' + parts.join(', ');
  return s;
}

/** Sheets in order of first appearance; within a sheet errors first, then by row and cell. */
function groupBySheet(findings: Finding[]): [string, Finding[]][] {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = map.get(f.sheet);
    if (list) list.push(f);
    else map.set(f.sheet, [f]);
  }
  for (const list of map.values()) {
    list.sort((a, b) => rank(a) - rank(b) || a.row - b.row || a.cell.length - b.cell.length || a.cell.localeCompare(b.cell));
  }
  return [...map.entries()];
}

function rank(f: Finding): number {
  return f.severity === 'error' ? 0 : 1;
}

/** The closing line; after --fill (`filled` set) it says how many cells were written, not how many could be. */
export function summaryLine(analysis: Analysis, lang: Lang, filled: number | null = null): string {
  const errors = analysis.findings.filter((f) => f.severity === 'error').length;
  const warnings = analysis.findings.length - errors;
  const fills = analysis.fills.length;
  if (lang === 'bn') {
    const cells = filled === null ? `${count(fills, 'bn')} খালি দাবীকৃত নম্বরের ঘর পূরণযোগ্য` : `${count(filled, 'bn')} দাবীকৃত নম্বরের ঘর পূরণ করা হয়েছে`;
    return `সারসংক্ষেপ: ${count(analysis.tables.length, 'bn')} সারণি, ${count(errors, 'bn')} ত্রুটি, ${count(warnings, 'bn')} সতর্কতা, ${cells}`;
  }
  const n = (k: number, word: string): string => `${k} ${word}${k === 1 ? '' : 's'}`;
  const cells = filled === null ? `${n(fills, 'blank claimed-marks cell')} can be filled` : `${n(filled, 'claimed-marks cell')} written`;
  return `Summary: ${n(analysis.tables.length, 'table')}, ${n(errors, 'error')}, ${n(warnings, 'warning')}, ${cells}`;
}
