import type { Analysis, Bilingual } from '../engine/report/types';

/**
 * A tiny pub/sub inside the shared runtime: the ribbon command and the task pane run in the same JavaScript
 * context, so a validation started from the ribbon can be shown by the pane without any messaging API.
 */

export interface ValidatedMeta {
  trigger: 'ribbon' | 'pane';
  /** Round trips the validation took (read included). */
  syncs?: number;
}

type ValidatedListener = (analysis: Analysis, meta: ValidatedMeta) => void;
type FailedListener = (message: Bilingual, meta: ValidatedMeta) => void;

const validated = new Set<ValidatedListener>();
const failed = new Set<FailedListener>();
let last: { analysis: Analysis; meta: ValidatedMeta } | null = null;

/** Subscribes; returns the unsubscribe function. */
export function onValidated(listener: ValidatedListener): () => void {
  validated.add(listener);
  return () => validated.delete(listener);
}

export function onValidationFailed(listener: FailedListener): () => void {
  failed.add(listener);
  return () => failed.delete(listener);
}

/** Tells every listener; one listener throwing does not keep the others from hearing it. */
export function publishValidated(analysis: Analysis, meta: ValidatedMeta = { trigger: 'pane' }): void {
  last = { analysis, meta };
  for (const l of [...validated]) {
    try {
      l(analysis, meta);
    } catch (err) {
      console.error('onValidated listener failed', err);
    }
  }
}

export function publishValidationFailed(message: Bilingual, meta: ValidatedMeta = { trigger: 'pane' }): void {
  for (const l of [...failed]) {
    try {
      l(message, meta);
    } catch (err) {
      console.error('onValidationFailed listener failed', err);
    }
  }
}

/** The latest result, for a pane that opens after the ribbon command finished. */
export function lastValidated(): { analysis: Analysis; meta: ValidatedMeta } | null {
  return last;
}
