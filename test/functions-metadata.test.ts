import path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as functionsModule from '../src/functions/functions';

/**
 * functions.json is generated at build time by custom-functions-metadata-plugin from the JSDoc in
 * src/functions/functions.ts. This runs the same generator and checks what Excel will be told.
 */
interface Param {
  name: string;
  description?: string;
  type: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
}

const SOURCE = path.join(__dirname, '..', 'src', 'functions', 'functions.ts');

describe('custom functions metadata', () => {
  let functions: Fn[];
  let associate: { functionName: string; id: string }[];
  let errors: string[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(SOURCE);
    errors = result.errors;
    associate = result.associate;
    functions = result.metadataJson ? (JSON.parse(result.metadataJson).functions as Fn[]) : [];
  }, 60_000);

  it('generates without errors', () => {
    expect(errors).toEqual([]);
  });

  it('declares exactly the six APA functions', () => {
    expect(functions.map((f) => f.id).sort()).toEqual(['BN', 'NET', 'NUM', 'QTOTAL', 'SCORE', 'TIER']);
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  const expected: Record<string, [string, boolean][]> = {
    SCORE: [['achievement', false], ['targets', false], ['weight', false], ['rule', true]],
    TIER: [['achievement', false], ['targets', false], ['show', true]],
    NET: [['total', false], ['max', false], ['weight', false]],
    QTOTAL: [['quarters', false], ['method', true]],
    NUM: [['text', false]],
    BN: [['number', false], ['decimals', true]],
  };

  it.each(Object.keys(expected))('%s has its parameters in order, with the right optional flags', (id) => {
    const f = functions.find((x) => x.id === id)!;
    expect(f.parameters.map((p) => [p.name, p.optional === true])).toEqual(expected[id]);
  });

  it('takes targets and quarters as ranges (matrix), every other parameter as one value', () => {
    for (const f of functions) {
      for (const p of f.parameters) {
        const isRange = p.name === 'targets' || p.name === 'quarters';
        expect([f.id, p.name, p.dimensionality ?? 'scalar']).toEqual([f.id, p.name, isRange ? 'matrix' : 'scalar']);
      }
    }
  });

  it('describes every function and every parameter', () => {
    for (const f of functions) {
      expect(f.description?.trim().length ?? 0).toBeGreaterThan(10);
      for (const p of f.parameters) expect([f.id, p.name, (p.description ?? '').trim().length > 5]).toEqual([f.id, p.name, true]);
    }
  });

  it('associates each id with a function the module really exports', () => {
    expect(associate.map((a) => a.id).sort()).toEqual(['BN', 'NET', 'NUM', 'QTOTAL', 'SCORE', 'TIER']);
    const exported = functionsModule as unknown as Record<string, unknown>;
    for (const a of associate) expect([a.id, typeof exported[a.functionName]]).toEqual([a.id, 'function']);
  });
});
