import type { Bilingual } from '../engine/report/types';

/** The pane speaks Bengali by default; English is one click away for officers who prefer it. */
export type Lang = 'bn' | 'en';

export function pick(text: Bilingual, lang: Lang): string {
  return lang === 'bn' ? text.bn : text.en;
}

/** The other language: what the toggle button switches to. */
export function otherLang(lang: Lang): Lang {
  return lang === 'bn' ? 'en' : 'bn';
}

export function isLang(x: unknown): x is Lang {
  return x === 'bn' || x === 'en';
}
