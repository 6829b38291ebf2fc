import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { ChannelRepository, type NotificationChannel } from './channel-repository.js';
import { DeliveryRepository, type NewNotificationDelivery } from './delivery-repository.js';

const T0 = new Date('2026-03-02T10:00:00.000Z');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);

describeStorage('DeliveryRepository', (context) => {
  async function channel(name = 'Desk'): Promise<NotificationChannel> {
    return new ChannelRepository(context.database.db).create({ userId: null, kind: 'webhook', name, config: { url: 'https://example.com/hook' }, secret: 'whsec_x' });
  }

  function newDelivery(channelId: string, subject: string, leaseUntil: Date | null = at(300)): NewNotificationDelivery {
    return { channelId, kind: 'webhook', eventType: 'alert.triggered', subject, payload: { id: subject, subject }, leaseUntil };
  }

  it('records a delivery and each attempt: failures with their retry time, success with latency, giving up as dead', async () => {
    const repo = new DeliveryRepository(context.database.db);
    const desk = await channel();
    const created = await repo.create(newDelivery(desk.id, 'BUY AAPL 72%'));
    expect(created).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: at(300), lastAttemptAt: null, error: null, latencyMs: null, deliveredAt: null, payload: { id: 'BUY AAPL 72%' } });

    const failed = await repo.recordAttempt(created.id, { status: 'failed', at: at(1), latencyMs: 12, error: 'HTTP 500', nextAttemptAt: at(31) });
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, nextAttemptAt: at(31), lastAttemptAt: at(1), error: 'HTTP 500', latencyMs: 12 });
    const delivered = await repo.recordAttempt(created.id, { status: 'delivered', at: at(32), latencyMs: 8 });
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 2, nextAttemptAt: null, lastAttemptAt: at(32), error: null, latencyMs: 8, deliveredAt: at(32) });

    const other = await repo.create(newDelivery(desk.id, 'SELL TSLA 60%'));
    expect(await repo.recordAttempt(other.id, { status: 'dead', at: at(2), latencyMs: 5, error: 'HTTP 410', nextAttemptAt: at(99) })).toMatchObject({ status: 'dead', attempts: 1, nextAttemptAt: null });
    const third = await repo.create(newDelivery(desk.id, 'HOLD MSFT'));
    expect(await repo.giveUp(third.id, 'not sent: the channel is disabled')).toMatchObject({ status: 'dead', attempts: 0, nextAttemptAt: null, error: 'not sent: the channel is disabled' });
    expect(await repo.recordAttempt('00000000-0000-4000-8000-000000000000', { status: 'delivered', at: at(1), latencyMs: 1 })).toBeNull();
  });

  it('claims due deliveries once, oldest due first, leasing them until a given time', async () => {
    const repo = new DeliveryRepository(context.database.db);
    const desk = await channel();
    const late = await repo.create(newDelivery(desk.id, 'late', at(20)));
    const early = await repo.create(newDelivery(desk.id, 'early', at(10)));
    await repo.create(newDelivery(desk.id, 'future', at(100)));
    await repo.create(newDelivery(desk.id, 'test message', null));

    expect(await repo.claimDue(at(5), at(305), 10)).toEqual([]);
    expect((await repo.claimDue(at(20), at(320), 1)).map((row) => [row.subject, row.nextAttemptAt])).toEqual([['early', at(320)]]);
    expect((await repo.claimDue(at(20), at(320), 10)).map((row) => row.id)).toEqual([late.id]);
    expect(await repo.claimDue(at(25), at(325), 10)).toEqual([]);
    // All three at once (rows created in the same millisecond have no defined order between them).
    expect((await repo.claimDue(at(320), at(620), 10)).map((row) => row.subject).sort()).toEqual(['early', 'future', 'late']);
    expect((await repo.byId(early.id))?.nextAttemptAt).toEqual(at(620));
  });

  it("lists a channel's deliveries newest first and tells each channel's last outcome", async () => {
    const repo = new DeliveryRepository(context.database.db);
    const desk = await channel('Desk');
    const phone = await channel('Phone');
    const quiet = await channel('Quiet');
    const first = await repo.create(newDelivery(desk.id, 'first'));
    await repo.recordAttempt(first.id, { status: 'delivered', at: at(1), latencyMs: 4 });
    const second = await repo.create(newDelivery(desk.id, 'second'));
    await repo.recordAttempt(second.id, { status: 'failed', at: at(2), latencyMs: 9, error: 'HTTP 502', nextAttemptAt: at(32) });
    await repo.create(newDelivery(desk.id, 'third: not attempted yet'));
    const dead = await repo.create(newDelivery(phone.id, 'dead'));
    await repo.recordAttempt(dead.id, { status: 'dead', at: at(3), latencyMs: null, error: 'Telegram answered 403: Forbidden', nextAttemptAt: null });

    expect((await repo.listForChannel(desk.id, 50)).map((row) => row.subject)).toEqual(['third: not attempted yet', 'second', 'first']);
    expect((await repo.listForChannel(desk.id, 1)).map((row) => row.subject)).toEqual(['third: not attempted yet']);
    expect(await repo.listForChannel('junk', 5)).toEqual([]);
    const outcomes = await repo.latestOutcomes([desk.id, phone.id, quiet.id]);
    expect(Object.fromEntries(outcomes)).toEqual({
      [desk.id]: { status: 'failed', at: at(2), error: 'HTTP 502' },
      [phone.id]: { status: 'dead', at: at(3), error: 'Telegram answered 403: Forbidden' },
    });
  });

  it('goes with its channel', async () => {
    const repo = new DeliveryRepository(context.database.db);
    const desk = await channel();
    const delivery = await repo.create(newDelivery(desk.id, 'x'));
    expect(await new ChannelRepository(context.database.db).deleteOwned(null, desk.id)).toBe(true);
    expect(await repo.byId(delivery.id)).toBeNull();
  });
});
