import fs from 'fs';
import path from 'path';
import type { CheckJob } from './checkFile';
import { fillTarget } from './fillTarget';
import { writeErrorMessage } from './writeError';

/**
 * Where --fill writes each input's copy, decided for the whole batch before any file is checked.
 * - OUT is a folder when there are several inputs, when the inputs came from a folder or a pattern, when OUT
 *   is an existing folder, ends with "/" or "\", or does not end in ".xlsx" (or ".xlsm"); a missing folder is created.
 * - In a folder, each copy mirrors its input's path below the inputs' common folder: `a/apa.xlsx` and
 *   `b/apa.xlsx` become `OUT/a/apa.xlsx` and `OUT/b/apa.xlsx` (both kept); inputs in one folder keep their names.
 * - An existing output is not overwritten unless `force`; an input is never an output (fillTarget).
 */
export function fillPlan(fillArg: string, inputs: string[], expanded: boolean, force: boolean): NonNullable<CheckJob['fill']>[] {
  const folder = inputs.length > 1 || expanded || /[\\/]$/.test(fillArg) || isDirectory(fillArg) || !/\.xls[xm]$/i.test(fillArg);
  const relative = folder ? mirroredPaths(inputs) : [];
  const used = new Set<string>();
  return inputs.map((input, i) => {
    const t = fillTarget(fillArg, input, inputs, folder ? { relative: relative[i] } : undefined);
    if (!t.ok) return t;
    const key = path.resolve(t.out);
    if (used.has(key)) {
      return { ok: false, messages: { bn: `একই নামের আরেকটি ফাইলের কপি ${t.out} এ লেখা হবে`, en: `another input's copy is written to ${t.out}` } };
    }
    used.add(key);
    if (!force && fs.existsSync(t.out)) return { ok: false, messages: writeErrorMessage({ code: 'EEXIST' }, t.out) };
    return { ok: true, out: t.out, force };
  });
}

/** Each input's path relative to the inputs' deepest common folder (the whole path, root dropped, across drives). */
export function mirroredPaths(inputs: string[]): string[] {
  const abs = inputs.map((f) => path.resolve(f));
  let common = abs.length ? path.dirname(abs[0]) : '';
  for (const a of abs.slice(1)) {
    while (!isInside(a, common)) {
      const up = path.dirname(common);
      if (up === common) {
        common = '';
        break;
      }
      common = up;
    }
    if (common === '') break;
  }
  return abs.map((a) => (common === '' ? stripRoot(a) : path.relative(common, a)));
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** "C:\\জেলা\\a.xlsx" → "C\\জেলা\\a.xlsx", "/home/a.xlsx" → "home/a.xlsx". */
function stripRoot(p: string): string {
  const root = path.parse(p).root;
  const drive = /^([A-Za-z]):/.exec(root);
  return (drive ? drive[1] + path.sep : '') + p.slice(root.length);
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
