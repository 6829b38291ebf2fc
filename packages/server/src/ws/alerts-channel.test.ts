import { afterEach, describe, expect, it } from 'vitest';
import { alertEvent, outcomeEvent, type AlertNotice } from '../bus/index.js';
import type { StoredSignal } from '../storage/index.js';
import { startHubServer, type HubServer, type TestClient } from './websocket-hub.test-support.js';

interface TestPrincipal {
  readonly id: string;
  readonly userId?: string;
}

const ADA = '0f8fad5b-d9cb-469f-a165-70867728950e';
const BOB = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

/** Tokens of the test: `ada-1`, `ada-2` (two sessions of one account), `bob`, and `robot` (a principal of no account). */
const PRINCIPALS: Readonly<Record<string, TestPrincipal>> = {
  'ada-1': { id: 'session:1', userId: ADA },
  'ada-2': { id: 'session:2', userId: ADA },
  bob: { id: 'session:3', userId: BOB },
  robot: { id: 'robot' },
};

function notice(triggerId: string): AlertNotice {
  return {
    alertId: '9b2f4c1e-0d7a-4f55-8f0a-6f4a1c2b3d4e',
    triggerId,
    eventType: 'alert.signal',
    subject: 'BUY AAPL 72% (rule: strong buys)',
    text: 'BUY AAPL at 190.00.',
    fields: [{ name: 'Confidence', value: '72%' }],
    url: 'https://signals.example.com/signals?symbols=AAPL',
    action: 'BUY',
    firedAt: '2026-03-02T10:00:00.000Z',
  };
}

let server: HubServer<TestPrincipal> | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(): Promise<HubServer<TestPrincipal>> {
  server = await startHubServer<TestPrincipal>({ authenticate: async (token) => PRINCIPALS[token] ?? null });
  return server;
}

async function signedIn(hub: HubServer<TestPrincipal>, token: string): Promise<TestClient> {
  const client = await hub.connect();
  client.send({ type: 'auth', token });
  await client.next('authenticated');
  return client;
}

describe('the alerts channel', () => {
  it('is refused to an anonymous connection and to a principal of no account', async () => {
    const hub = await start();
    const anonymous = await hub.connect();
    anonymous.send({ type: 'subscribe', channels: ['alerts'], id: 1 });
    expect(await anonymous.next('error')).toMatchObject({ code: 'GS_ERR_FORBIDDEN_CHANNEL', channel: 'alerts', id: 1 });
    const robot = await signedIn(hub, 'robot');
    robot.send({ type: 'subscribe', channels: ['alerts'] });
    expect(await robot.next('error')).toMatchObject({ code: 'GS_ERR_FORBIDDEN_CHANNEL', channel: 'alerts' });
    expect(hub.hub.stats().subscriptionsByKind.alerts).toBe(0);
  });

  it("sends each connection only its own account's alerts, once per trigger however often the bus repeats it", async () => {
    const hub = await start();
    const ada1 = await signedIn(hub, 'ada-1');
    const ada2 = await signedIn(hub, 'ada-2');
    const bob = await signedIn(hub, 'bob');
    const adaNotSubscribed = await signedIn(hub, 'ada-1');
    for (const client of [ada1, ada2, bob]) expect(await client.subscribe('alerts')).toMatchObject({ channels: ['alerts'] });
    expect(hub.hub.stats().subscriptionsByKind.alerts).toBe(3);

    await hub.bus.publish(alertEvent(ADA, notice('t-1')));
    await hub.bus.publish(alertEvent(ADA, notice('t-1')));
    await hub.bus.publish(alertEvent(null, notice('t-owner')));
    for (const client of [ada1, ada2, bob, adaNotSubscribed]) await client.roundTrip();

    for (const client of [ada1, ada2]) expect(client.ofType('alert')).toEqual([{ type: 'alert', channel: 'alerts', data: notice('t-1') }]);
    expect(bob.ofType('alert')).toEqual([]);
    expect(adaNotSubscribed.ofType('alert')).toEqual([]);

    ada2.send({ type: 'unsubscribe', channels: ['alerts'] });
    await ada2.next('unsubscribed');
    await hub.bus.publish(alertEvent(ADA, notice('t-2')));
    await hub.bus.publish(alertEvent(BOB, notice('t-3')));
    for (const client of [ada1, ada2, bob]) await client.roundTrip();
    expect(ada1.ofType('alert').map((message) => (message.data as AlertNotice).triggerId)).toEqual(['t-1', 't-2']);
    expect(ada2.ofType('alert').map((message) => (message.data as AlertNotice).triggerId)).toEqual(['t-1']);
    expect(bob.ofType('alert').map((message) => (message.data as AlertNotice).triggerId)).toEqual(['t-3']);
  });

  it('sends no outcome event to signal subscribers (outcomes are for the alert evaluators)', async () => {
    const hub = await start();
    const client = await signedIn(hub, 'bob');
    await client.subscribe('signals', 'signals:AAPL');
    const closed = {
      id: 'sig-1',
      symbol: 'AAPL',
      timeframe: '1d',
      time: '2024-05-01T00:00:00.000Z',
      action: 'BUY',
      confidence: 0.7,
      consensusStrength: 0.8,
      price: 100,
      entry: 100,
      stopLoss: 96,
      takeProfit: 108,
      riskLevel: 'medium',
      positionSize: 0.05,
      expiresAt: '2024-05-11T00:00:00.000Z',
      summary: 'BUY AAPL at 100.00.',
      simulated: true,
      createdAt: '2024-05-01T21:00:00.000Z',
      outcome: { result: 'target', at: '2024-05-03T00:00:00.000Z', price: 108, return: 0.08 },
    } satisfies StoredSignal;
    await hub.bus.publish(outcomeEvent(closed));
    await client.roundTrip();
    expect(client.messages.map((message) => message.type)).toEqual(['welcome', 'authenticated', 'subscribed', 'pong']);
  });
});
