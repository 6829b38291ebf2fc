import { describe, expect, it } from 'vitest';
import type { StoredSignal } from '../storage/index.js';
import { alertEvent, alertOfEvent, barEvent, outcomeEvent, portfolioEvent, quoteEvent, signalEvent } from './bus-events.js';
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

  it('publish an outcome with the closed signal on the signal channels, valid for the bus', () => {
    const closed: StoredSignal = { ...signal, outcome: { result: 'target', at: '2024-05-03T00:00:00.000Z', price: 423.4, return: 0.0449 } };
    const event = outcomeEvent(closed);
    expect(event).toEqual({ type: 'outcome', channels: ['signals', 'signals:BRK.B'], data: closed });
    expect(() => validateBusEvent(event)).not.toThrow();
  });

  it("publish an alert for its owner on the alerts channel, and read the owner and alert back; refuse one without ids", () => {
    const alert = { alertId: 'a1', triggerId: 't1', eventType: 'alert.signal', subject: 'BUY BRK.B 71% (rule: x)', text: 'BUY BRK.B at 405.20.', fields: [], firedAt: '2024-05-01T21:00:04.000Z' };
    const event = alertEvent('0f8fad5b-d9cb-469f-a165-70867728950e', alert);
    expect(() => validateBusEvent(event)).not.toThrow();
    expect(event.channels).toEqual(['alerts']);
    expect(alertOfEvent(event)).toEqual({ userId: '0f8fad5b-d9cb-469f-a165-70867728950e', alert });
    expect(alertOfEvent(alertEvent(null, alert))).toEqual({ userId: null, alert });
    expect(alertOfEvent({ type: 'alert', channels: ['alerts'], data: { userId: 'u', alert: { alertId: 'a1' } } })).toBeUndefined();
    expect(alertOfEvent(signalEvent(signal))).toBeUndefined();
  });

  it('throw naming the bad symbol instead of publishing to a channel nobody can hold', () => {
    expect(() => quoteEvent({ symbol: 'AA PL' })).toThrow('symbol "AA PL" is not valid');
  });
});
