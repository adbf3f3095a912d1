import fs, { promises as fsp } from 'fs';
import type { Bilingual } from '../engine/report/types';
import { DEFAULT_LIMITS } from '../xlsx/limits';

export type InputResult =
  | { ok: true; data: Uint8Array }
  | { ok: false; reason: 'missing' | 'not-a-file' | 'no-permission' | 'unreadable' | 'too-large'; messages: Bilingual };

const NOT_A_FILE: Bilingual = {
  bn: 'এটি সাধারণ ফাইল নয় (ডিভাইস, পাইপ বা সকেট); শুধু .xlsx ফাইল পড়া হয়',
  en: 'this is not a regular file (a device, pipe or socket); only .xlsx files are read',
};

/**
 * Reads an input file, turning the OS's error codes into reasons a clerk understands. Only regular files are
 * read: the file is opened without blocking (a FIFO would otherwise wait for a writer forever) and checked
 * with fstat before a byte is read (/dev/zero would otherwise be read until memory runs out), and a file
 * larger than the reader's limit is refused without reading it.
 */
export async function readInput(file: string, maxBytes = DEFAULT_LIMITS.maxFileBytes): Promise<InputResult> {
  let handle: fsp.FileHandle | null = null;
  try {
    // O_NONBLOCK is POSIX; where the platform lacks it (Windows) there are no FIFOs to block on.
    handle = await fsp.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const st = await handle.stat();
    if (st.isDirectory()) return { ok: false, reason: 'not-a-file', messages: { bn: 'এটি একটি ফোল্ডার, ফাইল নয়', en: 'this is a folder, not a file' } };
    if (!st.isFile()) return { ok: false, reason: 'not-a-file', messages: NOT_A_FILE };
    if (st.size > maxBytes) {
      const mb = Math.round(maxBytes / 2 ** 20);
      return { ok: false, reason: 'too-large', messages: { bn: `ফাইলটি ${mb} মেগাবাইটের বেশি বড়; পড়া হয়নি`, en: `the file is larger than ${mb} MB; not read` } };
    }
    // Read what fstat promised and no more (a file still growing cannot push past the limit).
    const data = new Uint8Array(st.size);
    let at = 0;
    while (at < data.length) {
      const { bytesRead } = await handle.read(data, at, data.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return { ok: true, data: at === data.length ? data : data.subarray(0, at) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return { ok: false, reason: 'missing', messages: { bn: 'ফাইলটি পাওয়া যায়নি', en: 'file not found' } };
    }
    if (code === 'EISDIR') {
      return { ok: false, reason: 'not-a-file', messages: { bn: 'এটি একটি ফোল্ডার, ফাইল নয়', en: 'this is a folder, not a file' } };
    }
    if (code === 'EACCES' || code === 'EPERM') {
      return { ok: false, reason: 'no-permission', messages: { bn: 'ফাইলটি পড়ার অনুমতি নেই', en: 'no permission to read the file' } };
    }
    if (code === 'ENXIO' || code === 'EAGAIN' || code === 'EWOULDBLOCK') return { ok: false, reason: 'not-a-file', messages: NOT_A_FILE };
    return { ok: false, reason: 'unreadable', messages: { bn: `ফাইলটি পড়া যায়নি (${code ?? 'অজানা কারণ'})`, en: `the file could not be read (${code ?? 'unknown reason'})` } };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
