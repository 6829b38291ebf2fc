import type { AlertView } from './alert-view.js';
import type { DeadLetterView } from './dead-letter-view.js';
import type { TriggerView } from './trigger-view.js';

/** A request the Alerts page sent to the stand-in API. */
export interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

/** A price rule on AAPL, triggered once. */
export const PRICE_RULE: AlertView = {
  id: 'a-price', symbol: 'AAPL', kind: 'price_above', params: { price: 190 }, channels: ['websocket', 'telegram'], active: true,
  quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' }, maxPerHour: 5,
  lastTriggeredAt: '2026-05-04T14:00:00.000Z', createdAt: '2026-05-01T09:00:00.000Z', updatedAt: '2026-05-01T09:00:00.000Z',
};

/** A signal rule on every symbol, never triggered, switched off. */
export const SIGNAL_RULE: AlertView = {
  id: 'a-signal', symbol: '*', kind: 'signal',
  params: { actions: ['BUY'], minConfidence: 0.7, minConsensusStrength: 0, riskLevels: ['low', 'medium', 'high'], timeframes: ['1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w'] },
  channels: ['webhook'], active: false, quietHours: null, maxPerHour: null, lastTriggeredAt: null, createdAt: '2026-05-02T09:00:00.000Z', updatedAt: '2026-05-02T09:00:00.000Z',
};

/** Two triggers of the price rule: one sent (a delivery dead after 6 attempts, one delivered), one held by quiet hours. */
export const PRICE_TRIGGERS: TriggerView[] = [
  {
    id: 't2', alertId: 'a-price', eventKey: 'price:1777903200000', eventType: 'alert.price', subject: 'AAPL crossed above 190 (rule: AAPL breakout)', firedAt: '2026-05-04T14:00:00.000Z', status: 'sent',
    deliveries: [
      { id: 'd-tg', channelId: 'c-tg', channelName: 'Phone', kind: 'telegram', status: 'dead', attempts: 6, error: 'Telegram answered 403: bot was blocked by the user', deliveredAt: null },
      { id: 'd-wh', channelId: 'c-wh', channelName: 'Desk bot', kind: 'webhook', status: 'delivered', attempts: 1, error: null, deliveredAt: '2026-05-04T14:00:00.100Z' },
    ],
  },
  { id: 't1', alertId: 'a-price', eventKey: 'price:1777860000000', eventType: 'alert.price', subject: 'AAPL crossed above 190 (rule: AAPL breakout)', firedAt: '2026-05-04T02:00:00.000Z', status: 'quiet_hours', deliveries: [] },
];

/** The dead delivery of {@link PRICE_TRIGGERS} as the dead-letter list gives it. */
export const DEAD_LETTER: DeadLetterView = {
  id: 'd-tg', channelId: 'c-tg', channelName: 'Phone', kind: 'telegram', eventType: 'alert.price', subject: 'AAPL crossed above 190 (rule: AAPL breakout)', status: 'dead', attempts: 6,
  error: 'Telegram answered 403: bot was blocked by the user', createdAt: '2026-05-04T14:00:00.000Z', lastAttemptAt: '2026-05-04T14:31:00.000Z',
};

/** The stand-in API's state: rules, triggers by rule, dead letters, and what a retry and a create answer. */
export interface AlertsApiState {
  sent: SentRequest[];
  alerts: AlertView[];
  triggers: Record<string, TriggerView[]>;
  dead: DeadLetterView[];
  retryStatus: number;
  refuseCreate: { status: number; body: unknown } | null;
}

/** A fresh state: the two rules, the price rule's triggers, one dead letter. */
export function alertsApiState(): AlertsApiState {
  return { sent: [], alerts: [PRICE_RULE, SIGNAL_RULE], triggers: { 'a-price': PRICE_TRIGGERS }, dead: [DEAD_LETTER], retryStatus: 200, refuseCreate: null };
}

/** Stands in for the alert, trigger, delivery and agent routes of the API contract (issue 9), over `state`. */
export function alertsApi(state: AlertsApiState) {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : undefined;
    state.sent.push({ method, path: `${url.pathname}${url.search}`, body });
    const json = (status: number, value: unknown) => new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
    const [, , , resource, id, action] = url.pathname.split('/');
    if (resource === 'agents') return json(200, { items: [{ id: 'rsi', name: 'RSI' }, { id: 'macd', name: 'MACD' }, { id: 'trend', name: 'Trend following' }] });
    if (resource === 'deliveries' && id === undefined) return json(200, { deliveries: state.dead });
    if (resource === 'deliveries' && action === 'retry' && method === 'POST') {
      if (state.retryStatus !== 200) return json(state.retryStatus, { code: 'GS_ERR_NOT_FOUND', message: `no delivery ${id}` });
      state.dead = state.dead.filter((delivery) => delivery.id !== id);
      return json(200, { delivery: { id, status: 'delivered', attempts: 7, error: null } });
    }
    if (resource !== 'alerts') return json(404, { code: 'GS_ERR_NOT_FOUND', message: 'no such route' });
    if (id === undefined && method === 'GET') return json(200, { items: state.alerts });
    if (id === undefined && method === 'POST') {
      if (state.refuseCreate !== null) return json(state.refuseCreate.status, state.refuseCreate.body);
      const created: AlertView = { ...(body as unknown as AlertView), id: `a-${state.alerts.length + 1}`, active: true, lastTriggeredAt: null, createdAt: '2026-05-04T15:00:00.000Z', updatedAt: '2026-05-04T15:00:00.000Z' };
      state.alerts = [...state.alerts, created];
      return json(201, created);
    }
    const alert = state.alerts.find((candidate) => candidate.id === id);
    if (alert === undefined) return json(404, { code: 'GS_ERR_NOT_FOUND', message: `no alert ${id}` });
    if (action === 'triggers') return json(200, { triggers: state.triggers[alert.id] ?? [] });
    if (method === 'PATCH') {
      const changed = { ...alert, ...body, updatedAt: '2026-05-04T15:30:00.000Z' };
      state.alerts = state.alerts.map((candidate) => (candidate.id === id ? changed : candidate));
      return json(200, changed);
    }
    if (method === 'DELETE') {
      state.alerts = state.alerts.filter((candidate) => candidate.id !== id);
      return new Response(null, { status: 204 });
    }
    return json(405, { code: 'GS_ERR_NOT_FOUND', message: 'no such route' });
  };
}
