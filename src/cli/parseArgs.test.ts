import { parseArgs } from './parseArgs';

describe('parseArgs', () => {
  test('defaults: Bengali, interpolation, no JSON, no fill', () => {
    expect(parseArgs(['a.xlsx'])).toEqual({ ok: true, options: { files: ['a.xlsx'], json: false, fill: null, lang: 'bn', tiers: 'interpolate', help: false, version: false, summary: null, force: false } });
  });
  test('every option, in any order, with separate or inline values', () => {
    const r = parseArgs(['--json', 'উপজেলা ১.xlsx', '--fill', 'out.xlsx', '--lang=en', 'b.xlsx', '--tiers', 'step']);
    expect(r).toEqual({ ok: true, options: { files: ['উপজেলা ১.xlsx', 'b.xlsx'], json: true, fill: 'out.xlsx', lang: 'en', tiers: 'step', help: false, version: false, summary: null, force: false } });
  });
  test('--summary: text by default, csv, or xlsx with its output file; files around it stay files', () => {
    expect(parseArgs(['জেলা', '--summary'])).toMatchObject({ ok: true, options: { files: ['জেলা'], summary: { format: 'text' } } });
    expect(parseArgs(['--summary', 'জেলা'])).toMatchObject({ ok: true, options: { files: ['জেলা'], summary: { format: 'text' } } });
    expect(parseArgs(['--summary', 'csv', 'a.xlsx'])).toMatchObject({ ok: true, options: { files: ['a.xlsx'], summary: { format: 'csv' } } });
    expect(parseArgs(['--summary=csv', 'a.xlsx'])).toMatchObject({ ok: true, options: { summary: { format: 'csv' } } });
    expect(parseArgs(['a.xlsx', '--summary', 'xlsx', 'জেলা-সারসংক্ষেপ.xlsx'])).toMatchObject({
      ok: true,
      options: { files: ['a.xlsx'], summary: { format: 'xlsx', out: 'জেলা-সারসংক্ষেপ.xlsx' } },
    });
    expect(parseArgs(['a.xlsx', '--json', '--summary', 'xlsx', 's.xlsx'])).toMatchObject({ ok: true, options: { json: true, summary: { format: 'xlsx' } } });
  });
  test('--force', () => {
    expect(parseArgs(['a.xlsx', '--fill', 'out', '--force'])).toMatchObject({ ok: true, options: { fill: 'out', force: true } });
  });
  test('-- ends the options so a file may start with a dash', () => {
    const r = parseArgs(['--', '-draft.xlsx']);
    expect(r.ok && r.options.files).toEqual(['-draft.xlsx']);
  });
  test('--help and --version need no file', () => {
    expect(parseArgs(['--help'])).toMatchObject({ ok: true, options: { help: true } });
    expect(parseArgs(['-v'])).toMatchObject({ ok: true, options: { version: true } });
  });
  test.each([
    [[], /no file given/],
    [['a.xlsx', '--lang', 'fr'], /--lang must be bn or en/],
    [['a.xlsx', '--tiers'], /--tiers must be interpolate or step/],
    [['a.xlsx', '--fill'], /--fill needs an output file name/],
    [['a.xlsx', '--fill', '--json'], /--fill needs an output file name/],
    [['a.xlsx', '--jsn'], /unknown option: --jsn/],
    [['a.xlsx', '--summary=pdf'], /--summary must be text, csv or xlsx/],
    [['a.xlsx', '--summary', 'xlsx'], /--summary xlsx needs an output file name/],
    [['a.xlsx', '--summary', 'xlsx', '--json'], /--summary xlsx needs an output file name/],
    [['a.xlsx', '--summary', '--json'], /--json and --summary both print on stdout/],
    [['a.xlsx', '--json', '--summary=csv'], /--json and --summary both print on stdout/],
  ])('bad arguments %j are refused in both languages', (argv, en) => {
    const r = parseArgs(argv as string[]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.en).toMatch(en);
      expect(r.problem.bn).toMatch(/[\u0980-\u09FF]/);
    }
  });
});
