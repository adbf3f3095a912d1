import type { Bilingual } from '../engine/report/types';

/**
 * Why a file could not be written, in words a clerk understands (never a raw `ENOENT: no such file or directory`).
 * `what` names the file or folder in the message.
 */
export function writeErrorMessage(e: unknown, what: string): Bilingual {
  const reason = reasonOf(e);
  return { bn: `${what} লেখা যায়নি: ${reason.bn}`, en: `could not write ${what}: ${reason.en}` };
}

/** The --fill folder could not be made. */
export function folderErrorMessage(e: unknown, dir: string): Bilingual {
  const reason = reasonOf(e);
  return { bn: `--fill ফোল্ডার "${dir}" তৈরি করা যায়নি: ${reason.bn}`, en: `could not create the --fill folder "${dir}": ${reason.en}` };
}

function reasonOf(e: unknown): Bilingual {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return REASONS[code ?? ''] ?? { bn: `অজানা কারণ${code ? ` (${code})` : ''}`, en: `unknown reason${code ? ` (${code})` : ''}` };
}

const REASONS: Record<string, Bilingual> = {
  ENOENT: { bn: 'ফোল্ডারটি নেই', en: 'the folder does not exist' },
  ENOTDIR: { bn: 'পথের একটি অংশ ফাইল, ফোল্ডার নয়', en: 'part of the path is a file, not a folder' },
  EISDIR: { bn: 'এই নামে একটি ফোল্ডার আছে', en: 'a folder of that name is in the way' },
  EEXIST: { bn: 'ফাইলটি আগে থেকেই আছে (ওপরে লিখতে --force দিন)', en: 'the file already exists (use --force to overwrite it)' },
  EACCES: { bn: 'লেখার অনুমতি নেই', en: 'no permission to write there' },
  EPERM: { bn: 'লেখার অনুমতি নেই', en: 'no permission to write there' },
  EROFS: { bn: 'ডিস্কটি শুধু পড়ার জন্য', en: 'the disk is read-only' },
  ENOSPC: { bn: 'ডিস্কে জায়গা নেই', en: 'the disk is full' },
  EDQUOT: { bn: 'ডিস্কের কোটা শেষ', en: 'the disk quota is used up' },
  ENAMETOOLONG: { bn: 'নামটি খুব লম্বা', en: 'the name is too long' },
  EBUSY: { bn: 'ফাইলটি অন্য প্রোগ্রামে খোলা (যেমন Excel)', en: 'the file is open in another program (Excel?)' },
  EINVAL: { bn: 'নামটি এই ডিস্কে চলে না', en: 'the name is not valid on this disk' },
};
