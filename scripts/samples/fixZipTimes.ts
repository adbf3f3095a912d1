/**
 * exceljs's zip writer stamps every entry with the current time, so two runs give different bytes. This sets
 * every entry's DOS time/date (central directory and local headers) to one fixed moment, in place.
 */
export function fixZipTimes(zip: Uint8Array, year = 2025, month = 7, day = 14): Uint8Array {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dosDate = ((year - 1980) << 9) | (month << 5) | day;
  const dosTime = 9 << 11; // 09:00:00
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end-of-central-directory record');
  const entries = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (dv.getUint32(p, true) !== 0x02014b50) throw new Error('bad central directory entry');
    dv.setUint16(p + 12, dosTime, true);
    dv.setUint16(p + 14, dosDate, true);
    const local = dv.getUint32(p + 42, true);
    if (dv.getUint32(local, true) !== 0x04034b50) throw new Error('bad local file header');
    dv.setUint16(local + 10, dosTime, true);
    dv.setUint16(local + 12, dosDate, true);
    p += 46 + dv.getUint16(p + 28, true) + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return zip;
}
