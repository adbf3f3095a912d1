import v8 from 'v8';
import zlib from 'zlib';
import { DEFAULT_LIMITS, type ReadLimits } from '../xlsx/limits';
import type { ReadOptions } from '../xlsx/readXlsx';
import type { Codec } from '../xlsx/zip/codec';

/**
 * Node's zlib for the xlsx reader and fill writer: several times faster than the pure-JS fflate the
 * browser uses. maxOutputLength makes a part that inflates past its declared size fail early (zip bombs).
 */
export const nodeCodec: Codec = {
  inflateRaw(data, size) {
    const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  wholeLargeParts: true,
  crc32: typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) >>> 0 : undefined,
  deflateRaw(data) {
    const out = zlib.deflateRawSync(data);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
};

/**
 * Heap the grid and the engine need per grid cell (values, formats, the engine's indexes). Measured: the
 * 60 × 300 generated workbook (414,000 grid cells) is checked with --max-old-space-size=48 (heap limit 96 MB)
 * and dies of "heap out of memory" with 32 (80 MB): about 200 bytes a cell; 250 leaves a margin.
 */
const HEAP_BYTES_PER_CELL = 250;

/**
 * The reader's limits for this process: the defaults, tightened to the V8 heap this process may use, so a
 * workbook too big for it is refused up front with a clear message instead of V8 dying with "heap out of memory".
 */
export function cliReadLimits(heapLimit = v8.getHeapStatistics().heap_size_limit): ReadLimits {
  return {
    ...DEFAULT_LIMITS,
    maxGridCells: Math.max(100_000, Math.min(DEFAULT_LIMITS.maxGridCells, Math.floor(heapLimit / HEAP_BYTES_PER_CELL))),
    // Text read from the XML lives on the heap as strings.
    maxTotalBytes: Math.max(64 * 2 ** 20, Math.min(DEFAULT_LIMITS.maxTotalBytes, Math.floor(heapLimit * 0.75))),
  };
}

export function cliReadOptions(): ReadOptions {
  return { codec: nodeCodec, limits: cliReadLimits() };
}
