import { describe, expect, it } from 'vitest';
import { CHART_TIMEFRAMES } from './chart-timeframes.js';
import { historyRequestOf } from './history-request-of.js';

describe('historyRequestOf', () => {
  it('asks for two years of daily bars and the signals of the same span', () => {
    expect(historyRequestOf('aapl', '1d')).toEqual({
      period: '2y',
      interval: '1d',
      signalHours: 17_568,
      barsPath: '/market-data/AAPL/historical?period=2y&interval=1d',
      signalsPath: '/signals/AAPL?hours=17568',
    });
  });

  it('asks for one session of one-minute bars, which stays under the 5,000-bar limit around the clock', () => {
    const request = historyRequestOf('BTC-USD', '1m');
    expect(request.barsPath).toBe('/market-data/BTC-USD/historical?period=1d&interval=1m');
    expect(request.signalHours).toBe(96);
  });

  it('escapes symbols with characters that mean something in a URL', () => {
    expect(historyRequestOf('eurusd=x', '1h').barsPath).toBe('/market-data/EURUSD%3DX/historical?period=6mo&interval=1h');
  });

  it('keeps every timeframe under 5,000 bars of a market open around the clock', () => {
    const PERIOD_DAYS: Record<string, number> = { '1d': 1, '5d': 5, '1mo': 31, '3mo': 92, '6mo': 184, '2y': 731 };
    const BARS_PER_DAY: Record<string, number> = { '1m': 1440, '5m': 288, '15m': 96, '30m': 48, '1h': 24, '4h': 6, '1d': 1 };
    for (const timeframe of CHART_TIMEFRAMES) {
      const { period, interval } = historyRequestOf('X', timeframe);
      expect(interval).toBe(timeframe);
      expect(PERIOD_DAYS[period] * BARS_PER_DAY[timeframe]).toBeLessThanOrEqual(5_000);
    }
  });
});
