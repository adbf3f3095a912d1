import zlib from 'zlib';
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
  crc32: typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) >>> 0 : undefined,
  deflateRaw(data) {
    const out = zlib.deflateRawSync(data);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
};
