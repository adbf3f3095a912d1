import fs from 'fs';
import path from 'path';

/**
 * `mkdir -p` that cannot hang: Node's `mkdirSync(p, { recursive: true })` loops forever where mkdir answers ENOENT
 * under an existing parent (e.g. `/proc/x/y` on Linux: measured, apa-check `--fill /proc/x/` never returned).
 * Finds the deepest existing ancestor, then creates each missing level once; throws the OS error (with its code)
 * when a level cannot be made or an existing part is not a folder.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  let p = path.resolve(dir);
  for (;;) {
    let st: fs.Stats | null = null;
    try {
      st = fs.statSync(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (st) {
      if (!st.isDirectory()) throw Object.assign(new Error(`not a folder: ${p}`), { code: 'ENOTDIR' });
      break;
    }
    missing.push(p);
    const up = path.dirname(p);
    if (up === p) break;
    p = up;
  }
  for (const m of missing.reverse()) {
    try {
      fs.mkdirSync(m);
    } catch (e) {
      // Made meanwhile by another thread of this batch (two copies into one new folder): fine if it is a folder.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !fs.statSync(m).isDirectory()) throw e;
    }
  }
}
