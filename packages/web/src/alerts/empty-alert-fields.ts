import type { AlertFields } from './alert-fields.js';
import { browserTimeZone } from './browser-time-zone.js';

/** A blank alert form: a price alert delivered in the app, the other kinds' fields at the server's defaults. */
export function emptyAlertFields(): AlertFields {
  return {
    kind: 'price_above',
    name: '',
    symbol: '',
    price: '',
    actions: ['BUY', 'SELL'],
    minConfidence: '',
    minConsensusStrength: '',
    riskLevels: ['low', 'medium', 'high'],
    timeframes: [],
    agents: [],
    minAgreeingAgents: '',
    outcomes: ['target', 'stop', 'expired'],
    indicator: 'rsi',
    value: '',
    period: '',
    timeframe: '1d',
    events: ['provider_down', 'provider_up'],
    channels: ['websocket'],
    quietHoursOn: false,
    quietStart: '22:00',
    quietEnd: '07:00',
    quietTimeZone: browserTimeZone(),
    maxPerHour: '',
  };
}
