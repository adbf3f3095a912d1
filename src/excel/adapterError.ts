import type { Bilingual } from '../engine/report/types';

/**
 * A failure of the Excel adapter worded for the clerk. The pane shows `messages` (never a raw Office code);
 * `cause` keeps the host's error for the console.
 */
export class ExcelAdapterError extends Error {
  readonly messages: Bilingual;
  readonly cause?: unknown;

  constructor(messages: Bilingual, cause?: unknown) {
    super(`${messages.bn} / ${messages.en}`);
    this.name = 'ExcelAdapterError';
    this.messages = messages;
    this.cause = cause;
  }
}

/** The Office error code of a failed sync ("ItemNotFound", "RequestPayloadSizeLimitExceeded" …), if any. */
export function officeErrorCode(err: unknown): string | null {
  const e = err as { code?: unknown; debugInfo?: { code?: unknown } } | null;
  if (e && typeof e.code === 'string') return e.code;
  if (e && typeof e.debugInfo?.code === 'string') return e.debugInfo.code;
  return null;
}

/** Errors that mean "ask for less in one round trip" (Excel on the web's 5 MB limit, the 5M-cell limit). */
export function isSizeLimitError(err: unknown): boolean {
  const code = officeErrorCode(err);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}
