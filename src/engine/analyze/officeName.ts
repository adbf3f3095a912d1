import type { CellValue, SheetGrid, WorkbookGrid } from '../grid/types';
import { cleanText } from '../text/cleanText';
import { normalizeText } from '../text/normalizeText';

/**
 * The office's name from the document's title lines, or null when nothing plausible is there.
 *
 * Three shapes, tried in this order over the first rows of the first sheets (a cover sheet may be hidden:
 * it still is the document's first page):
 * 1. An agreement's cover: "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", the office's line(s), a line "এবং", the superior
 *    office, "…-এর মধ্যে স্বাক্ষরিত". The name is the lines between the government line and "এবং" (at most
 *    three, joined with a space: a name is often split over two lines). Also "X এবং Y-এর মধ্যে স্বাক্ষরিত"
 *    written in one line.
 * 2. A labelled line: "কার্যালয়ের নাম: …", "অফিসের নাম: …", "দপ্তরের নাম: …", "Office: …".
 * 3. A title line over a table naming an office ("উপজেলা নির্বাহী অফিসারের কার্যালয়, বাগাতিপাড়া, নাটোর"): a
 *    short line with an office word (কার্যালয়, অফিস, দপ্তর, উপজেলা, জেলা, office …) and none of the words of
 *    a plan's title (পরিকল্পনা, চুক্তি, সংযোজনী, "…পর্যায়ের অফিসের জন্য" …). A title such as
 *    "বার্ষিক কর্মসম্পাদন চুক্তি ২০২৪-২৫: আইসিটি জেলা কার্যালয়, চাঁদপুর" gives its part after the colon.
 * Lines below a cover's "এবং" name the superior office and are never taken.
 * The text is cleaned of markup and spaces, in NFC, trailing punctuation dropped, and must be 3–200 characters.
 */
export function officeName(wb: WorkbookGrid): string | null {
  const sheets = wb.sheets.slice(0, MAX_SHEETS).map(sheetLines);
  for (const lines of sheets) {
    const name = fromCover(lines);
    if (name !== null) return name;
  }
  for (const lines of sheets) {
    const name = fromLabel(lines);
    if (name !== null) return name;
  }
  for (const lines of sheets) {
    const name = fromTitle(lines);
    if (name !== null) return name;
  }
  return null;
}

/** How many sheets and rows are searched: title lines sit on the first page. */
const MAX_SHEETS = 6;
const MAX_ROWS = 30;
const MAX_COVER_LINES = 3;
const MIN_LENGTH = 3;
const MAX_LENGTH = 200;
/** A title line over a table is short; a longer line naming an office is a sentence about it. */
const MAX_TITLE_LENGTH = 120;

/** Folded with the same rules as the text they are looked for in (ী/ি, য় composed or not). */
const fold = (words: string[]): string[] => words.map((w) => normalizeText(w));

const GOVERNMENT = fold(['বাংলাদেশ সরকার', 'republic of bangladesh', 'government of bangladesh']);
const AND = new Set(fold(['এবং', 'and']));
const SIGNED = fold(['মধ্যে স্বাক্ষরিত', 'মধ্যে সম্পাদিত', 'signed between']);
/** "কার্যালয়ের নাম: …" and the like; built from NFC text because lines are matched in NFC (য় is two code points). */
const NAME_LABEL = new RegExp(
  `^\\s*(?:[^:：]{0,40}?(?:কার্যালয়ের|অফিসের|দপ্তরের|প্রতিষ্ঠানের|দপ্তর/সংস্থার)\\s*নাম|office(?:'s)?\\s*name|name of (?:the )?office|office)\\s*[:：]\\s*(.+)$`.normalize('NFC'),
  'iu',
);
/** Cover lines above the office's that end its name: the agreement's heading. */
const COVER_STOP = fold(['চুক্তি', 'agreement']);
const OFFICE_WORDS = fold(['কার্যালয়', 'অফিস', 'দপ্তর', 'উপজেলা', 'জেলা', 'ইউনিয়ন', 'পৌরসভা', 'পরিষদ', 'অধিদপ্তর', 'সেন্টার', 'office', 'upazila', 'district', 'directorate']);
/** Words of a plan's or a section's title, and of lines saying which offices a form is for. */
const TITLE_WORDS = fold([
  'পরিকল্পনা',
  'চুক্তি',
  'সংযোজনী',
  'সেকশন',
  'কৌশল',
  'জন্য',
  'পর্যায়ের',
  'প্রতিবেদন',
  'অগ্রগতি',
  'মূল্যায়ন',
  'ফলাফল',
  'লক্ষ্যমাত্রা',
  'plan',
  'report',
  'section',
  'annex',
  'agreement',
]);

interface Line {
  raw: string;
  key: string;
  /** Below a cover's "এবং": the superior office's lines, never this office's name. */
  superior: boolean;
}

/**
 * A sheet's first text lines, top to bottom: one per row of one or two text cells (two are joined: "অফিসের
 * নাম:" | "…"), a cell's own line breaks making lines of their own. Reading stops at the first row of three or
 * more texts (a table's header or body): title lines are above it.
 */
function sheetLines(sheet: SheetGrid): Line[] {
  const lines: Line[] = [];
  let superior = false;
  const rows = Math.min(sheet.values.length, MAX_ROWS);
  for (let r = 0; r < rows; r++) {
    const texts = rowTexts(sheet.values[r] ?? []);
    if (texts.length === 0) continue;
    if (texts.length > 2) break;
    const pieces = texts.length === 1 ? texts[0].split(/\r?\n|\r/) : [texts.join(' ').replace(/\r?\n|\r/g, ' ')];
    for (const p of pieces) {
      const raw = cleanText(p);
      if (!raw || !/[\u0980-\u09FFA-Za-z]/.test(raw)) continue;
      const key = normalizeText(raw);
      lines.push({ raw, key, superior });
      if (AND.has(key)) superior = true;
    }
  }
  return lines;
}

/** The distinct texts of a row (a merged title repeated across its cells counts once). */
function rowTexts(row: CellValue[]): string[] {
  const out: string[] = [];
  for (const v of row) {
    if (typeof v !== 'string') continue;
    const t = v.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

function fromCover(lines: Line[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (AND.has(line.key)) {
      const parts: string[] = [];
      for (let j = i - 1; j >= 0 && parts.length < MAX_COVER_LINES; j--) {
        if (isGovernment(lines[j].key) || AND.has(lines[j].key) || hasAny(lines[j].key, COVER_STOP)) break;
        parts.unshift(lines[j].raw);
      }
      const name = plausible(parts.join(' '));
      if (name !== null) return name;
      continue;
    }
    // "X এবং Y-এর মধ্যে স্বাক্ষরিত" in one line.
    if (hasAny(line.key, SIGNED)) {
      const m = /^(.+?)\s+(?:এবং|and)\s+/iu.exec(line.raw);
      if (m) {
        const name = plausible(stripGovernment(m[1]));
        if (name !== null) return name;
      }
    }
  }
  return null;
}

function fromLabel(lines: Line[]): string | null {
  for (const line of lines) {
    if (line.superior) continue;
    const m = NAME_LABEL.exec(line.raw.normalize('NFC'));
    if (m) {
      const name = plausible(m[1]);
      if (name !== null) return name;
    }
  }
  return null;
}

function fromTitle(lines: Line[]): string | null {
  for (const line of lines) {
    if (line.superior) continue;
    // "<plan title>: <office>" or "<plan title> - <office>": each part is a candidate, the line itself first.
    const parts = [line.raw, ...line.raw.split(/\s*[:：]\s*|\s+[-–—]\s+/u)];
    for (const part of parts) {
      const key = normalizeText(part);
      if (isGovernment(key) || !hasAny(key, OFFICE_WORDS) || hasAny(key, TITLE_WORDS)) continue;
      if (part.length > MAX_TITLE_LENGTH) continue;
      const name = plausible(part);
      if (name !== null) return name;
    }
  }
  return null;
}

function isGovernment(key: string): boolean {
  return hasAny(key, GOVERNMENT);
}

function hasAny(key: string, words: string[]): boolean {
  return words.some((w) => key.includes(w));
}

/** A leading "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার" written on the same line as the office. */
function stripGovernment(text: string): string {
  return text.replace(/^.*?(?:বাংলাদেশ\s+সরকার|Republic\s+of\s+Bangladesh)[\s,:;.-]*/iu, '');
}

/** Trimmed, trailing punctuation and a dangling "-এর" dropped; null when too short, too long or not words. */
function plausible(text: string): string | null {
  const name = cleanText(text)
    .normalize('NFC')
    .replace(/[\s,;:।.\-–—]+$/u, '')
    .replace(/^[\s,;:।.\-–—]+/u, '')
    .trim();
  if (name.length < MIN_LENGTH || name.length > MAX_LENGTH) return null;
  if (!/[\u0980-\u09FFA-Za-z]{2}/u.test(name)) return null;
  return name;
}
