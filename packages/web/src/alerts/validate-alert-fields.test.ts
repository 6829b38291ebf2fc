import { describe, expect, it } from 'vitest';
import type { AlertFields } from './alert-fields.js';
import { alertFieldsOf } from './alert-fields-of.js';
import { emptyAlertFields } from './empty-alert-fields.js';
import { validateAlertFields } from './validate-alert-fields.js';

const BLANK: AlertFields = { ...emptyAlertFields(), quietTimeZone: 'Europe/Berlin' };

describe('validateAlertFields', () => {
  it("sends only the chosen kind's params, the symbol upper-cased, no quiet hours or limit unless set", () => {
    expect(validateAlertFields({ ...BLANK, kind: 'price_below', symbol: ' aapl ', price: '182.5', value: '70', outcomes: ['stop'] })).toEqual({
      body: { name: null, symbol: 'AAPL', kind: 'price_below', params: { price: 182.5 }, channels: ['websocket'], quietHours: null, maxPerHour: null },
    });
    expect(validateAlertFields({ ...BLANK, kind: 'indicator_above', name: '  ', symbol: 'MSFT', indicator: 'rsi', value: '70', period: '', timeframe: '4h', channels: ['telegram', 'websocket'] }).body).toEqual({
      name: null,
      symbol: 'MSFT',
      kind: 'indicator_above',
      params: { indicator: 'rsi', value: 70, timeframe: '4h' },
      channels: ['telegram', 'websocket'],
      quietHours: null,
      maxPerHour: null,
    });
  });

  it('turns signal percentages into fractions and leaves unset filters to the server', () => {
    const checked = validateAlertFields({
      ...BLANK,
      kind: 'signal',
      name: ' Strong buys ',
      symbol: '*',
      actions: ['BUY'],
      minConfidence: '72.5',
      riskLevels: ['low', 'medium'],
      timeframes: ['1h', '1d'],
      agents: ['rsi', 'macd'],
      minAgreeingAgents: '3',
      quietHoursOn: true,
      quietStart: '22:30',
      quietEnd: '06:00',
      maxPerHour: '5',
    });
    expect(checked.body).toEqual({
      name: 'Strong buys',
      symbol: '*',
      kind: 'signal',
      params: { actions: ['BUY'], riskLevels: ['low', 'medium'], minConfidence: 0.725, timeframes: ['1h', '1d'], agents: ['rsi', 'macd'], minAgreeingAgents: 3 },
      channels: ['websocket'],
      quietHours: { start: '22:30', end: '06:00', timeZone: 'Europe/Berlin' },
      maxPerHour: 5,
    });
    expect(validateAlertFields({ ...BLANK, kind: 'signal', symbol: 'nvda' }).body?.params).toEqual({ actions: ['BUY', 'SELL'], riskLevels: ['low', 'medium', 'high'] });
  });

  it('makes a system rule watch every symbol whatever was typed', () => {
    expect(validateAlertFields({ ...BLANK, kind: 'system', symbol: 'AAPL', events: ['provider_down'] }).body).toMatchObject({ symbol: '*', kind: 'system', params: { events: ['provider_down'] } });
  });

  it('names every wrong field', () => {
    expect(validateAlertFields({ ...BLANK, kind: 'price_above', symbol: '', price: '-3', channels: [] }).problems).toEqual({
      symbol: 'required',
      price: 'a price above 0',
      channels: 'pick at least one place to send the alert',
    });
    expect(validateAlertFields({ ...BLANK, kind: 'price_above', symbol: '*', price: '' }).problems).toEqual({ symbol: 'one ticker: * (every symbol) is for signal and outcome alerts', price: 'required' });
    expect(validateAlertFields({ ...BLANK, kind: 'signal', symbol: 'AA PL', actions: [], riskLevels: [], minConfidence: '120', minAgreeingAgents: '0.5' }).problems).toEqual({
      symbol: 'a ticker like AAPL, BTC-USD or EURUSD=X',
      actions: 'pick at least one action',
      riskLevels: 'pick at least one risk level',
      minConfidence: 'a percentage from 0 to 100',
      minAgreeingAgents: 'a whole number from 1 to 100',
    });
    expect(validateAlertFields({ ...BLANK, kind: 'indicator_above', symbol: 'AAPL', indicator: 'rsi', value: '100', period: '1' }).problems).toEqual({ value: 'from 0 to below 100 for RSI', period: 'a whole number from 2 to 500' });
    expect(validateAlertFields({ ...BLANK, kind: 'indicator_below', symbol: 'AAPL', indicator: 'williams-r', value: '-100' }).problems).toEqual({ value: 'above -100 up to 0 for Williams %R' });
    expect(validateAlertFields({ ...BLANK, kind: 'indicator_below', symbol: 'AAPL', indicator: 'cci', value: '-250' }).problems).toBeUndefined();
    expect(validateAlertFields({ ...BLANK, kind: 'signal_outcome', symbol: '*', outcomes: [] }).problems).toEqual({ outcomes: 'pick at least one outcome' });
    expect(validateAlertFields({ ...BLANK, kind: 'system', events: [] }).problems).toEqual({ events: 'pick at least one event' });
    expect(validateAlertFields({ ...BLANK, kind: 'system', name: 'x'.repeat(101) }).problems).toEqual({ name: 'at most 100 characters' });
  });

  it('checks quiet hours and the hourly limit only as far as they are used', () => {
    const price = { ...BLANK, kind: 'price_above' as const, symbol: 'AAPL', price: '10' };
    expect(validateAlertFields({ ...price, quietHoursOn: false, quietTimeZone: 'Mars/Olympus' }).problems).toBeUndefined();
    expect(validateAlertFields({ ...price, quietHoursOn: true, quietStart: '25:00', quietEnd: '', quietTimeZone: 'Mars/Olympus', maxPerHour: '1001' }).problems).toEqual({
      quietStart: 'a time as HH:MM',
      quietEnd: 'a time as HH:MM',
      quietTimeZone: 'an IANA time zone, like Europe/Berlin or America/New_York',
      maxPerHour: 'a whole number from 1 to 1000',
    });
    expect(validateAlertFields({ ...price, quietHoursOn: true, quietStart: '07:00', quietEnd: '07:00' }).problems).toEqual({ quietEnd: 'a different time than the start' });
  });
});

describe('alertFieldsOf', () => {
  it('reads a stored rule back into the fields that send it again unchanged', () => {
    const stored = {
      id: 'a1',
      name: 'Sell-offs',
      symbol: '*',
      kind: 'signal',
      params: { actions: ['SELL', 'BUY'], minConfidence: 0.65, minConsensusStrength: 0, riskLevels: ['low', 'medium', 'high'], timeframes: ['1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w'], agents: ['rsi'] },
      channels: ['telegram', 'websocket'],
      active: true,
      quietHours: { start: '23:00', end: '06:30', timeZone: 'America/New_York' },
      maxPerHour: 4,
      lastTriggeredAt: null,
      createdAt: '2026-05-01T09:00:00.000Z',
      updatedAt: '2026-05-01T09:00:00.000Z',
    };
    const fields = alertFieldsOf(stored);
    expect(fields).toMatchObject({ kind: 'signal', name: 'Sell-offs', symbol: '*', actions: ['BUY', 'SELL'], minConfidence: '65', minConsensusStrength: '', timeframes: [], agents: ['rsi'], channels: ['websocket', 'telegram'], quietHoursOn: true, maxPerHour: '4' });
    expect(validateAlertFields(fields).body).toEqual({
      name: 'Sell-offs',
      symbol: '*',
      kind: 'signal',
      params: { actions: ['BUY', 'SELL'], riskLevels: ['low', 'medium', 'high'], minConfidence: 0.65, agents: ['rsi'] },
      channels: ['websocket', 'telegram'],
      quietHours: { start: '23:00', end: '06:30', timeZone: 'America/New_York' },
      maxPerHour: 4,
    });
  });
});
