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
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; problem: { bn: string; en: string } };

/**
 * apa-check FILE.xlsx [FILE2.xlsx …] [--json] [--fill OUT.xlsx] [--lang bn|en] [--tiers interpolate|step]
 * Also `--opt=value`, `--help`/`-h`, `--version`/`-v`, and `--` to end options (file names starting with "-").
 */
export function parseArgs(argv: string[]): ParsedArgs {
  const o: CliOptions = { files: [], json: false, fill: null, lang: 'bn', tiers: 'interpolate', help: false, version: false };
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
  return { ok: true, options: o };
}

function bad(bn: string, en: string): ParsedArgs {
  return { ok: false, problem: { bn, en } };
}
