/** The download's name: the clerk's file name with "-filled" before the extension, so the original is never overwritten. */
export function filledName(original: string): string {
  const base = original.replace(/\.xlsx$/i, '') || 'apa';
  return `${base}-filled.xlsx`;
}
