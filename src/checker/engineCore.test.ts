import type { Analysis } from '../engine/report/types';
import { handleRequest, type EngineDeps } from './engineCore';
import type { EngineReply } from './workerProtocol';

const analysis: Analysis = { tables: [], findings: [], fills: [] };

function deps(over: Partial<EngineDeps> = {}): EngineDeps {
  return {
    readXlsx: async () => ({ sheets: [] }),
    analyzeWorkbook: () => analysis,
    fillXlsx: async (data) => new Uint8Array([...data, 1]),
    ...over,
  };
}

async function run(req: Parameters<typeof handleRequest>[0], d: EngineDeps): Promise<EngineReply[]> {
  const out: EngineReply[] = [];
  await handleRequest(req, (r) => out.push(r), d);
  return out;
}

describe('handleRequest (the checker engine, in its worker or in the page)', () => {
  test('reports reading, then checking, then the analysis', async () => {
    const replies = await run({ id: 3, type: 'check', bytes: new Uint8Array([0x50, 0x4b, 3, 4]).buffer }, deps());
    expect(replies.map((r) => (r.type === 'progress' ? `${r.step} ${r.fraction}` : r.type))).toEqual(['reading 0', 'checking 0.5', 'checked']);
    expect(replies.every((r) => r.id === 3)).toBe(true);
  });

  test('a file the reader refuses gets the clerk\'s message, judged from its first bytes', async () => {
    const failing = deps({ readXlsx: async () => { throw new Error('zip: bad header'); } });
    const ole = await run({ id: 1, type: 'check', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]).buffer }, failing);
    expect(ole[ole.length - 1]).toMatchObject({ type: 'failed', message: { en: expect.stringContaining('password-protected') } });
    const text = await run({ id: 2, type: 'check', bytes: new TextEncoder().encode('কর্মসম্পাদন').buffer }, failing);
    expect(text[text.length - 1]).toMatchObject({ type: 'failed', message: { en: expect.stringContaining('not an .xlsx') } });
  });

  test('a check that throws in the engine is a failed reply, never an exception out of the worker', async () => {
    const replies = await run({ id: 4, type: 'check', bytes: new Uint8Array([0x50, 0x4b, 3, 4]).buffer }, deps({ analyzeWorkbook: () => { throw new TypeError('boom'); } }));
    const last = replies[replies.length - 1];
    expect(last.type).toBe('failed');
    expect(JSON.stringify(last)).not.toContain('boom');
  });

  test('fill returns the filled bytes', async () => {
    const replies = await run({ id: 5, type: 'fill', bytes: new Uint8Array([7, 8]).buffer, fills: [] }, deps());
    expect(replies).toHaveLength(1);
    const r = replies[0];
    expect(r.type === 'filled' && Array.from(new Uint8Array(r.bytes))).toEqual([7, 8, 1]);
  });
});
