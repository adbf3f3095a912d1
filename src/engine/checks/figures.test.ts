import { figureOf } from '../values/figureOf';
import { isReported, rawText, sameFigure } from './figures';

describe('figures', () => {
  it('compare a stated figure with one from the quarters', () => {
    const n = (value: number) => ({ kind: 'number' as const, value, percent: false });
    expect(sameFigure(n(182), n(192), 0.01)).toBe(false);
    expect(sameFigure(n(4.375), n(4.38), 0.01)).toBe(true);
    expect(sameFigure({ kind: 'date', serial: 45504 }, { kind: 'date', serial: 45504 }, 0.01)).toBe(true);
    expect(sameFigure({ kind: 'date', serial: 45504 }, { kind: 'date', serial: 45505 }, 0.01)).toBe(false);
    // a count-date compares its count; a date cannot be compared with a count
    expect(sameFigure(n(2), { kind: 'count-date', count: 2, dates: [45581, 45759] }, 0.01)).toBe(true);
    expect(sameFigure(n(2), { kind: 'date', serial: 45504 }, 0.01)).toBeNull();
  });
  it('know which readings report something', () => {
    expect(isReported({ kind: 'na' })).toBe(false);
    expect(isReported({ kind: 'bad', raw: 'x', reason: { bn: '', en: '' } })).toBe(false);
    expect(isReported({ kind: 'count-date', count: 1, dates: [] })).toBe(true);
    expect(figureOf({ kind: 'blank' })).toBeNull();
  });
  it('show raw cell text shortened for a message', () => {
    expect(rawText({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(rawText('  ষাট\n জন ')).toBe('ষাট জন');
    expect(rawText('ক'.repeat(60))).toBe('ক'.repeat(40) + '…'); // as quoteCell quotes it
  });
});
