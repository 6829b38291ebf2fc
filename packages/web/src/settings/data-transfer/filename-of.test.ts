import { describe, expect, it } from 'vitest';
import { filenameOf } from './filename-of.js';

describe('filenameOf', () => {
  it('reads the quoted, bare and RFC 5987 forms, the extended one first', () => {
    expect(filenameOf('attachment; filename="signals-2026-11-24.csv"', 'export.csv')).toBe('signals-2026-11-24.csv');
    expect(filenameOf('attachment; filename=trades-2026-11-24.json', 'export.json')).toBe('trades-2026-11-24.json');
    expect(filenameOf(`attachment; filename="scorecard.csv"; filename*=UTF-8''scorecard%20%C3%A9t%C3%A9.csv`, 'export.csv')).toBe('scorecard été.csv');
  });

  it('keeps only the last part of a path, and falls back when no name is given', () => {
    expect(filenameOf('attachment; filename="../../etc/backtest.csv"', 'export.csv')).toBe('backtest.csv');
    expect(filenameOf('attachment', 'export.csv')).toBe('export.csv');
    expect(filenameOf('attachment; filename=""', 'export.csv')).toBe('export.csv');
    expect(filenameOf(null, 'export.csv')).toBe('export.csv');
  });
});
