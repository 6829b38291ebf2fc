import { afterEach, expect, it } from 'vitest';
import { signalEvent } from '../../bus/bus-events.js';
import { AlertRepository } from '../../storage/repositories/alert-repository.js';
import { AlertTriggerRepository } from '../../storage/repositories/alert-trigger-repository.js';
import { DeliveryRepository } from '../../storage/repositories/delivery-repository.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { TEST_USER_HEADER } from '../watchlists/caller-header.test-support.js';
import { bodiesOf, EvaluatorFixture, PUBLIC_URL, verifying } from './alert-evaluator.test-support.js';

interface ListedDelivery {
  readonly id: string;
  readonly channelName: string;
  readonly kind: string;
  readonly eventType: string;
  readonly subject: string;
  readonly status: string;
  readonly attempts: number;
  readonly error: string | null;
}

describeStorage('AlertEvaluator with a real notifier and webhook receiver', (context) => {
  let fixture: EvaluatorFixture | undefined;
  afterEach(async () => {
    await fixture?.close();
    fixture = undefined;
  });

  function start(): EvaluatorFixture {
    fixture = new EvaluatorFixture(context.database);
    return fixture;
  }

  async function trader(email = 'ada@example.com'): Promise<string> {
    const users = new UserRepository(context.database.db);
    // The first account becomes admin; the alert owners of these tests are traders.
    if ((await users.count()) === 0) await users.create({ email: 'root@example.com', passwordHash: 'h' });
    return (await users.create({ email, passwordHash: 'h', role: 'trader' })).id;
  }

  it('sends a matching signal once to the webhook (signed) and the sockets, however often the bus repeats it', async () => {
    const alerts = start();
    const ada = await trader();
    const desk = await alerts.receiver(verifying(() => ({ status: 204 })));
    const channel = await alerts.webhook(ada, desk);
    const rule = await new AlertRepository(context.database.db).create({
      userId: ada,
      symbol: 'AAPL',
      kind: 'signal',
      name: 'strong buys',
      params: { actions: ['BUY'], minConfidence: 0.7, minConsensusStrength: 0, riskLevels: ['low', 'medium', 'high'], timeframes: ['1h', '1d'] },
      channels: ['webhook', 'websocket'],
    });
    const signal = await alerts.storedSignal();
    const event = signalEvent(alerts.withoutVotes(signal));
    for (let i = 0; i < 3; i++) await alerts.bus.publish(event);
    await alerts.evaluator.idle();

    const triggers = await new AlertTriggerRepository(context.database.db).listForAlert(rule.id, 50);
    expect(triggers).toHaveLength(1);
    expect(triggers[0]).toMatchObject({ eventKey: `signal:${signal.id}`, eventType: 'alert.signal', subject: 'BUY AAPL 72% (rule: strong buys)', status: 'sent', firedAt: new Date(alerts.clock) });
    // Every request verified (a bad signature would have been answered 401 and retried).
    expect(desk.requests).toHaveLength(1);
    const [body] = bodiesOf(desk);
    expect(body).toMatchObject({ id: triggers[0].id, type: 'alert.signal', subject: 'BUY AAPL 72% (rule: strong buys)', action: 'BUY', url: `${PUBLIC_URL}/signals?symbols=AAPL&signal=${signal.id}` });
    expect(body.fields).toContainEqual({ name: 'Confidence', value: '72%' });
    expect(desk.requests[0].headers['x-goldensignals-event']).toBe('alert.signal');
    const deliveries = await new DeliveryRepository(context.database.db).listForTriggers([triggers[0].id]);
    expect(deliveries.map((delivery) => [delivery.channelId, delivery.status, delivery.attempts])).toEqual([[channel.id, 'delivered', 1]]);
    expect(alerts.socketAlerts).toEqual([
      {
        userId: ada,
        alert: expect.objectContaining({ alertId: rule.id, triggerId: triggers[0].id, eventType: 'alert.signal', subject: 'BUY AAPL 72% (rule: strong buys)', action: 'BUY', firedAt: new Date(alerts.clock).toISOString() }),
      },
    ]);
    expect((await new AlertRepository(context.database.db).ownedBy(ada, rule.id))?.lastTriggeredAt).toEqual(new Date(alerts.clock));
    expect(alerts.errors).toEqual([]);
  });

  it('retries a receiver answering 500 until the delivery is dead, lists it as a dead letter, and re-sends it on request', async () => {
    const alerts = start();
    const ada = await trader();
    let answer = 500;
    const desk = await alerts.receiver(verifying(() => ({ status: answer, body: answer === 500 ? 'down for maintenance' : undefined })));
    await alerts.webhook(ada, desk, 'Trading desk');
    const rule = await new AlertRepository(context.database.db).create({ userId: ada, symbol: '*', kind: 'signal', channels: ['webhook'] });
    const signal = await alerts.storedSignal({ symbol: 'MSFT' });
    await alerts.bus.publish(signalEvent(alerts.withoutVotes(signal)));
    await alerts.evaluator.idle();

    // First attempt, then a retry after each of the two delays (1 s, 2 s), then it is given up.
    alerts.clock += 1_000;
    expect(await alerts.notifier.retryDue()).toMatchObject({ claimed: 1, failed: 1 });
    alerts.clock += 2_000;
    expect(await alerts.notifier.retryDue()).toMatchObject({ claimed: 1, dead: 1 });
    expect(desk.requests).toHaveLength(3);

    const api = await alerts.api();
    const asAda = { [TEST_USER_HEADER]: ada };
    const dead = await api.inject({ url: '/api/v1/deliveries?status=dead', headers: asAda });
    expect(dead.statusCode, dead.body).toBe(200);
    const [letter] = dead.json<{ deliveries: ListedDelivery[] }>().deliveries;
    expect(letter).toMatchObject({ channelName: 'Trading desk', kind: 'webhook', eventType: 'alert.signal', subject: `BUY MSFT 72% (rule: BUY/SELL signals on every symbol)`, status: 'dead', attempts: 3 });
    expect(letter.error).toContain('HTTP 500');
    expect((await api.inject({ url: '/api/v1/deliveries?status=dead' })).json<{ deliveries: ListedDelivery[] }>().deliveries).toEqual([]);

    // Someone else's delivery is not found; a delivered one cannot be retried.
    const bob = await trader('bob@example.com');
    expect((await api.inject({ method: 'POST', url: `/api/v1/deliveries/${letter.id}/retry`, headers: { [TEST_USER_HEADER]: bob } })).statusCode).toBe(404);

    answer = 204;
    const retried = await api.inject({ method: 'POST', url: `/api/v1/deliveries/${letter.id}/retry`, headers: asAda });
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json<{ delivery: ListedDelivery }>().delivery).toMatchObject({ id: letter.id, status: 'delivered', attempts: 4, error: null });
    expect(desk.requests).toHaveLength(4);
    const ids = bodiesOf(desk).map((body) => body.id);
    expect(new Set(ids).size).toBe(1);
    const again = await api.inject({ method: 'POST', url: `/api/v1/deliveries/${letter.id}/retry`, headers: asAda });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string; message: string }>()).toMatchObject({ code: 'GS_ERR_CONFLICT', message: `delivery ${letter.id} was not retried: only failed or dead deliveries can be retried; this one is delivered` });

    const triggers = await api.inject({ url: `/api/v1/alerts/${rule.id}/triggers?limit=5`, headers: asAda });
    expect(triggers.statusCode, triggers.body).toBe(200);
    expect(triggers.json()).toMatchObject({
      triggers: [
        {
          alertId: rule.id,
          eventKey: `signal:${signal.id}`,
          eventType: 'alert.signal',
          status: 'sent',
          firedAt: new Date(alerts.clock - 3_000).toISOString(),
          deliveries: [{ id: letter.id, channelName: 'Trading desk', kind: 'webhook', status: 'delivered', attempts: 4, error: null }],
        },
      ],
    });
    expect((await api.inject({ url: `/api/v1/alerts/${rule.id}/triggers`, headers: { [TEST_USER_HEADER]: bob } })).statusCode).toBe(404);
  });

  it('records and announces an alert while its webhook hangs: a slow channel holds no evaluation up', async () => {
    const alerts = start();
    const ada = await trader();
    const stuck = await alerts.receiver(() => 'hang');
    await alerts.webhook(ada, stuck);
    const rule = await new AlertRepository(context.database.db).create({ userId: ada, symbol: 'AAPL', kind: 'signal', channels: ['webhook', 'websocket'] });
    const first = await alerts.storedSignal();
    const second = await alerts.storedSignal({ time: '2030-01-01T00:00:00.000Z' });
    await alerts.bus.publish(signalEvent(alerts.withoutVotes(first)));
    await alerts.bus.publish(signalEvent(alerts.withoutVotes(second)));
    await alerts.evaluator.evaluated();

    expect((await new AlertTriggerRepository(context.database.db).listForAlert(rule.id, 50)).map((trigger) => trigger.eventKey).sort()).toEqual([`signal:${first.id}`, `signal:${second.id}`].sort());
    expect(alerts.socketAlerts.map((alert) => alert.alert.alertId)).toEqual([rule.id, rule.id]);
    // The webhook attempts are still waiting for an answer: cut them off; the notifier records them as failed.
    await stuck.close();
    await alerts.evaluator.idle();
    const deliveries = await new DeliveryRepository(context.database.db).listForOwner(ada, undefined, 10);
    expect(deliveries.map((delivery) => delivery.status)).toEqual(['failed', 'failed']);
  });
});
