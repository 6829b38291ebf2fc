import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { ChannelRepository, type NotificationChannel } from './channel-repository.js';
import { UserRepository } from './user-repository.js';
import { DeliveryRepository, type DeliveryAttemptOutcome, type NewNotificationDelivery, type NotificationDelivery } from './delivery-repository.js';

const T0 = new Date('2026-03-02T10:00:00.000Z');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);

/** The end of one attempt, recorded as the notifier records them (in a batch, here of one). */
async function recordAttempt(repo: DeliveryRepository, delivery: NotificationDelivery, outcome: DeliveryAttemptOutcome): Promise<NotificationDelivery | null> {
  const [row] = await repo.recordAttempts([{ delivery, outcome }]);
  return row;
}

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

    const failed = await recordAttempt(repo, created, { status: 'failed', at: at(1), latencyMs: 12, error: 'HTTP 500', nextAttemptAt: at(31) });
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, nextAttemptAt: at(31), lastAttemptAt: at(1), error: 'HTTP 500', latencyMs: 12 });
    const delivered = await recordAttempt(repo, created, { status: 'delivered', at: at(32), latencyMs: 8 });
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 2, nextAttemptAt: null, lastAttemptAt: at(32), error: null, latencyMs: 8, deliveredAt: at(32) });

    const other = await repo.create(newDelivery(desk.id, 'SELL TSLA 60%'));
    expect(await recordAttempt(repo, other, { status: 'dead', at: at(2), latencyMs: 5, error: 'HTTP 410', nextAttemptAt: at(99) })).toMatchObject({ status: 'dead', attempts: 1, nextAttemptAt: null });
    const third = await repo.create(newDelivery(desk.id, 'HOLD MSFT'));
    expect(await repo.giveUp(third.id, 'not sent: the channel is disabled')).toMatchObject({ status: 'dead', attempts: 0, nextAttemptAt: null, error: 'not sent: the channel is disabled' });
    expect(await recordAttempt(repo, { ...created, id: '00000000-0000-4000-8000-000000000000' }, { status: 'delivered', at: at(1), latencyMs: 1 })).toBeNull();
  });

  it('records many attempts in one statement, each as one attempt would be, in the order given; a gone delivery is null', async () => {
    const repo = new DeliveryRepository(context.database.db);
    const [desk, chat, mail] = [await channel('Desk'), await channel('Chat'), await channel('Mail')];
    const [first, second, third] = await repo.createMany([newDelivery(desk.id, 'one'), newDelivery(chat.id, 'two'), newDelivery(mail.id, 'three')]);
    const retried = await recordAttempt(repo, third, { status: 'failed', at: at(1), latencyMs: 3, error: 'HTTP 502', nextAttemptAt: at(31) });
    if (retried === null) throw new Error('the third delivery must exist');
    const gone = { ...first, id: '00000000-0000-4000-8000-000000000000' };

    const rows = await repo.recordAttempts([
      { delivery: second, outcome: { status: 'failed', at: at(40), latencyMs: 12, error: 'HTTP 500', nextAttemptAt: at(70) } },
      { delivery: gone, outcome: { status: 'delivered', at: at(40), latencyMs: 1 } },
      { delivery: first, outcome: { status: 'delivered', at: at(40), latencyMs: 8 } },
      { delivery: retried, outcome: { status: 'dead', at: at(41), latencyMs: null, error: 'HTTP 410 (gave up after 2 attempts)', nextAttemptAt: at(99) } },
    ]);
    expect(rows.map((row) => row?.payload ?? null)).toEqual([{ id: 'two', subject: 'two' }, null, { id: 'one', subject: 'one' }, { id: 'three', subject: 'three' }]);
    // What was returned is what is stored.
    for (const row of rows) if (row !== null) expect(await repo.byId(row.id)).toEqual(row);
    expect(rows[0]).toMatchObject({ status: 'failed', attempts: 1, lastAttemptAt: at(40), latencyMs: 12, error: 'HTTP 500', nextAttemptAt: at(70), deliveredAt: null });
    expect(rows[2]).toMatchObject({ status: 'delivered', attempts: 1, lastAttemptAt: at(40), latencyMs: 8, error: null, nextAttemptAt: null, deliveredAt: at(40) });
    expect(rows[3]).toMatchObject({ status: 'dead', attempts: 2, lastAttemptAt: at(41), latencyMs: null, error: 'HTTP 410 (gave up after 2 attempts)', nextAttemptAt: null, deliveredAt: null });
    expect(await repo.recordAttempts([])).toEqual([]);
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

  it('records one message to many channels in one statement, in the order given', async () => {
    const repo = new DeliveryRepository(context.database.db);
    const channels = [await channel('A'), await channel('B'), await channel('C')];
    const rows = await repo.createMany(channels.map((each) => newDelivery(each.id, 'BUY AAPL 72%', at(0))));
    expect(rows.map((row) => [row.channelId, row.status, row.nextAttemptAt])).toEqual(channels.map((each) => [each.id, 'pending', at(0)]));
    expect(await repo.createMany([])).toEqual([]);
  });

  it('leaves the deliveries of busy channels queued when asked to skip them', async () => {
    const repo = new DeliveryRepository(context.database.db);
    const slow = await channel('Slow');
    const fast = await channel('Fast');
    await repo.create(newDelivery(slow.id, 'to slow', at(10)));
    await repo.create(newDelivery(fast.id, 'to fast', at(10)));

    expect((await repo.claimDue(at(20), at(320), 10, { skipChannelIds: [slow.id] })).map((row) => row.subject)).toEqual(['to fast']);
    expect((await repo.claimDue(at(20), at(320), 10, { skipChannelIds: [] })).map((row) => row.subject)).toEqual(['to slow']);
  });

  it('takes at most perChannel deliveries of one channel, oldest due first over all channels', async () => {
    const repo = new DeliveryRepository(context.database.db);
    const backlogged = await channel('Backlogged');
    const other = await channel('Other');
    for (let n = 0; n < 5; n++) await repo.create(newDelivery(backlogged.id, `backlog ${n}`, at(n)));
    await repo.create(newDelivery(other.id, 'other', at(10)));

    const subjects = async (perChannel: number): Promise<string[]> => (await repo.claimDue(at(20), at(320), 10, { perChannel })).map((row) => row.subject).sort();
    expect(await subjects(2)).toEqual(['backlog 0', 'backlog 1', 'other']);
    expect(await subjects(2)).toEqual(['backlog 2', 'backlog 3']);
    expect(await subjects(2)).toEqual(['backlog 4']);
    expect(await subjects(2)).toEqual([]);
  });

  it("lists a channel's deliveries newest first and tells each channel's last outcome", async () => {
    const repo = new DeliveryRepository(context.database.db);
    const desk = await channel('Desk');
    const phone = await channel('Phone');
    const quiet = await channel('Quiet');
    const first = await repo.create(newDelivery(desk.id, 'first'));
    await recordAttempt(repo, first, { status: 'delivered', at: at(1), latencyMs: 4 });
    const second = await repo.create(newDelivery(desk.id, 'second'));
    await recordAttempt(repo, second, { status: 'failed', at: at(2), latencyMs: 9, error: 'HTTP 502', nextAttemptAt: at(32) });
    await repo.create(newDelivery(desk.id, 'third: not attempted yet'));
    const dead = await repo.create(newDelivery(phone.id, 'dead'));
    await recordAttempt(repo, dead, { status: 'dead', at: at(3), latencyMs: null, error: 'Telegram answered 403: Forbidden', nextAttemptAt: null });

    expect((await repo.listForChannel(desk.id, 50)).map((row) => row.subject)).toEqual(['third: not attempted yet', 'second', 'first']);
    expect((await repo.listForChannel(desk.id, 1)).map((row) => row.subject)).toEqual(['third: not attempted yet']);
    expect(await repo.listForChannel('junk', 5)).toEqual([]);
    const outcomes = await repo.latestOutcomes([desk.id, phone.id, quiet.id]);
    expect(Object.fromEntries(outcomes)).toEqual({
      [desk.id]: { status: 'failed', at: at(2), error: 'HTTP 502' },
      [phone.id]: { status: 'dead', at: at(3), error: 'Telegram answered 403: Forbidden' },
    });
  });

  it("lists the deliveries of an owner's channels only, by status (dead: the dead-letter list), and finds one only for its owner", async () => {
    const repo = new DeliveryRepository(context.database.db);
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const owners = await channel('Owner desk');
    const adas = await new ChannelRepository(context.database.db).create({ userId: ada.id, kind: 'slack', name: 'Ada Slack', config: { webhookUrl: 'https://hooks.slack.com/x' } });
    const ownersDead = await repo.create(newDelivery(owners.id, 'owner dead'));
    await recordAttempt(repo, ownersDead, { status: 'dead', at: at(1), latencyMs: 3, error: 'HTTP 410', nextAttemptAt: null });
    const ownersFine = await repo.create(newDelivery(owners.id, 'owner fine'));
    await recordAttempt(repo, ownersFine, { status: 'delivered', at: at(2), latencyMs: 3 });
    const adasDead = await repo.create({ ...newDelivery(adas.id, 'ada dead'), kind: 'slack' });
    await recordAttempt(repo, adasDead, { status: 'dead', at: at(3), latencyMs: 3, error: 'HTTP 404', nextAttemptAt: null });

    expect((await repo.listForOwner(null, 'dead', 100)).map((row) => [row.subject, row.channelName])).toEqual([['owner dead', 'Owner desk']]);
    expect((await repo.listForOwner(null, undefined, 100)).map((row) => row.subject)).toEqual(['owner fine', 'owner dead']);
    expect((await repo.listForOwner(ada.id, 'dead', 100)).map((row) => [row.subject, row.channelName, row.error])).toEqual([['ada dead', 'Ada Slack', 'HTTP 404']]);
    expect(await repo.listForOwner('not-a-uuid', 'dead', 100)).toEqual([]);
    expect((await repo.ownedBy(ada.id, adasDead.id))?.channelName).toBe('Ada Slack');
    expect(await repo.ownedBy(ada.id, ownersDead.id)).toBeNull();
    expect(await repo.ownedBy(null, adasDead.id)).toBeNull();
  });

  it('takes a failed or dead delivery for a retry by hand, leasing it, and refuses a delivered or pending one', async () => {
    const repo = new DeliveryRepository(context.database.db);
    const desk = await channel();
    const dead = await repo.create(newDelivery(desk.id, 'dead'));
    await recordAttempt(repo, dead, { status: 'dead', at: at(1), latencyMs: 3, error: 'HTTP 500 (gave up after 6 attempts)', nextAttemptAt: null });
    const failed = await repo.create(newDelivery(desk.id, 'failed'));
    await recordAttempt(repo, failed, { status: 'failed', at: at(1), latencyMs: 3, error: 'HTTP 500', nextAttemptAt: at(31) });
    const delivered = await repo.create(newDelivery(desk.id, 'delivered'));
    await recordAttempt(repo, delivered, { status: 'delivered', at: at(1), latencyMs: 3 });
    const pending = await repo.create(newDelivery(desk.id, 'pending', at(1_000)));

    expect(await repo.claimForRetry(dead.id, at(600))).toMatchObject({ id: dead.id, status: 'dead', attempts: 1, nextAttemptAt: at(600) });
    expect(await repo.claimForRetry(failed.id, at(600))).toMatchObject({ id: failed.id, status: 'failed', nextAttemptAt: at(600) });
    expect(await repo.claimForRetry(delivered.id, at(600))).toBeNull();
    expect(await repo.claimForRetry(pending.id, at(600))).toBeNull();
    // Leased, the retry pass leaves them alone until the lease ends.
    expect(await repo.claimDue(at(599), at(900), 10)).toEqual([]);
  });

  it('goes with its channel', async () => {
    const repo = new DeliveryRepository(context.database.db);
    const desk = await channel();
    const delivery = await repo.create(newDelivery(desk.id, 'x'));
    expect(await new ChannelRepository(context.database.db).deleteOwned(null, desk.id)).toBe(true);
    expect(await repo.byId(delivery.id)).toBeNull();
  });
});
