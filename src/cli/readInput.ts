import { promises as fsp } from 'fs';
import type { Bilingual } from '../engine/report/types';

export type InputResult = { ok: true; data: Uint8Array } | { ok: false; reason: 'missing' | 'not-a-file' | 'no-permission' | 'unreadable'; messages: Bilingual };

/** Reads an input file, turning the OS's error codes into reasons a clerk understands. */
export async function readInput(file: string): Promise<InputResult> {
  try {
    const data = await fsp.readFile(file);
    return { ok: true, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
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
    return { ok: false, reason: 'unreadable', messages: { bn: `ফাইলটি পড়া যায়নি (${code ?? 'অজানা কারণ'})`, en: `the file could not be read (${code ?? 'unknown reason'})` } };
  }
}
