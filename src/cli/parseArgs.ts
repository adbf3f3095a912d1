import type { TierRule } from '../engine/report/types';

export type Lang = 'bn' | 'en';

export interface CliOptions {
  files: string[];
  json: boolean;
  fill: string | null;
  lang: Lang;
  tiers: TierRule;
  help: boolean;
  version: boolean;
  /** --summary [text|csv|xlsx OUT.xlsx]: one line per workbook instead of the per-file reports. */
  summary: SummaryOption | null;
  /** --force: --fill may overwrite an existing output file. */
  force: boolean;
}

export type SummaryOption = { format: 'text' } | { format: 'csv' } | { format: 'xlsx'; out: string };

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; problem: { bn: string; en: string } };

/**
 * apa-check FILE.xlsx|FOLDER|PATTERN … [--json] [--summary [text|csv|xlsx OUT.xlsx]] [--fill OUT.xlsx|DIR] [--force]
 *           [--lang bn|en] [--tiers interpolate|step]
 * `--summary` takes a value only when the next argument is one of its words (a file named "csv" needs `./csv`).
 * Also `--opt=value`, `--help`/`-h`, `--version`/`-v`, and `--` to end options (file names starting with "-").
 */
export function parseArgs(argv: string[]): ParsedArgs {
  const o: CliOptions = { files: [], json: false, fill: null, lang: 'bn', tiers: 'interpolate', help: false, version: false, summary: null, force: false };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      o.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string | null => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return null;
      i++;
      return next;
    };
    switch (name) {
      case '--json':
        o.json = true;
        break;
      case '--help':
      case '-h':
        o.help = true;
        break;
      case '--version':
      case '-v':
        o.version = true;
        break;
      case '--force':
        o.force = true;
        break;
      case '--summary': {
        let format = inline;
        if (format === undefined && SUMMARY_FORMATS.has(argv[i + 1])) format = argv[++i];
        if (format === undefined || format === 'text') o.summary = { format: 'text' };
        else if (format === 'csv') o.summary = { format: 'csv' };
        else if (format === 'xlsx') {
          const out = argv[i + 1];
          if (out === undefined || (out.startsWith('-') && out !== '-')) return bad('--summary xlsx এর পরে নতুন ফাইলের নাম দিন', '--summary xlsx needs an output file name');
          i++;
          o.summary = { format: 'xlsx', out };
        } else return bad('--summary হবে text, csv অথবা xlsx OUT.xlsx', '--summary must be text, csv or xlsx OUT.xlsx');
        break;
      }
      case '--fill': {
        const v = takeValue();
        if (!v) return bad(`--fill এর পরে নতুন ফাইলের নাম দিন`, `--fill needs an output file name`);
        o.fill = v;
        break;
      }
      case '--lang': {
        const v = takeValue();
        if (v !== 'bn' && v !== 'en') return bad(`--lang হবে bn অথবা en`, `--lang must be bn or en`);
        o.lang = v;
        break;
      }
      case '--tiers': {
        const v = takeValue();
        if (v !== 'interpolate' && v !== 'step') return bad(`--tiers হবে interpolate অথবা step`, `--tiers must be interpolate or step`);
        o.tiers = v;
        break;
      }
      default:
        return bad(`অজানা অপশন: ${arg}`, `unknown option: ${arg}`);
    }
  }
  if (!o.help && !o.version && o.files.length === 0) return bad('কোনো ফাইল দেওয়া হয়নি', 'no file given');
  if (o.json && o.summary && o.summary.format !== 'xlsx') {
    return bad('--json ও --summary দুটোই পর্দায় লেখে; --json এর সাথে --summary xlsx OUT.xlsx দিন', '--json and --summary both print on stdout; with --json use --summary xlsx OUT.xlsx');
  }
  return { ok: true, options: o };
}

const SUMMARY_FORMATS = new Set(['text', 'csv', 'xlsx']);

function bad(bn: string, en: string): ParsedArgs {
  return { ok: false, problem: { bn, en } };
}
