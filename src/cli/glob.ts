/**
 * Glob patterns, expanded by apa-check itself: Windows `cmd.exe` passes `reports\*.xlsx` unexpanded, and a quoted
 * pattern reaches the tool unexpanded on every shell. Pure (no fs): `splitGlob` separates the fixed folder from
 * the pattern's segments, which `expandInputs` walks.
 *
 * Syntax: `*` (any characters in one name), `?` (one character), `[abc]` / `[a-z]` / `[!abc]`, `{a,b}`, and a
 * whole segment `**` (any depth of folders). Both `/` and `\` separate folders on every platform (so there is no
 * backslash escape: write `[*]` for a literal star). Matching ignores case, as Windows does (`*.xlsx` matches
 * `উপজেলা.XLSX`). A name starting with "." is matched only by a segment that itself starts with ".".
 */
export interface SplitGlob {
  /** The folder to start in: the segments before the first one with a wildcard ("" for the current folder). */
  base: string;
  /** The remaining segments, each `'**'` or a matcher of one file or folder name. */
  segments: GlobSegment[];
}

export type GlobSegment = { kind: 'any-depth' } | { kind: 'name'; re: RegExp; dotOk: boolean };

/** Whether an argument is a pattern rather than a file name. */
export function hasGlobMagic(arg: string): boolean {
  return /[*?[\]{}]/.test(arg);
}

export function splitGlob(pattern: string): SplitGlob {
  const parts = pattern.replace(/\\/g, '/').split('/');
  let i = 0;
  while (i < parts.length - 1 && !hasGlobMagic(parts[i])) i++;
  // A leading "/" leaves an empty first part: keep it so the base stays absolute.
  const baseParts = parts.slice(0, i);
  let base = baseParts.join('/');
  if (baseParts.length === 1 && baseParts[0] === '') base = '/';
  else if (/^[A-Za-z]:$/.test(base)) base += '/';
  const segments: GlobSegment[] = [];
  for (const p of parts.slice(i)) {
    if (p === '') continue; // "a//b", a trailing "/"
    if (p === '**') {
      if (segments[segments.length - 1]?.kind !== 'any-depth') segments.push({ kind: 'any-depth' });
      continue;
    }
    segments.push({ kind: 'name', re: segmentRegExp(p), dotOk: p.startsWith('.') });
  }
  // "reports/**" means every file below reports.
  if (segments[segments.length - 1]?.kind === 'any-depth') segments.push({ kind: 'name', re: /^/, dotOk: false });
  return { base, segments };
}

/** Whether one file or folder name matches a (slash-free) segment. */
export function matchSegment(seg: GlobSegment, name: string): boolean {
  if (seg.kind === 'any-depth') return !name.startsWith('.');
  if (name.startsWith('.') && !seg.dotOk) return false;
  return seg.re.test(name);
}

function segmentRegExp(p: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*') {
      while (p[i + 1] === '*') i++;
      re += '.*';
    } else if (c === '?') re += '.';
    else if (c === '[') {
      const end = p.indexOf(']', i + 2);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let body = p.slice(i + 1, end);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = end;
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|{}\]\\]/g, '\\$&');
  }
  while (braces-- > 0) re += ')';
  return new RegExp(`^${re}$`, 'iu');
}
