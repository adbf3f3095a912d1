/**
 * UTF-8 size of a value's JSON: what travels between the add-in and Excel for it (Bengali letters are 3 bytes
 * each, which is why a Bengali sheet reaches the 5 MB limit of Excel on the web three times sooner than ASCII).
 */
export function payloadBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
