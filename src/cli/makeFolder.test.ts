import fs from 'fs';
import os from 'os';
import path from 'path';
import { makeFolder } from './makeFolder';

describe('makeFolder', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-mkdir-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('creates every missing level; an existing folder is fine', () => {
    const p = path.join(dir, 'জেলা', 'উপজেলা', 'পূরণ');
    makeFolder(p);
    expect(fs.statSync(p).isDirectory()).toBe(true);
    expect(() => makeFolder(p)).not.toThrow();
  });
  test('a file in the way: ENOTDIR, nothing created', () => {
    fs.writeFileSync(path.join(dir, 'ফাইল'), 'x');
    expect(() => makeFolder(path.join(dir, 'ফাইল', 'নিচে'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });
  test('where mkdir says ENOENT under an existing parent (/proc), it throws instead of looping', () => {
    expect(() => makeFolder('/proc/apa-check-test/x')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
