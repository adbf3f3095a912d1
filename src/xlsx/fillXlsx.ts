import { deflateSync } from 'fflate';
import type { Bilingual, Fill } from '../engine/report/types';
import { withDefaults } from './limits';
import { limitError, openPackage, readPart, type PackageSheet } from './package/xlsxPackage';
import type { ReadOptions } from './readXlsx';
import { patchSheet, type CellWrite } from './sheet/sheetPatch';
import { toBytes } from './sniffContainer';
import { XmlError } from './xml/tokenizer';
import type { Codec } from './zip/codec';
import { crc32 } from './zip/crc32';
import { ZipEntryError, type ZipEntry } from './zip/zipArchive';
import { rewriteZip, type Replacement } from './zip/zipWriter';

export interface SkippedFill {
  fill: Fill;
  reason: Bilingual;
}

export interface FillResult {
  data: Uint8Array;
  written: Fill[];
  skipped: SkippedFill[];
}

/**
 * Writes a copy with each Fill's cell set, but only where the cell is still blank (no value, no formula,
 * not covered by another cell's merge): the caller's grid may be stale, so every cell is checked again here.
 *
 * A surgical patch: every zip entry is copied byte for byte except the worksheet parts that receive fills,
 * and in those only the filled cells' <c> elements change (numbers as numbers, text as inline strings, so
 * sharedStrings.xml need not change; the cell's style kept). Charts, images, comments, pivots, validation,
 * conditional formats, names, custom properties, VBA, printer settings: all untouched.
 * With nothing to write, the copy is the input's bytes.
 */
export async function fillWorkbook(data: Uint8Array | ArrayBuffer, fills: Fill[], options?: ReadOptions): Promise<FillResult> {
  return fillWorkbookSync(data, fills, options);
}

export function fillWorkbookSync(data: Uint8Array | ArrayBuffer, fills: Fill[], options?: ReadOptions): FillResult {
  const bytes = toBytes(data);
  const limits = withDefaults(options?.limits);
  const codec: Codec = options?.codec ?? {};
  const pkg = openPackage(bytes, limits, codec);
  const written: Fill[] = [];
  const skipped: SkippedFill[] = [];

  const bySheet = new Map<PackageSheet, Fill[]>();
  for (const fill of fills) {
    const sheet = pkg.sheets.find((s) => s.name === fill.sheet && !s.noCells);
    if (!sheet) {
      skipped.push({ fill, reason: { bn: `"${fill.sheet}" নামে কোনো শিট নেই`, en: `there is no sheet named "${fill.sheet}"` } });
      continue;
    }
    if (!sheet.entry) {
      skipped.push({ fill, reason: { bn: `শিট "${fill.sheet}" ফাইলে পড়া যায়নি; ${fill.cell} বদলানো হয়নি`, en: `sheet "${fill.sheet}" could not be read from the file; ${fill.cell} left unchanged` } });
      continue;
    }
    if (typeof fill.value === 'number' && !Number.isFinite(fill.value)) {
      skipped.push({ fill, reason: { bn: `${fill.cell}: নম্বরটি সংখ্যা নয়`, en: `${fill.cell}: the marks are not a number` } });
      continue;
    }
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), fill]);
  }

  const replaced = new Map<ZipEntry, Replacement>();
  const outcomeOf = new Map<Fill, string>();
  for (const [sheet, list] of bySheet) {
    const entry = sheet.entry!;
    const writes: CellWrite[] = list.map((f) => ({ row: f.row, col: f.col, value: f.value }));
    let patched: ReturnType<typeof patchSheet>;
    try {
      patched = patchSheet(readPart(pkg.zip, entry, pkg.budget), writes, limits.maxXmlDepth);
    } catch (e) {
      const limit = limitError(e, entry.name);
      if (limit) throw limit;
      if (!(e instanceof XmlError || e instanceof ZipEntryError)) throw e;
      for (const fill of list) outcomeOf.set(fill, 'unreadable');
      continue;
    }
    list.forEach((f, i) => outcomeOf.set(f, patched.outcomes[i]));
    if (patched.outcomes.includes('written')) {
      const xml = patched.xml;
      replaced.set(entry, { deflated: (codec.deflateRaw ?? ((d) => deflateSync(d, { level: 6 })))(xml), crc: (codec.crc32 ?? crc32)(xml), size: xml.length });
    }
  }

  // Results in the order the fills were given.
  for (const fill of fills) {
    const outcome = outcomeOf.get(fill);
    if (outcome === undefined) continue; // skipped above
    if (outcome === 'written') written.push(fill);
    else if (outcome === 'merged') skipped.push({ fill, reason: { bn: `${fill.cell} ঘরটি অন্য ঘরের সাথে একীভূত; বদলানো হয়নি`, en: `cell ${fill.cell} is merged into another cell; left unchanged` } });
    else if (outcome === 'not-blank') skipped.push({ fill, reason: { bn: `${fill.cell} ঘরটি খালি নয়; বদলানো হয়নি`, en: `cell ${fill.cell} is not blank; left unchanged` } });
    else skipped.push({ fill, reason: { bn: `শিট "${fill.sheet}" পড়া যায়নি; ${fill.cell} বদলানো হয়নি`, en: `sheet "${fill.sheet}" could not be read; ${fill.cell} left unchanged` } });
  }
  // Keep the reasons in input order too (skips found before patching came first).
  const index = new Map(fills.map((f, i) => [f, i]));
  skipped.sort((a, b) => index.get(a.fill)! - index.get(b.fill)!);

  const out = replaced.size === 0 ? bytes.slice() : rewriteZip(pkg.zip, replaced);
  return { data: out, written, skipped };
}

/** The copy with the blank claimed cells filled (see fillWorkbook). */
export async function fillXlsx(data: Uint8Array | ArrayBuffer, fills: Fill[], options?: ReadOptions): Promise<Uint8Array> {
  return (await fillWorkbook(data, fills, options)).data;
}
