import type { Analysis, Finding, TableReport } from '../engine/report/types';
import { kindName } from '../ui/kindNames';
import { count, figure } from './figure';
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
} as const;

/** The Bengali (or English) report a clerk reads: tables per sheet, findings per sheet errors first, a summary line. */
export function readableReport(file: string, analysis: Analysis, lang: Lang, fillNote?: string): string {
  const out: string[] = [];
  out.push(`${L.file[lang]}: ${file}`);
  out.push(`${L.tables[lang]}:`);
  if (analysis.tables.length === 0) out.push(L.noTables[lang]);
  for (const t of analysis.tables) out.push('  ' + tableLine(t, lang));

  out.push(`${L.findings[lang]}:`);
  if (analysis.findings.length === 0) out.push(L.none[lang]);
  for (const [sheet, list] of groupBySheet(analysis.findings)) {
    out.push(`  ${L.sheet[lang]} "${sheet}":`);
    for (const f of list) {
      const sev = f.severity === 'error' ? `✗ ${L.error[lang]}` : `! ${L.warning[lang]}`;
      const row = lang === 'bn' ? figure(f.row, 'bn') : String(f.row);
      out.push(`    ${sev} ${f.cell} (${L.row[lang]} ${row}) [${f.rule}]: ${findingText(f, lang)}`);
    }
  }
  if (fillNote) out.push(fillNote);
  out.push(summaryLine(analysis, lang));
  return out.join('\n') + '\n';
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

export function summaryLine(analysis: Analysis, lang: Lang): string {
  const errors = analysis.findings.filter((f) => f.severity === 'error').length;
  const warnings = analysis.findings.length - errors;
  const fills = analysis.fills.length;
  if (lang === 'bn') {
    return `সারসংক্ষেপ: ${count(analysis.tables.length, 'bn')} সারণি, ${count(errors, 'bn')} ত্রুটি, ${count(warnings, 'bn')} সতর্কতা, ${count(fills, 'bn')} খালি দাবীকৃত নম্বরের ঘর পূরণযোগ্য`;
  }
  const n = (k: number, word: string): string => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `Summary: ${n(analysis.tables.length, 'table')}, ${n(errors, 'error')}, ${n(warnings, 'warning')}, ${n(fills, 'blank claimed-marks cell')} can be filled`;
}
