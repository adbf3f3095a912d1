import { serialFromYMD } from '../dates/serial';
import { readCell } from '../values/readCell';
import type { Reading, UnitKind } from '../values/types';
import { annualFigure } from './annualFigure';

/** Quarters as clerks type them. */
const q = (cells: (string | number | null)[], unit: UnitKind | null = null): Reading[] => cells.map((c) => readCell(c, null, unit));
const d = serialFromYMD;

describe('annualFigure', () => {
  it('sums reported quarters (সমষ্টি), skipping blank and "-"', () => {
    expect(annualFigure(q(['৬০', '৬৫', null, '-']), 'sum')).toEqual({ kind: 'number', value: 125, percent: false });
    expect(annualFigure(q(['.৫০', '.২৫', '১.২৫', '২']), 'sum')).toEqual({ kind: 'number', value: 4, percent: false });
    expect(annualFigure(q(['0.1', '0.2']), 'sum')).toEqual({ kind: 'number', value: 0.3, percent: false });
  });

  it('averages percentages (গড়) and keeps the percent flag', () => {
    expect(annualFigure(q(['৮০%', '৯০%', '১০০%', null]), 'average')).toEqual({ kind: 'number', value: 90, percent: true });
    expect(annualFigure(q(['৮০', '৮৫%']), 'average')).toEqual({ kind: 'number', value: 82.5, percent: false });
  });

  it('takes the latest reported quarter when cumulative (governance marks)', () => {
    expect(annualFigure(q(['২.৫', '৫', '৭.৫', null]), 'cumulative')).toEqual({ kind: 'number', value: 7.5, percent: false });
    expect(annualFigure(q(['২', '-', '৬', '']), 'cumulative')).toEqual({ kind: 'number', value: 6, percent: false });
  });

  it('takes the earliest reported date', () => {
    expect(annualFigure(q([null, '১৫/০৯/২৪', '৩১/০৮/২৪', '-']), 'date')).toEqual({ kind: 'date', serial: d(2024, 8, 31) });
    expect(annualFigure(q(['১ ও ৩১/০৭/ ২৩', '২০/০৭/২৩']), 'date')).toEqual({ kind: 'date', serial: d(2023, 7, 20) });
  });

  it('adds count-and-date quarters, keeping every date', () => {
    expect(annualFigure(q(['১ ও ৩১/০৭/২৪', null, '১ ও ১৫/০১/২৫', null]), 'sum')).toEqual({
      kind: 'count-date',
      count: 2,
      dates: [d(2024, 7, 31), d(2025, 1, 15)],
    });
  });

  it('gives the half-year figure from Q1 and Q2 by the same rule', () => {
    expect(annualFigure(q(['৩', '৪']), 'sum')).toEqual({ kind: 'number', value: 7, percent: false });
    expect(annualFigure(q(['৭০%', '৮০%']), 'average')).toEqual({ kind: 'number', value: 75, percent: true });
  });

  it('skips unreadable quarters (they are findings of their own)', () => {
    expect(annualFigure(q(['৩', 'চলমান', '২', { error: '#REF!' } as never]), 'sum')).toEqual({ kind: 'number', value: 5, percent: false });
  });

  it('is blank when nothing is reported', () => {
    expect(annualFigure(q([null, '-', '', '--']), 'sum')).toEqual({ kind: 'blank' });
    expect(annualFigure([], 'average')).toEqual({ kind: 'blank' });
  });

  it('refuses to invent a figure', () => {
    expect(annualFigure(q(['৩', '১৫/০৯/২৪']), 'sum').kind).toBe('bad');
    const r = annualFigure(q(['১', '২']), 'date');
    expect(r.kind).toBe('bad');
    if (r.kind === 'bad') expect(r.reason.en).toContain('no quarter gives a date');
  });

  it('reads a date row labelled সমষ্টি as its earliest date', () => {
    expect(annualFigure(q(['১৫/০৯/২৪', '০১/০৯/২৪']), 'sum')).toEqual({ kind: 'date', serial: d(2024, 9, 1) });
  });

  it('adds the three quarterly count-and-date forms of a সংখ্যা ও তারিখ row alike', () => {
    // "১ ও ৩১/০৭/ ২৩" text, a real Excel date (one dated achievement), several dates in one cell
    const quarters = [
      readCell('১ ও ৩১/০৭/ ২৩', null, 'count-date'),
      readCell(d(2023, 10, 30), 'dd/mm/yyyy', 'count-date'),
      readCell('১০/০১/২৪, ২৮/০১/২৪', null, 'count-date'),
      readCell(null, null, 'count-date'),
    ];
    expect(annualFigure(quarters, 'sum')).toEqual({ kind: 'count-date', count: 4, dates: [d(2023, 7, 31), d(2023, 10, 30), d(2024, 1, 10), d(2024, 1, 28)] });
  });

  it('passes an impossible date of a quarter on to the sum, and refuses an earliest date that may be it', () => {
    const quarters = [readCell('২ ও ১৫/০৭/২৩ ৩১/০৯/২৩', null, 'count-date'), readCell('১ ও ১০/১০/২৩', null, 'count-date')];
    const sum = annualFigure(quarters, 'sum');
    expect(sum).toMatchObject({ kind: 'count-date', count: 3, impossible: { en: '31/09/23 is not a date: September has 30 days' } });
    expect(annualFigure(quarters, 'date').kind).toBe('bad');
  });
});
