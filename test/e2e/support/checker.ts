import type { Page } from 'playwright-core';
import type { Fixture } from './fixtures';

const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Picks the files in the checker's file input (several at once, as <input multiple> allows). */
export async function pickFiles(page: Page, files: Fixture[]): Promise<void> {
  await page.setInputFiles('[data-testid=file-input]', files.map((f) => ({ name: f.name, mimeType: MIME, buffer: Buffer.from(f.bytes) })));
}

/** Drops the files on the checker's drop zone, as dragging them from Explorer does. */
export async function dropFiles(page: Page, files: Fixture[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, b64: Buffer.from(f.bytes).toString('base64') }));
  const dt = await page.evaluateHandle((items) => {
    const t = new DataTransfer();
    for (const it of items) {
      const bin = atob(it.b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      t.items.add(new File([bytes], it.name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    }
    return t;
  }, payload);
  await page.dispatchEvent('[data-testid=dropzone]', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('[data-testid=dropzone]', 'drop', { dataTransfer: dt });
}

/** Waits for the checker to settle on a report, a batch or a failure. */
export async function settled(page: Page, timeout = 60_000): Promise<string> {
  await page.waitForSelector('main[data-state=results], main[data-state=failed], main[data-state=batch]', { timeout });
  return (await page.getAttribute('main', 'data-state')) ?? '';
}
