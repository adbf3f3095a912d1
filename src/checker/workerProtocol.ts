import type { Analysis, Bilingual, Fill } from '../engine/report/types';

/**
 * What the checker page and its engine (a Web Worker, or the page itself when workers are unavailable)
 * say to each other. Plain data only: every message is structured-cloned across the thread boundary.
 */
export type EngineRequest =
  | { id: number; type: 'check'; bytes: ArrayBuffer }
  | { id: number; type: 'fill'; bytes: ArrayBuffer; fills: Fill[] };

export type EngineStep = 'reading' | 'checking';

export type EngineReply =
  | { id: number; type: 'progress'; step: EngineStep; fraction: number }
  /** `problems`: sheets the reader could not read (never silent: the page shows them). */
  | { id: number; type: 'checked'; analysis: Analysis; problems: Bilingual[] }
  | { id: number; type: 'filled'; bytes: ArrayBuffer }
  /** The clerk's message: why the file could not be read or filled (never a raw exception text). */
  | { id: number; type: 'failed'; message: Bilingual };

/** How the page-mode fallback finds the engine once its script has run. */
export const PAGE_ENGINE_GLOBAL = '__apaCheckerEngine';
