/**
 * Compression primitives the reader and the fill writer use: fflate (pure JS, in the browser) unless the
 * host hands in faster native ones (the CLI passes Node's zlib). Each must keep the contract below; the
 * reader checks sizes and CRCs itself either way.
 */
export interface Codec {
  /**
   * Inflates raw DEFLATE data that should come to `size` bytes; must throw (and stop early) rather than
   * produce more than `size` bytes, so a part that lies about its size cannot run away. May return
   * undefined to leave the entry to fflate.
   */
  inflateRaw?(data: Uint8Array, size: number): Uint8Array | undefined;
  /** The inflater also takes parts over limits.streamPartsOver whole (Node: the bytes live outside the JS heap). */
  wholeLargeParts?: boolean;
  /** CRC-32 of the bytes (zip's). */
  crc32?(data: Uint8Array): number;
  /** Raw DEFLATE of the bytes. */
  deflateRaw?(data: Uint8Array): Uint8Array;
}
