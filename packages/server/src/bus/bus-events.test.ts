import { describe, expect, it } from 'vitest';
import type { StoredSignal } from '../storage/index.js';
import { barEvent, portfolioEvent, quoteEvent, signalEvent } from './bus-events.js';
import { validateBusEvent } from './validate-bus-event.js';

const signal: StoredSignal = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  symbol: 'BRK.B',
  timeframe: '1d',
  time: '2024-05-01T00:00:00.000Z',
  action: 'BUY',
  confidence: 0.71,
  consensusStrength: 0.8,
  price: 405.2,
  entry: 405.2,
  stopLoss: 396.1,
  takeProfit: 423.4,
  riskLevel: 'medium',
  positionSize: 0.04,
  expiresAt: '2024-05-11T00:00:00.000Z',
  summary: 'BUY BRK.B at 405.20.',
  simulated: false,
  createdAt: '2024-05-01T21:00:03.000Z',
  outcome: null,
};

describe('bus event builders', () => {
  it('publish a signal once on the all-signals and the symbol channel, with the stored signal as data', () => {
    const event = signalEvent(signal);
    expect(event).toEqual({ type: 'signal', channels: ['signals', 'signals:BRK.B'], data: signal });
    expect(() => validateBusEvent(event)).not.toThrow();
  });

  it('canonicalise quote, bar and portfolio channels', () => {
    expect(quoteEvent({ symbol: 'eth/usdt' }).channels).toEqual(['quotes:ETH/USDT']);
    expect(barEvent('aapl', '15m', { close: 1 })).toEqual({ type: 'bar', channels: ['bars:AAPL:15m'], data: { close: 1 } });
    expect(portfolioEvent('0F8FAD5B-D9CB-469F-A165-70867728950E', { equity: 1 }).channels).toEqual(['portfolio:0f8fad5b-d9cb-469f-a165-70867728950e']);
  });

  it('throw naming the bad symbol instead of publishing to a channel nobody can hold', () => {
    expect(() => quoteEvent({ symbol: 'AA PL' })).toThrow('symbol "AA PL" is not valid');
  });
});
