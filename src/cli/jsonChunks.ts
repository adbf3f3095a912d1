/**
 * `JSON.stringify(value, null, 2)` written out in pieces: the report of a 100-sheet workbook is ~15 MB of
 * JSON, and one string of it (plus its copy on the way to stdout) was ~100 MB of peak memory. The outer
 * levels (the report, its tables, findings, rows) are walked here; everything below `depth` is one
 * JSON.stringify call. The pieces joined are byte for byte what JSON.stringify gives (test beside it).
 * Between pieces the writer may wait for a slow pipe (`apa-check --json | jq`), so what is queued for stdout
 * stays about one piece, not the whole report.
 */
export async function writeJson(value: unknown, write: (chunk: string) => void, drained?: () => Promise<void>, depth = 3): Promise<void> {
  let buffer = '';
  for (const s of walk(value, '', depth)) {
    buffer += s;
    if (buffer.length >= FLUSH_CHARS) {
      write(buffer);
      buffer = '';
      if (drained) await drained();
    }
  }
  if (buffer) write(buffer);
}

const FLUSH_CHARS = 1 << 16;

function* walk(value: unknown, pad: string, depth: number): Generator<string> {
  if (depth <= 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const text = JSON.stringify(value, null, 2);
    yield pad === '' || text === undefined ? String(text) : text.replace(NEWLINE, `\n${pad}`);
    return;
  }
  const inner = `${pad}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `\n${inner}` : `,\n${inner}`;
      const v = value[i];
      yield* walk(v === undefined || typeof v === 'function' || typeof v === 'symbol' ? null : v, inner, depth - 1);
    }
    yield `\n${pad}]`;
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => {
    const v = record[k];
    return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
  });
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let i = 0; i < keys.length; i++) {
    yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(keys[i])}: `;
    yield* walk(record[keys[i]], inner, depth - 1);
  }
  yield `\n${pad}}`;
}

const NEWLINE = /\n/g;
