import type { Bilingual } from '../engine/report/types';

/** Why a workbook could not be read; the CLI and the web checker turn each into a clerk-facing message. */
export type XlsxReadReason = 'not-xlsx' | 'encrypted' | 'corrupt' | 'empty';

const MESSAGES: Record<XlsxReadReason, Bilingual> = {
  empty: {
    bn: 'ফাইলটি খালি (০ বাইট)',
    en: 'the file is empty (0 bytes)',
  },
  'not-xlsx': {
    bn: 'ফাইলটি এক্সেল .xlsx ওয়ার্কবুক নয়',
    en: 'the file is not an Excel .xlsx workbook',
  },
  encrypted: {
    bn: 'ওয়ার্কবুকটি পাসওয়ার্ড দিয়ে সুরক্ষিত; পাসওয়ার্ড সরিয়ে আবার সংরক্ষণ করুন',
    en: 'the workbook is password-protected; remove the password and save it again',
  },
  corrupt: {
    bn: 'ফাইলটি নষ্ট বা অসম্পূর্ণ (আংশিক কপি/ডাউনলোড হতে পারে)',
    en: 'the file is damaged or incomplete (perhaps a partial copy or download)',
  },
};

/** The one error readXlsx/fillXlsx throw for a file they cannot open; `messages` is safe to show a clerk. */
export class XlsxReadError extends Error {
  readonly reason: XlsxReadReason;
  readonly messages: Bilingual;

  constructor(reason: XlsxReadReason, messages: Bilingual = MESSAGES[reason], cause?: unknown) {
    super(`${messages.bn} / ${messages.en}`);
    this.name = 'XlsxReadError';
    this.reason = reason;
    this.messages = messages;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

export function isXlsxReadError(e: unknown): e is XlsxReadError {
  return e instanceof XlsxReadError;
}
