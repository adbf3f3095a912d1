import type { Bilingual } from '../engine/report/types';

/**
 * Why a workbook could not be read; the CLI and the web checker turn each into a clerk-facing message.
 * The first four are the original reasons; the rest are the reader's limits on hostile packages (see limits.ts).
 */
export type XlsxReadReason =
  | 'not-xlsx'
  | 'encrypted'
  | 'corrupt'
  | 'empty'
  | 'too-large'
  | 'too-many-entries'
  | 'xml-too-deep'
  | 'dtd'
  | 'too-many-cells';

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
  'too-large': {
    bn: 'ফাইলটি খুললে অস্বাভাবিক বড় হয় (জিপ বোমা হতে পারে); পড়া হয়নি',
    en: 'the file expands to an unreasonable size when unpacked (possibly a zip bomb); not read',
  },
  'too-many-entries': {
    bn: 'ফাইলের ভেতরে অস্বাভাবিক সংখ্যক অংশ; পড়া হয়নি',
    en: 'the file holds an unreasonable number of parts; not read',
  },
  'xml-too-deep': {
    bn: 'ফাইলের XML অস্বাভাবিক গভীরভাবে সাজানো; পড়া হয়নি',
    en: 'the XML inside the file is nested unreasonably deep; not read',
  },
  dtd: {
    bn: 'ফাইলের XML-এ DTD/এনটিটি ঘোষণা আছে, যা এক্সেল কখনো লেখে না; নিরাপত্তার জন্য পড়া হয়নি',
    en: 'the XML inside the file has a DTD or entity declarations, which Excel never writes; not read, for safety',
  },
  'too-many-cells': {
    bn: 'ওয়ার্কবুকে যাচাইয়ের সীমার চেয়ে বেশি ঘর; পড়া হয়নি',
    en: 'the workbook has more cells than can be checked; not read',
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

/** The standard message of a reason with a detail appended to both halves ("… (limit 1,024 MB)"). */
export function readError(reason: XlsxReadReason, detail?: Bilingual, cause?: unknown): XlsxReadError {
  const m = MESSAGES[reason];
  const messages = detail ? { bn: `${m.bn} (${detail.bn})`, en: `${m.en} (${detail.en})` } : m;
  return new XlsxReadError(reason, messages, cause);
}

export function isXlsxReadError(e: unknown): e is XlsxReadError {
  return e instanceof XlsxReadError;
}
