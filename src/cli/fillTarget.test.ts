import fs from 'fs';
import os from 'os';
import path from 'path';
import { fillTarget } from './fillTarget';

describe('fillTarget', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-filltarget-'));
    fs.writeFileSync(path.join(dir, 'বীরগঞ্জ.xlsx'), 'x');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('one input: OUT is the file', () => {
    const input = path.join(dir, 'বীরগঞ্জ.xlsx');
    expect(fillTarget(path.join(dir, 'পূরণ.xlsx'), input, [input])).toEqual({ ok: true, out: path.join(dir, 'পূরণ.xlsx') });
  });
  test('one input and OUT an existing folder: OUT/<input name>', () => {
    const input = path.join(dir, 'বীরগঞ্জ.xlsx');
    fs.mkdirSync(path.join(dir, 'filled'));
    expect(fillTarget(path.join(dir, 'filled'), input, [input])).toEqual({ ok: true, out: path.join(dir, 'filled', 'বীরগঞ্জ.xlsx') });
  });
  test('several inputs: OUT is a folder, created when missing', () => {
    const a = path.join(dir, 'বীরগঞ্জ.xlsx');
    const b = path.join(dir, 'খানসামা.xlsx');
    const out = path.join(dir, 'জেলা', 'পূরণ');
    expect(fillTarget(out, b, [a, b])).toEqual({ ok: true, out: path.join(out, 'খানসামা.xlsx') });
    expect(fs.statSync(out).isDirectory()).toBe(true);
  });
  test('several inputs and OUT an existing file: refused', () => {
    const a = path.join(dir, 'বীরগঞ্জ.xlsx');
    const r = fillTarget(a, a, [a, path.join(dir, 'খানসামা.xlsx')]);
    expect(r.ok).toBe(false);
  });
  test('never the input itself, however it is spelled', () => {
    const input = path.join(dir, 'বীরগঞ্জ.xlsx');
    const spelled = path.join(dir, '.', 'sub', '..', 'বীরগঞ্জ.xlsx');
    fs.mkdirSync(path.join(dir, 'sub'));
    const r = fillTarget(spelled, input, [input]);
    expect(r).toMatchObject({ ok: false, messages: { en: expect.stringContaining('would overwrite an input file') } });
  });
  test('a folder holding the input: OUT/<name> is the input → refused', () => {
    const input = path.join(dir, 'বীরগঞ্জ.xlsx');
    expect(fillTarget(dir, input, [input]).ok).toBe(false);
  });
});
