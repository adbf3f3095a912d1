/**
 * Text for a terminal, made inert: a cell holding `ESC ] 0 ; … BEL ESC [ 2 J` must not retitle the officer's
 * terminal or clear the screen when the report quotes it. Every piece of workbook- or file-system-derived text
 * the readable report, the summary table, the CSV and the progress line print goes through this one function.
 * - C0 controls (U+0000–U+001F, including tab and line breaks inside a cell), DEL (U+007F) and C1 controls
 *   (U+0080–U+009F) are shown escaped: `\x1b`, `\x7f`, `\x9b`.
 * - Bidirectional formatting characters (embeddings, overrides, isolates, marks: U+061C, U+200E, U+200F,
 *   U+202A–U+202E, U+2066–U+2069) are shown as their code point, `<U+202E>`, so quoted text cannot reorder
 *   the rest of the line.
 * Everything else — Bengali letters, vowel signs, ZWJ/ZWNJ (which Bengali needs), spaces — is kept as written.
 * `--json` keeps the exact text (JSON escapes the controls itself).
 */
export function inertText(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE_ALL, (ch) => {
    const c = ch.charCodeAt(0);
    if (c <= 0x9f) return '\\x' + c.toString(16).padStart(2, '0');
    return `<U+${c.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/** inertText over each line of a report the CLI built itself, keeping its own line breaks. */
export function inertLines(text: string): string {
  return text.split('\n').map(inertText).join('\n');
}

const CLASS = '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]';
const UNSAFE = new RegExp(CLASS);
const UNSAFE_ALL = new RegExp(CLASS, 'g');
