import fs from 'fs';
import path from 'path';
import type { Bilingual } from '../engine/report/types';
import { makeFolder } from './makeFolder';
import { folderErrorMessage } from './writeError';

export type FillTarget = { ok: true; out: string } | { ok: false; messages: Bilingual };

/**
 * Where --fill writes the copy of `input`. One input: OUT is the file (or, if OUT is an existing folder,
 * OUT/<input name>). Several inputs: OUT is a folder, created if missing, and each copy keeps its input's name.
 * Never an input path: the input is never modified.
 */
export function fillTarget(fillArg: string, input: string, allInputs: string[], folder?: { relative: string }): FillTarget {
  // issue 9: `folder` (from fillPlan) makes OUT a folder for one input too, and names the copy by its mirrored relative path.
  const several = allInputs.length > 1 || folder !== undefined;
  let out: string;
  if (several || isDirectory(fillArg)) {
    if (several) {
      try {
        makeFolder(fillArg); // issue 9: Node's recursive mkdirSync hangs on /proc/x
      } catch (e) {
        return { ok: false, messages: folderErrorMessage(e, fillArg) }; // issue 9: with the reason, in words
      }
      if (!isDirectory(fillArg)) {
        return { ok: false, messages: { bn: `একাধিক ফাইলে --fill একটি ফোল্ডার হতে হবে; "${fillArg}" ফোল্ডার নয়`, en: `with several files --fill must be a folder; "${fillArg}" is not` } };
      }
    }
    out = path.join(fillArg, folder ? folder.relative : path.basename(input));
  } else {
    out = fillArg;
  }
  const outKey = samePathKey(out);
  const outId = fileId(out);
  for (const i of allInputs) {
    // By path, and by device and inode: a hard link (ln a.xlsx b.xlsx) is the same file under another name.
    const inId = outId === null ? null : fileId(i);
    if (samePathKey(i) === outKey || (outId !== null && inId === outId)) {
      return { ok: false, messages: { bn: `পূরণ করা কপি মূল ফাইলের ওপরে লেখা হবে না: ${out}`, en: `the filled copy would overwrite an input file: ${out}` } };
    }
  }
  return { ok: true, out };
}

/**
 * Writes the filled copy through a temporary file in the same folder and a rename, so the copy is never
 * half-written and an existing OUT is replaced as a new file: whatever else OUT's old inode is (another
 * link of some file), its bytes are not touched.
 */
export function writeFilledCopy(out: string, data: Uint8Array): void {
  const tmp = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, data, { flag: 'wx' });
    fs.renameSync(tmp, out);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing to clean up
    }
    throw e;
  }
}

/** "device:inode" of an existing file (following symlinks), or null. */
function fileId(p: string): string | null {
  try {
    const st = fs.statSync(p, { bigint: true });
    return st.ino === 0n ? null : `${st.dev}:${st.ino}`; // some file systems report no inode numbers
  } catch {
    return null;
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The real path when the file exists (symlinks, "./a.xlsx" vs "a.xlsx"), else the resolved path. */
function samePathKey(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    const dir = path.dirname(path.resolve(p));
    try {
      return path.join(fs.realpathSync(dir), path.basename(p));
    } catch {
      return path.resolve(p);
    }
  }
}
