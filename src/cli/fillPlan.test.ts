import fs from 'fs';
import os from 'os';
import path from 'path';
import { fillPlan, mirroredPaths } from './fillPlan';

describe('mirroredPaths', () => {
  test('below the inputs\' deepest common folder', () => {
    expect(mirroredPaths(['/জেলা/লালপুর/apa.xlsx', '/জেলা/নলডাঙ্গা/apa.xlsx'])).toEqual([path.join('লালপুর', 'apa.xlsx'), path.join('নলডাঙ্গা', 'apa.xlsx')]);
    expect(mirroredPaths(['/জেলা/a.xlsx', '/জেলা/b.xlsx'])).toEqual(['a.xlsx', 'b.xlsx']);
    expect(mirroredPaths(['/জেলা/a.xlsx', '/জেলা/উপ/b.xlsx'])).toEqual(['a.xlsx', path.join('উপ', 'b.xlsx')]);
    expect(mirroredPaths(['/x/a.xlsx', '/y/a.xlsx'])).toEqual([path.join('x', 'a.xlsx'), path.join('y', 'a.xlsx')]);
    expect(mirroredPaths(['/জেলা/a.xlsx'])).toEqual(['a.xlsx']);
  });
});

describe('fillPlan', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-fillplan-'));
    for (const f of ['ক/apa.xlsx', 'খ/apa.xlsx']) {
      fs.mkdirSync(path.join(dir, path.dirname(f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), 'x');
    }
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const inputs = (): string[] => [path.join(dir, 'ক', 'apa.xlsx'), path.join(dir, 'খ', 'apa.xlsx')];

  test('same names in two folders: two outputs', () => {
    const out = path.join(dir, 'out');
    expect(fillPlan(out, inputs(), false, false)).toEqual([
      { ok: true, out: path.join(out, 'ক', 'apa.xlsx'), force: false },
      { ok: true, out: path.join(out, 'খ', 'apa.xlsx'), force: false },
    ]);
  });
  test('one input: OUT.xlsx is the file; "OUT/" or a name without .xlsx is a folder', () => {
    const [a] = inputs();
    expect(fillPlan(path.join(dir, 'পূরণ.xlsx'), [a], false, false)).toEqual([{ ok: true, out: path.join(dir, 'পূরণ.xlsx'), force: false }]);
    expect(fillPlan(path.join(dir, 'পূরণ') + path.sep, [a], false, false)[0]).toEqual({ ok: true, out: path.join(dir, 'পূরণ', 'apa.xlsx'), force: false });
    expect(fillPlan(path.join(dir, 'পূরণ২'), [a], false, false)[0]).toEqual({ ok: true, out: path.join(dir, 'পূরণ২', 'apa.xlsx'), force: false });
    // From a folder or a pattern, OUT is a folder even for one file.
    expect(fillPlan(path.join(dir, 'ফল.xlsx'), [a], true, false)[0]).toEqual({ ok: true, out: path.join(dir, 'ফল.xlsx', 'apa.xlsx'), force: false });
  });
  test('an existing output is refused unless force', () => {
    const [a] = inputs();
    const out = path.join(dir, 'আছে.xlsx');
    fs.writeFileSync(out, 'old');
    expect(fillPlan(out, [a], false, false)[0]).toMatchObject({ ok: false, messages: { en: expect.stringContaining('already exists (use --force') } });
    expect(fillPlan(out, [a], false, true)[0]).toEqual({ ok: true, out, force: true });
  });
});

test('a macro workbook copy named .xlsm is a file, not a folder', () => {
  const [t] = fillPlan('out/filled.xlsm', ['in/a.xlsm'], false, false);
  expect(t).toEqual({ ok: true, out: 'out/filled.xlsm', force: false });
});
