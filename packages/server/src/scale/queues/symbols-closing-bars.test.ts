import { describe, expect, it } from 'vitest';
import { scheduleEveryMs } from './scan-schedulers.js';
import { symbolsClosingBars } from './symbols-closing-bars.js';

const FOLLOWED = ['AAPL', 'BTC-USD', 'EURUSD=X', 'SPY', 'AAPL'];
const HALF_HOUR = 30 * 60_000;

describe('symbolsClosingBars', () => {
  it('picks the stocks at the NYSE close, crypto at midnight UTC and FX at 17:00 New York, each once', () => {
    const nyseClose = Date.parse('2024-06-12T20:00:00Z'); // 16:00 in New York (daylight time)
    expect(symbolsClosingBars(FOLLOWED, '1d', nyseClose - HALF_HOUR, nyseClose)).toEqual(['AAPL', 'SPY']);
    const midnight = Date.parse('2024-06-13T00:00:00Z');
    expect(symbolsClosingBars(FOLLOWED, '1d', midnight - HALF_HOUR, midnight)).toEqual(['BTC-USD']);
    const fxRollover = Date.parse('2024-06-12T21:00:00Z'); // 17:00 in New York
    expect(symbolsClosingBars(FOLLOWED, '1d', fxRollover - HALF_HOUR, fxRollover)).toEqual(['EURUSD=X']);
    expect(symbolsClosingBars(FOLLOWED, '1d', nyseClose, nyseClose + HALF_HOUR)).toEqual([]);
  });

  it('finds the NYSE early close and no stock bar on a holiday', () => {
    const earlyClose = Date.parse('2024-11-29T18:00:00Z'); // the day after Thanksgiving closes at 13:00 New York
    expect(symbolsClosingBars(['AAPL'], '1d', earlyClose - HALF_HOUR, earlyClose)).toEqual(['AAPL']);
    const independenceDay = Date.parse('2024-07-04T20:00:00Z');
    expect(symbolsClosingBars(['AAPL', 'BTC-USD'], '1d', independenceDay - HALF_HOUR, independenceDay)).toEqual([]);
  });

  it('scans intraday bars as they close: hourly NYSE bars end on the half hour, crypto ones on the hour', () => {
    const every = scheduleEveryMs('1h');
    expect(every).toBe(HALF_HOUR);
    const halfPast = Date.parse('2024-06-12T14:30:00Z'); // 10:30 New York: the first hourly bar since the 9:30 open
    expect(symbolsClosingBars(FOLLOWED, '1h', halfPast - every, halfPast)).toEqual(['AAPL', 'SPY']);
    const onTheHour = Date.parse('2024-06-12T15:00:00Z');
    expect(symbolsClosingBars(FOLLOWED, '1h', onTheHour - every, onTheHour)).toEqual(['BTC-USD', 'EURUSD=X']);
    expect(scheduleEveryMs('5m')).toBe(5 * 60_000);
    expect(scheduleEveryMs('1w')).toBe(HALF_HOUR);
  });
});
