/**
 * Errors a custom function returns to the cell. Inside Excel they must be CustomFunctions.Error so the
 * cell shows #VALUE! with our message; CustomFunctions is a global only there, so tests (node) and a
 * page opened outside Excel get FunctionError, a plain Error carrying the same code and message.
 */

export const INVALID_VALUE = '#VALUE!';

export class FunctionError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'FunctionError';
    this.code = code;
  }
}

interface ExcelCustomFunctions {
  Error: new (code: never, message?: string) => Error;
  ErrorCode?: { invalidValue?: string };
}

/** The #VALUE! error for `message` ("which argument: why", in Bengali and English). */
export function invalidValue(message: string): Error {
  const cf = (globalThis as unknown as { CustomFunctions?: ExcelCustomFunctions }).CustomFunctions;
  if (cf && typeof cf.Error === 'function') {
    const code = cf.ErrorCode?.invalidValue ?? INVALID_VALUE;
    return new cf.Error(code as never, message);
  }
  return new FunctionError(INVALID_VALUE, message);
}

/** A message naming the argument, in both languages, as the formula bar shows one line. */
export function argMessage(fn: string, arg: string, bn: string, en: string): string {
  return `APA.${fn} ${arg}: ${en} / ${bn}`;
}
