import { XmlTokenizer, type Attributes, type XmlHandler } from '../xml/tokenizer';

/**
 * Open Packaging Conventions: relationships and part names. A target is relative to the source part's
 * folder ("worksheets/sheet1.xml" from xl/workbook.xml) or absolute ("/xl/worksheets/sheet1.xml", as
 * openpyxl writes it); either may be percent-encoded.
 */

export interface Relationship {
  id: string;
  type: string;
  /** The resolved part name (no leading "/"), or the raw target for external ones. */
  target: string;
  external: boolean;
}

/** The .rels part that holds `part`'s relationships: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? `_rels/${part}.rels` : `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  try {
    t = decodeURIComponent(t);
  } catch {
    // a stray "%" is a literal character
  }
  const hash = t.indexOf('#');
  if (hash >= 0) t = t.slice(0, hash);
  let segments: string[];
  if (t.startsWith('/')) segments = [];
  else {
    const slash = sourcePart.lastIndexOf('/');
    segments = slash < 0 ? [] : sourcePart.slice(0, slash).split('/');
  }
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') segments.pop();
    else segments.push(seg);
  }
  return segments.join('/');
}

/** The relationships of a .rels part's XML. */
export function parseRelationships(xml: Uint8Array, sourcePart: string, maxDepth: number): Relationship[] {
  const out: Relationship[] = [];
  const handler: XmlHandler = {
    wantText: false,
    open(name: string, a: Attributes) {
      if (name !== 'Relationship') return;
      const id = a.get('Id') ?? '';
      const type = a.get('Type') ?? '';
      const target = a.get('Target') ?? '';
      const external = (a.get('TargetMode') ?? '').toLowerCase() === 'external';
      out.push({ id, type, target: external ? target : resolveTarget(sourcePart, target), external });
    },
    close() {},
    text() {},
  };
  XmlTokenizer.parse(xml, handler, { maxDepth });
  return out;
}

/** Relationship types by their last path segment (transitional and strict OOXML differ only in the prefix). */
export function relType(rel: Relationship): string {
  const slash = rel.type.lastIndexOf('/');
  return slash < 0 ? rel.type : rel.type.slice(slash + 1);
}
