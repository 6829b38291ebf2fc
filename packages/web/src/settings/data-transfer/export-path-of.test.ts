import { describe, expect, it } from 'vitest';
import { EMPTY_EXPORT_FIELDS } from './export-fields.js';
import { exportPathOf } from './export-path-of.js';

const BACKTEST_ID = '3f1c9a2e-7b4d-4e8a-9c1f-2a6b8d0e4f13';

function query(path: string | undefined): Record<string, string> {
  return Object.fromEntries(new URL(path ?? '', 'http://localhost').searchParams);
}

describe('exportPathOf', () => {
  it('sends the signal filters given, the date range as whole local days with the last one included', () => {
    expect(exportPathOf(EMPTY_EXPORT_FIELDS).path).toBe('/exports/signals?format=csv');
    const checked = exportPathOf({ ...EMPTY_EXPORT_FIELDS, format: 'json', symbols: 'aapl, msft', timeframe: '1h', from: '2026-05-01', to: '2026-05-03' });
    expect(checked.path?.startsWith('/exports/signals?')).toBe(true);
    expect(query(checked.path)).toEqual({ format: 'json', symbol: 'AAPL,MSFT', timeframe: '1h', from: new Date(2026, 4, 1).toISOString(), to: new Date(2026, 4, 4).toISOString() });
  });

  it('builds the scorecard, trades and backtest paths with their own options, parts only for CSV', () => {
    expect(exportPathOf({ ...EMPTY_EXPORT_FIELDS, kind: 'scorecard', days: '90', scorecardPart: 'outcomes' }).path).toBe('/exports/scorecard?format=csv&days=90&part=outcomes');
    expect(exportPathOf({ ...EMPTY_EXPORT_FIELDS, kind: 'scorecard', format: 'json' }).path).toBe('/exports/scorecard?format=json&days=30');
    expect(exportPathOf({ ...EMPTY_EXPORT_FIELDS, kind: 'trades', portfolioId: 'p-1' }).path).toBe('/exports/trades?format=csv&portfolioId=p-1');
    expect(exportPathOf({ ...EMPTY_EXPORT_FIELDS, kind: 'trades', format: 'json' }).path).toBe('/exports/trades?format=json');
    expect(exportPathOf({ ...EMPTY_EXPORT_FIELDS, kind: 'backtest', backtestId: ` ${BACKTEST_ID} `, backtestPart: 'equity' }).path).toBe(`/exports/backtests/${BACKTEST_ID}?format=csv&part=equity`);
    expect(exportPathOf({ ...EMPTY_EXPORT_FIELDS, kind: 'backtest', backtestId: BACKTEST_ID, format: 'json' }).path).toBe(`/exports/backtests/${BACKTEST_ID}?format=json`);
  });

  it('names every wrong field', () => {
    expect(exportPathOf({ ...EMPTY_EXPORT_FIELDS, symbols: 'AAPL, MS FT!', from: '2026-05-03', to: '2026-05-01' }).problems).toEqual({ symbols: 'FT! is not a ticker', to: 'on or after the start' });
    expect(exportPathOf({ ...EMPTY_EXPORT_FIELDS, kind: 'scorecard', days: '0' }).problems).toEqual({ days: 'a whole number of days from 1 to 3650' });
    expect(exportPathOf({ ...EMPTY_EXPORT_FIELDS, kind: 'backtest' }).problems).toEqual({ backtestId: 'required: pick a backtest' });
    expect(exportPathOf({ ...EMPTY_EXPORT_FIELDS, kind: 'backtest', backtestId: 'last-week' }).problems).toEqual({ backtestId: 'a backtest id (a UUID)' });
  });
});
