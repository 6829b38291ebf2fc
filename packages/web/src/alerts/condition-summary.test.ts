import { describe, expect, it } from 'vitest';
import { conditionSummary } from './condition-summary.js';
import { deliveryLimitsSummary } from './delivery-limits-summary.js';

const ALL_TIMEFRAMES = ['1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w'];

describe('conditionSummary', () => {
  it('says a price rule crosses its level', () => {
    expect(conditionSummary({ kind: 'price_above', params: { price: 190.5 } })).toBe('Price crosses above 190.5');
    expect(conditionSummary({ kind: 'price_below', params: { price: 150 } })).toBe('Price crosses below 150');
  });

  it('names only the signal filters that narrow something', () => {
    expect(conditionSummary({ kind: 'signal', params: { actions: ['BUY', 'SELL'], minConfidence: 0, minConsensusStrength: 0, riskLevels: ['low', 'medium', 'high'], timeframes: ALL_TIMEFRAMES } })).toBe('BUY or SELL signal');
    expect(
      conditionSummary({
        kind: 'signal',
        params: { actions: ['BUY'], minConfidence: 0.7, minConsensusStrength: 0.665, riskLevels: ['low', 'medium'], timeframes: ['1h', '4h', '1d'], agents: ['rsi', 'macd'], minAgreeingAgents: 3 },
      }),
    ).toBe('BUY signal, confidence ≥ 70%, consensus ≥ 66.5%, low or medium risk, on 1h, 4h or 1d, rsi and macd agree, at least 3 agents agree');
    expect(conditionSummary({ kind: 'signal', params: { actions: ['SELL'], agents: ['trend'], minAgreeingAgents: 1 } })).toBe('SELL signal, trend agrees, at least 1 agent agrees');
  });

  it('describes outcomes, indicators and system events in words', () => {
    expect(conditionSummary({ kind: 'signal_outcome', params: { outcomes: ['target', 'stop'] } })).toBe('Signal outcome: target hit or stopped out');
    expect(conditionSummary({ kind: 'indicator_above', params: { indicator: 'rsi', value: 70, period: 14, timeframe: '1d' } })).toBe('RSI(14) on 1d crosses above 70');
    expect(conditionSummary({ kind: 'indicator_below', params: { indicator: 'williams-r', value: -80, period: 10, timeframe: '1h' } })).toBe('Williams %R(10) on 1h crosses below -80');
    expect(conditionSummary({ kind: 'system', params: { events: ['provider_down'] } })).toBe('System: provider down');
    expect(conditionSummary({ kind: 'system', params: {} })).toBe('System: provider down or provider up');
    expect(conditionSummary({ kind: 'volume_spike', params: {} })).toBe('volume_spike');
  });
});

describe('deliveryLimitsSummary', () => {
  it('names quiet hours and the hourly limit, or nothing', () => {
    expect(deliveryLimitsSummary({ quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' }, maxPerHour: 5 })).toBe('Quiet 22:00–07:00 Europe/Berlin · at most 5 an hour');
    expect(deliveryLimitsSummary({ quietHours: null, maxPerHour: 12 })).toBe('at most 12 an hour');
    expect(deliveryLimitsSummary({ quietHours: null, maxPerHour: null })).toBeNull();
    expect(deliveryLimitsSummary({})).toBeNull();
  });
});
