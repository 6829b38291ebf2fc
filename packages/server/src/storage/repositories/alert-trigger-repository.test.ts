import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { TriggerStatus } from '../schema/alert-triggers.js';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { AlertRepository } from './alert-repository.js';
import { AlertTriggerRepository, type NewAlertTrigger, type TriggerRuleState } from './alert-trigger-repository.js';
import { ChannelRepository } from './channel-repository.js';
import { DeliveryRepository } from './delivery-repository.js';
import { UserRepository } from './user-repository.js';

const T0 = new Date('2026-03-02T10:00:00.000Z');
const minutes = (n: number): Date => new Date(T0.getTime() + n * 60_000);

/** Decides like the evaluator: rate limited once the rule's allowance is used, else sent. */
function byAllowance(rule: TriggerRuleState): TriggerStatus {
  return rule.maxPerHour !== null && rule.sentInLastHour >= rule.maxPerHour ? 'rate_limited' : 'sent';
}

function firing(alertId: string, eventKey: string, firedAt: Date = T0): NewAlertTrigger {
  return { id: randomUUID(), alertId, eventKey, eventType: 'alert.signal', subject: `BUY AAPL 72% (${eventKey})`, message: { eventKey }, firedAt };
}

describeStorage('AlertTriggerRepository', (context) => {
  it('records a rule once per event key, even when two nodes record the same event at the same moment', async () => {
    const rule = await new AlertRepository(context.database.db).create({ userId: null, symbol: 'AAPL', kind: 'signal' });
    // Two repositories, as two API nodes would have; on PostgreSQL the two transactions run on two connections at once.
    const nodeA = new AlertTriggerRepository(context.database.db);
    const nodeB = new AlertTriggerRepository(context.database.db);
    const results = await Promise.all([nodeA.record(firing(rule.id, 'signal:s1'), byAllowance), nodeB.record(firing(rule.id, 'signal:s1'), byAllowance)]);
    const stored = results.filter((result) => result !== null);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ alertId: rule.id, eventKey: 'signal:s1', eventType: 'alert.signal', status: 'sent', firedAt: T0, message: { eventKey: 'signal:s1' } });
    expect(await nodeA.record(firing(rule.id, 'signal:s1', minutes(5)), byAllowance)).toBeNull();
    expect(await nodeA.listForAlert(rule.id, 50)).toHaveLength(1);
    expect((await new AlertRepository(context.database.db).ownedBy(null, rule.id))?.lastTriggeredAt).toEqual(T0);
  });

  it('keeps the hourly allowance under concurrent firings of different events: exactly maxPerHour are sent', async () => {
    const rule = await new AlertRepository(context.database.db).create({ userId: null, symbol: 'AAPL', kind: 'signal', maxPerHour: 2 });
    const repo = new AlertTriggerRepository(context.database.db);
    const results = await Promise.all(['s1', 's2', 's3', 's4'].map((id) => repo.record(firing(rule.id, `signal:${id}`), byAllowance)));
    expect(results.map((result) => result?.status).sort()).toEqual(['rate_limited', 'rate_limited', 'sent', 'sent']);
  });

  it('counts only triggers sent in the hour before: held-back ones and older ones use up no allowance', async () => {
    const rule = await new AlertRepository(context.database.db).create({ userId: null, symbol: 'AAPL', kind: 'signal', maxPerHour: 1 });
    const repo = new AlertTriggerRepository(context.database.db);
    const seen: TriggerRuleState[] = [];
    const recording = (status: TriggerStatus) => (rule: TriggerRuleState): TriggerStatus => {
      seen.push(rule);
      return status;
    };
    expect((await repo.record(firing(rule.id, 'a', minutes(0)), recording('quiet_hours')))?.status).toBe('quiet_hours');
    expect((await repo.record(firing(rule.id, 'b', minutes(1)), byAllowance))?.status).toBe('sent');
    expect((await repo.record(firing(rule.id, 'c', minutes(30)), byAllowance))?.status).toBe('rate_limited');
    expect((await repo.record(firing(rule.id, 'd', minutes(61)), recording('sent')))?.status).toBe('sent');
    expect(seen.map((state) => state.sentInLastHour)).toEqual([0, 0]);
    expect(seen[0]).toEqual({ quietHours: null, maxPerHour: 1, sentInLastHour: 0 });
    expect((await repo.listForAlert(rule.id, 3)).map((trigger) => trigger.eventKey)).toEqual(['d', 'c', 'b']);
  });

  it('records nothing for a rule that is gone, and its deliveries outlive its triggers', async () => {
    const alerts = new AlertRepository(context.database.db);
    const repo = new AlertTriggerRepository(context.database.db);
    expect(await repo.record(firing(randomUUID(), 'signal:s1'), byAllowance)).toBeNull();
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const rule = await alerts.create({ userId: ada.id, symbol: 'AAPL', kind: 'signal' });
    const trigger = await repo.record(firing(rule.id, 'signal:s1'), byAllowance);
    const channel = await new ChannelRepository(context.database.db).create({ userId: ada.id, kind: 'webhook', name: 'Desk', config: { url: 'https://example.com/hook' }, secret: 'whsec_x' });
    const deliveries = new DeliveryRepository(context.database.db);
    const delivery = await deliveries.create({ channelId: channel.id, kind: 'webhook', eventType: 'alert.signal', subject: 's', payload: {}, leaseUntil: null, alertTriggerId: trigger?.id });
    expect((await deliveries.listForTriggers([trigger?.id ?? ''])).map((row) => [row.id, row.channelName])).toEqual([[delivery.id, 'Desk']]);
    expect(await alerts.deleteOwned(ada.id, rule.id)).toBe(true);
    expect(await repo.listForAlert(rule.id, 50)).toEqual([]);
    expect(await deliveries.byId(delivery.id)).toMatchObject({ id: delivery.id, alertTriggerId: null });
  });
});
