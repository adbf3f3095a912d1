import { parseArgs } from './parseArgs';

describe('parseArgs', () => {
  test('defaults: Bengali, interpolation, no JSON, no fill', () => {
    expect(parseArgs(['a.xlsx'])).toEqual({ ok: true, options: { files: ['a.xlsx'], json: false, fill: null, lang: 'bn', tiers: 'interpolate', help: false, version: false } });
  });
  test('every option, in any order, with separate or inline values', () => {
    const r = parseArgs(['--json', 'উপজেলা ১.xlsx', '--fill', 'out.xlsx', '--lang=en', 'b.xlsx', '--tiers', 'step']);
    expect(r).toEqual({ ok: true, options: { files: ['উপজেলা ১.xlsx', 'b.xlsx'], json: true, fill: 'out.xlsx', lang: 'en', tiers: 'step', help: false, version: false } });
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
  ])('bad arguments %j are refused in both languages', (argv, en) => {
    const r = parseArgs(argv as string[]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.en).toMatch(en);
      expect(r.problem.bn).toMatch(/[\u0980-\u09FF]/);
    }
  });
});
