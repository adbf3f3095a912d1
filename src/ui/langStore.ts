import { isLang, type Lang } from './lang';

/** Where the language choice is remembered. localStorage in a browser and in Excel's pane webview. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KEY = 'apa-check.lang';

/**
 * The remembered language, Bengali when nothing (or garbage) is stored. Storage can throw (private
 * windows, Office webviews with storage disabled), and a lost preference must never break the pane.
 */
export function loadLang(store: KeyValueStore | null | undefined): Lang {
  try {
    const v = store?.getItem(KEY);
    return isLang(v) ? v : 'bn';
  } catch {
    return 'bn';
  }
}

export function saveLang(store: KeyValueStore | null | undefined, lang: Lang): void {
  try {
    store?.setItem(KEY, lang);
  } catch {
    // Not remembered this time; the choice still applies to this session.
  }
}

/** The page's localStorage when it is usable, else null (touching it can throw in sandboxed frames). */
export function browserStore(): KeyValueStore | null {
  try {
    const s = (globalThis as { localStorage?: KeyValueStore }).localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}
