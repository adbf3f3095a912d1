import type { Finding } from '../engine/report/types';

/** What the findings list shows: by severity and by sheet. Kept across language switches and re-renders. */
export interface FindingFilter {
  severity: 'all' | 'error' | 'warning';
  /** null: every sheet. */
  sheet: string | null;
}

export const ALL: FindingFilter = { severity: 'all', sheet: null };

export function shows(filter: FindingFilter, f: Finding): boolean {
  if (filter.severity !== 'all' && f.severity !== filter.severity) return false;
  return filter.sheet === null || f.sheet === filter.sheet;
}

/** The sheets holding findings, in the order they are listed. */
export function findingSheets(findings: Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) if (!out.includes(f.sheet)) out.push(f.sheet);
  return out;
}
