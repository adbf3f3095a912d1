import type { CellValue } from '../grid/types';
import { isCellError } from '../grid/types';

/**
 * A cell's text for display (titles, header labels): markup removed, whitespace collapsed, spelling and
 * digits kept as the clerk wrote them. '' for blanks and errors.
 */
export function cleanText(value: CellValue | undefined): string {
  if (value === null || value === undefined || typeof value === 'boolean' || isCellError(value)) return '';
  const raw = typeof value === 'number' ? String(value) : (value as string);
  return raw.replace(TAG, ' ').replace(MARKDOWN, '').replace(SPACES, ' ').trim();
}

const TAG = /<[^>]*>/g;
/** Markdown emphasis/heading marks and backslash escapes left by Word → Markdown → Excel pastes. */
const MARKDOWN = /\*\*|__|^#+\s*|\\(?=[*#\[\]_])/g;
const SPACES = /\s+/g;
