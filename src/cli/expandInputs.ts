import fs from 'fs';
import path from 'path';
import type { Bilingual } from '../engine/report/types';
import { hasGlobMagic, matchSegment, splitGlob, type GlobSegment } from './glob';

/** One workbook to check, and the folder it was found under (for --fill's mirrored paths). */
export interface InputFile {
  file: string;
  /** The folder argument or the glob's fixed folder it came from; null for a file named on the command line. */
  root: string | null;
}

/** An argument that named nothing to check: an empty folder, a pattern matching no file. */
export interface InputProblem {
  arg: string;
  reason: 'missing';
  messages: Bilingual;
}

export interface ExpandedInputs {
  /** In order: each argument's files in turn, a folder's files sorted by path; duplicates dropped. */
  items: ({ kind: 'file' } & InputFile | { kind: 'problem' } & InputProblem)[];
  /** True when any file came from a folder or a pattern (then --fill is a folder even for one file). */
  expanded: boolean;
}

/**
 * The command line's file arguments as workbooks: a folder is searched recursively for .xlsx files, a pattern
 * (`reports/*.xlsx`, `reports\**\*.xlsx`) is expanded here on every platform. Lock files (`~$…`), hidden files and
 * folders (".…") and the --fill output folder (`exclude`) are skipped; symbolic links to folders are not
 * followed (no loops). A name that exists is taken as it is, even with `[` in it; a name that neither exists nor
 * is a pattern is passed on, so reading it reports "file not found".
 */
export function expandInputs(args: string[], exclude: string | null = null): ExpandedInputs {
  const items: ExpandedInputs['items'] = [];
  const seen = new Set<string>();
  const skip = exclude === null ? null : path.resolve(exclude);
  let expanded = false;
  const add = (file: string, root: string | null): void => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    items.push({ kind: 'file', file, root });
  };
  for (const arg of args) {
    const st = statOrNull(arg);
    if (st?.isDirectory()) {
      expanded = true;
      const found = walkFolder(arg, skip);
      if (found.length === 0) items.push(problem(arg, `ফোল্ডারে কোনো .xlsx ফাইল নেই`, `no .xlsx file in the folder`));
      for (const f of found) add(f, arg);
    } else if (st === null && hasGlobMagic(arg)) {
      expanded = true;
      const g = splitGlob(arg);
      const found = g.segments.length === 0 ? [] : walkGlob(g.base, g.segments, skip);
      if (found.length === 0) items.push(problem(arg, `এই নামের ধরনে কোনো ফাইল মেলেনি`, `no file matches the pattern`));
      for (const f of found) add(f, g.base === '' ? '.' : g.base);
    } else add(arg, null);
  }
  return { items, expanded };
}

function problem(arg: string, bn: string, en: string): { kind: 'problem' } & InputProblem {
  return { kind: 'problem', arg, reason: 'missing', messages: { bn, en } };
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

/** A name a folder search or a pattern never picks: Excel's lock files and hidden names. */
function skippedName(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.');
}

function entries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir === '' ? '.' : dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return []; // an unreadable sub-folder is skipped; the files that were found are still checked
  }
}

/** A directory entry that is a file, following a symbolic link to a file (never to a folder). */
function isFileEntry(dir: string, e: fs.Dirent): boolean {
  if (e.isFile()) return true;
  if (!e.isSymbolicLink()) return false;
  return statOrNull(path.join(dir, e.name))?.isFile() ?? false;
}

function walkFolder(dir: string, skip: string | null): string[] {
  const out: string[] = [];
  for (const e of entries(dir)) {
    if (skippedName(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (skip === null || path.resolve(p) !== skip) out.push(...walkFolder(p, skip));
    } else if (/\.xlsx$/i.test(e.name) && isFileEntry(dir, e)) out.push(p);
  }
  return out;
}

function walkGlob(dir: string, segments: GlobSegment[], skip: string | null): string[] {
  const out: string[] = [];
  const join = (name: string): string => (dir === '' ? name : path.join(dir, name));
  const [seg, ...rest] = segments;
  if (seg.kind === 'any-depth') {
    // "**" matches no folder at all, or any folder below (not hidden, not the output folder).
    if (rest.length > 0) out.push(...walkGlob(dir, rest, skip));
    for (const e of entries(dir)) {
      if (!e.isDirectory() || !matchSegment(seg, e.name) || (skip !== null && path.resolve(join(e.name)) === skip)) continue;
      out.push(...walkGlob(join(e.name), segments, skip));
    }
    return [...new Set(out)];
  }
  for (const e of entries(dir)) {
    if (!matchSegment(seg, e.name) || e.name.startsWith('~$')) continue;
    const p = join(e.name);
    if (rest.length === 0) {
      if (isFileEntry(dir, e)) out.push(p);
    } else if (e.isDirectory() && (skip === null || path.resolve(p) !== skip)) out.push(...walkGlob(p, rest, skip));
  }
  return out;
}
