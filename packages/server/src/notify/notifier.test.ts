import { afterEach, expect, it } from 'vitest';
import { ForegroundWork } from '../support/foreground-work.js';
import { ChannelRepository, type NotificationChannel } from '../storage/repositories/channel-repository.js';
import { DeliveryRepository } from '../storage/repositories/delivery-repository.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import { closedPortUrl, startLocalReceiver, type LocalReceiver, type ReceivedRequest, type ReceiverAnswer } from './local-receiver.test-support.js';
import type { NotificationMessage } from './notification-message.js';
import { Notifier, type NotifierOptions } from './notifier.js';
import { verifyWebhookSignature } from './webhook-signature.js';

const T0 = new Date('2026-03-02T10:00:00.000Z').getTime();
const SECRET = 'whsec_notifier-test';
const MESSAGE: NotificationMessage = {
  id: '0d4c7c2e-4a8e-4c8e-9d47-0f5f0b1f2a3b',
  eventType: 'alert.triggered',
  subject: 'BUY AAPL 72%',
  text: 'The consensus turned BUY.',
  fields: [{ name: 'Confidence', value: '72%' }],
  action: 'BUY',
};

/** A webhook receiver that checks the signature (401 when it does not verify) and then answers as told. */
function verifying(then: (request: ReceivedRequest) => ReceiverAnswer): (request: ReceivedRequest) => ReceiverAnswer {
  return (request) => {
    const check = verifyWebhookSignature(request.rawBody, request.headers['x-goldensignals-signature'] as string | undefined, SECRET);
    return check.valid ? then(request) : { status: 401, body: check.reason };
  };
}

describeStorage('Notifier', (context) => {
  let clock = T0;
  const receivers: LocalReceiver[] = [];
  const notifiers: Notifier[] = [];
  afterEach(async () => {
    await Promise.all(notifiers.splice(0).map((notifier) => notifier.stop()));
    await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
    clock = T0;
  });

  async function receiver(handler: (request: ReceivedRequest) => ReceiverAnswer): Promise<LocalReceiver> {
    const started = await startLocalReceiver(handler);
    receivers.push(started);
    return started;
  }

  function notifier(options: Partial<NotifierOptions> = {}): Notifier {
    const created = new Notifier({ database: context.database, now: () => clock, ...options });
    notifiers.push(created);
    return created;
  }

  async function webhook(url: string, enabled = true): Promise<NotificationChannel> {
    return new ChannelRepository(context.database.db).create({ userId: null, kind: 'webhook', name: 'Desk', config: { url }, secret: SECRET, enabled });
  }

  it('delivers a message and records the delivery with the message, its latency and time', async () => {
    const desk = await receiver(verifying(() => ({ status: 204 })));
    const channel = await webhook(`${desk.baseUrl}/in`);
    const delivery = await notifier().deliver(channel, MESSAGE);
    expect(delivery).toMatchObject({ channelId: channel.id, kind: 'webhook', eventType: 'alert.triggered', subject: 'BUY AAPL 72%', status: 'delivered', attempts: 1, error: null, nextAttemptAt: null, deliveredAt: new Date(T0) });
    expect(delivery?.latencyMs).toBeGreaterThanOrEqual(0);
    expect(delivery?.payload).toEqual(MESSAGE);
    expect(desk.requests.map((request) => (JSON.parse(request.rawBody) as { id: string }).id)).toEqual([MESSAGE.id]);
  });

  it('retries a delivery the receiver answered 500 after the backoff, and delivers the same message: nothing lost', async () => {
    let calls = 0;
    const desk = await receiver(verifying(() => (++calls === 1 ? { status: 500, body: 'database down' } : { status: 200, body: { ok: true } })));
    const channel = await webhook(desk.baseUrl);
    const notify = notifier();
    const failed = await notify.deliver(channel, MESSAGE);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, error: 'HTTP 500: database down', nextAttemptAt: new Date(T0 + 30_000), deliveredAt: null });

    clock = T0 + 29_000;
    expect(await notify.retryDue()).toEqual({ claimed: 0, delivered: 0, failed: 0, dead: 0 });
    clock = T0 + 30_000;
    expect(await notify.retryDue()).toEqual({ claimed: 1, delivered: 1, failed: 0, dead: 0 });
    expect(await new DeliveryRepository(context.database.db).byId(failed?.id ?? '')).toMatchObject({ status: 'delivered', attempts: 2, error: null, nextAttemptAt: null, deliveredAt: new Date(T0 + 30_000) });
    // Both requests were signed; the receiver can drop the duplicate by the message id.
    expect(desk.requests.map((request) => (JSON.parse(request.rawBody) as { id: string }).id)).toEqual([MESSAGE.id, MESSAGE.id]);
    expect(await notify.retryDue()).toEqual({ claimed: 0, delivered: 0, failed: 0, dead: 0 });
  });

  it('backs off exponentially and gives up after the last retry (a dead letter); at once when only a config change helps', async () => {
    const down = await receiver(() => ({ status: 503, body: 'down' }));
    const gone = await receiver(() => ({ status: 404, body: 'no such hook' }));
    const notify = notifier({ retryDelaysMs: [1000, 5000] });
    const retried = await notify.deliver(await webhook(down.baseUrl), MESSAGE);
    const refused = await notify.deliver(await webhook(gone.baseUrl), MESSAGE);
    expect(refused).toMatchObject({ status: 'dead', attempts: 1, error: 'HTTP 404: no such hook', nextAttemptAt: null });
    expect(retried).toMatchObject({ status: 'failed', nextAttemptAt: new Date(T0 + 1000) });

    clock = T0 + 1000;
    expect(await notify.retryDue()).toEqual({ claimed: 1, delivered: 0, failed: 1, dead: 0 });
    expect(await new DeliveryRepository(context.database.db).byId(retried?.id ?? '')).toMatchObject({ status: 'failed', attempts: 2, nextAttemptAt: new Date(T0 + 6000) });
    clock = T0 + 6000;
    expect(await notify.retryDue()).toEqual({ claimed: 1, delivered: 0, failed: 0, dead: 1 });
    expect(await new DeliveryRepository(context.database.db).byId(retried?.id ?? '')).toMatchObject({
      status: 'dead',
      attempts: 3,
      nextAttemptAt: null,
      error: 'HTTP 503: down (gave up after 3 attempts)',
      lastAttemptAt: new Date(T0 + 6000),
    });
    clock = T0 + 86_400_000;
    expect(await notify.retryDue()).toEqual({ claimed: 0, delivered: 0, failed: 0, dead: 0 });
    expect([down.requests.length, gone.requests.length]).toEqual([3, 1]);
  });

  it('keeps a hanging channel from delaying the others', async () => {
    const hanging = await receiver(() => 'hang');
    const healthy = await receiver(() => ({ status: 204 }));
    // The timeout is far away: the healthy channel must get through while the other one still hangs.
    const notify = notifier({ timeoutMs: 60_000, maxConcurrent: 4, maxConcurrentPerChannel: 1 });
    const slow = await webhook(hanging.baseUrl);
    const finished: string[] = [];
    const stuck = [1, 2, 3].map((n) => notify.deliver(slow, { ...MESSAGE, id: `slow-${n}` }).then((row) => (finished.push(`slow-${n}`), row)));
    const quick = await notify.deliver(await webhook(healthy.baseUrl), MESSAGE);
    finished.push('quick');
    expect(quick?.status).toBe('delivered');
    expect(finished).toEqual(['quick']);
    // One request at a time reaches the hanging channel; the others wait for its slot.
    expect(hanging.requests).toHaveLength(1);
    await hanging.close();
    const failed = await Promise.all(stuck);
    expect(failed.map((row) => [row?.status, row?.attempts])).toEqual([
      ['failed', 1],
      ['failed', 1],
      ['failed', 1],
    ]);
  });

  it('gives up waiting for a channel after the timeout, and retries it later', async () => {
    const hanging = await receiver(() => 'hang');
    const delivery = await notifier({ timeoutMs: 300 }).deliver(await webhook(hanging.baseUrl), MESSAGE);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, error: 'no answer within 0.3 s', nextAttemptAt: new Date(T0 + 30_000) });
    expect(delivery?.latencyMs).toBeGreaterThanOrEqual(290);
  });

  it('sends a test message once, without retries, even to a disabled channel', async () => {
    let answer: ReceiverAnswer = { status: 500, body: 'boom' };
    const desk = await receiver(verifying(() => answer));
    const channel = await webhook(desk.baseUrl, false);
    const notify = notifier();
    const failed = await notify.sendTest(channel);
    expect(failed).toMatchObject({ eventType: 'test', subject: 'Test message', status: 'failed', attempts: 1, error: 'HTTP 500: boom', nextAttemptAt: null });
    clock = T0 + 86_400_000;
    expect((await notify.retryDue()).claimed).toBe(0);
    answer = { status: 204 };
    expect(await notify.sendTest(channel)).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(desk.requests.map((request) => request.headers['x-goldensignals-event'])).toEqual(['test', 'test']);
  });

  it('sends nothing to a disabled channel, and gives up a retry whose channel was disabled meanwhile', async () => {
    const desk = await receiver(() => ({ status: 502, body: 'bad gateway' }));
    const notify = notifier();
    expect(await notify.deliver(await webhook(desk.baseUrl, false), MESSAGE)).toBeNull();
    const channel = await webhook(desk.baseUrl);
    const failed = await notify.deliver(channel, MESSAGE);
    await new ChannelRepository(context.database.db).updateOwned(null, channel.id, { enabled: false });
    clock = T0 + 30_000;
    expect(await notify.retryDue()).toEqual({ claimed: 1, delivered: 0, failed: 0, dead: 1 });
    expect(await new DeliveryRepository(context.database.db).byId(failed?.id ?? '')).toMatchObject({ status: 'dead', attempts: 1, error: 'not sent: the channel is disabled' });
    expect(desk.requests).toHaveLength(1);
  });

  it("retries with the channel's current config, and picks up a delivery a stopped server left mid-send once its lease ends", async () => {
    const desk = await receiver(verifying(() => ({ status: 204 })));
    const channel = await webhook(`${await closedPortUrl()}/closed`);
    const notify = notifier({ leaseMs: 60_000 });
    const failed = await notify.deliver(channel, MESSAGE);
    expect(failed?.error).toMatch(/^could not reach 127\.0\.0\.1:\d+: ECONNREFUSED/);
    await new ChannelRepository(context.database.db).updateOwned(null, channel.id, { config: { url: desk.baseUrl } });
    const orphan = await new DeliveryRepository(context.database.db).create({
      channelId: channel.id,
      kind: 'webhook',
      eventType: 'alert.triggered',
      subject: 'SELL TSLA 60%',
      payload: { ...MESSAGE, id: 'orphan', subject: 'SELL TSLA 60%' },
      leaseUntil: new Date(T0 + 60_000),
    });
    clock = T0 + 30_000;
    expect(await notify.retryDue()).toEqual({ claimed: 1, delivered: 1, failed: 0, dead: 0 });
    clock = T0 + 60_000;
    expect(await notify.retryDue()).toEqual({ claimed: 1, delivered: 1, failed: 0, dead: 0 });
    expect(await new DeliveryRepository(context.database.db).byId(orphan.id)).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(desk.requests.map((request) => (JSON.parse(request.rawBody) as { id: string }).id)).toEqual([MESSAGE.id, 'orphan']);
  });

  it('records one message to many channels at once, attempts the first ones and queues the rest with their alert trigger', async () => {
    const desk = await receiver(verifying(() => ({ status: 204 })));
    const notify = notifier();
    const first = await webhook(desk.baseUrl);
    const second = await webhook(desk.baseUrl);
    const disabled = await webhook(desk.baseUrl, false);
    const attempts = await notify.deliverMany([first, disabled, second], MESSAGE, null, 1);
    expect((await Promise.all(attempts)).map((row) => [row?.channelId, row?.status])).toEqual([[first.id, 'delivered']]);
    expect(desk.requests).toHaveLength(1);
    const queued = await new DeliveryRepository(context.database.db).listForChannel(second.id, 10);
    expect(queued).toMatchObject([{ status: 'pending', attempts: 0, nextAttemptAt: new Date(T0), alertTriggerId: null }]);
    expect(await new DeliveryRepository(context.database.db).listForChannel(disabled.id, 10)).toEqual([]);
    expect(await notify.retryDue()).toEqual({ claimed: 1, delivered: 1, failed: 0, dead: 0 });
    expect(desk.requests).toHaveLength(2);
  });

  it('retries a dead delivery by hand once (dead again if it fails), and refuses a delivered one or a disabled channel', async () => {
    let answer = 500;
    const desk = await receiver(verifying(() => ({ status: answer })));
    const channel = await webhook(desk.baseUrl);
    const notify = notifier({ retryDelaysMs: [] });
    const dead = await notify.deliver(channel, MESSAGE);
    expect(dead).toMatchObject({ status: 'dead', attempts: 1 });
    const deliveries = new DeliveryRepository(context.database.db);
    const stored = await deliveries.byId(dead?.id ?? '');
    if (stored === null) throw new Error('the delivery is stored');

    expect(await notify.retryNow(stored, channel)).toMatchObject({ retried: true, delivery: { status: 'dead', attempts: 2, error: 'HTTP 500 (gave up after 2 attempts)' } });
    const disabled = await new ChannelRepository(context.database.db).updateOwned(null, channel.id, { enabled: false });
    if (disabled === null) throw new Error('the channel exists');
    expect(await notify.retryNow(stored, disabled)).toEqual({ retried: false, reason: 'the channel is disabled; enable it first' });
    answer = 204;
    expect(await notify.retryNow(stored, channel)).toMatchObject({ retried: true, delivery: { status: 'delivered', attempts: 3, error: null } });
    const delivered = await deliveries.byId(stored.id);
    if (delivered === null) throw new Error('the delivery is stored');
    expect(await notify.retryNow(delivered, channel)).toEqual({ retried: false, reason: 'only failed or dead deliveries can be retried; this one is delivered' });
    expect(desk.requests).toHaveLength(3);
  });

  it('drains a queued burst larger than a batch at once, and a hanging channel holds back only its own deliveries', async () => {
    const hanging = await receiver(() => 'hang');
    const healthy = await receiver(() => ({ status: 204 }));
    // The timer is far away: the drain must keep claiming as attempts end, not wait for it.
    const notify = notifier({ retryIntervalMs: 600_000, retryBatchSize: 5, timeoutMs: 60_000, maxConcurrent: 4, maxConcurrentPerChannel: 1 });
    const stuck = await webhook(hanging.baseUrl);
    const desk = await webhook(healthy.baseUrl);
    // The hanging channel's deliveries are the oldest: a drain first in, first out would be stuck behind them.
    for (let n = 0; n < 10; n++) await notify.deliverMany([stuck], { ...MESSAGE, id: `stuck-${n}` }, null, 0);
    for (let n = 0; n < 30; n++) await notify.deliverMany([desk], { ...MESSAGE, id: `desk-${n}` }, null, 0);
    notify.start();
    const deadline = Date.now() + 10_000;
    while (healthy.requests.length < 30 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    const ids = healthy.requests.map((request) => (JSON.parse(request.rawBody) as { id: string }).id);
    expect(new Set(ids).size).toBe(30);
    expect(hanging.requests).toHaveLength(1);
    await hanging.close();
  });

  it('sends nothing while signal generation runs on its thread, and sends once it has paused', async () => {
    const desk = await receiver(verifying(() => ({ status: 204 })));
    const foreground = new ForegroundWork({ settleMs: 5 });
    let endGeneration = (): void => undefined;
    const generation = foreground.run(() => new Promise<void>((resolve) => (endGeneration = resolve)));
    const delivery = notifier({ foreground }).deliver(await webhook(desk.baseUrl), MESSAGE);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(desk.requests).toHaveLength(0);
    endGeneration();
    await generation;
    expect(await delivery).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(desk.requests).toHaveLength(1);
  });

  it('runs retry passes on its timer until stopped', async () => {
    let calls = 0;
    const desk = await receiver(() => (++calls === 1 ? { status: 500 } : { status: 204 }));
    const notify = notifier({ retryIntervalMs: 20 });
    const failed = await notify.deliver(await webhook(desk.baseUrl), MESSAGE);
    clock = T0 + 30_000;
    notify.start();
    const deadline = Date.now() + 5000;
    while (desk.requests.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    await notify.stop();
    expect(await new DeliveryRepository(context.database.db).byId(failed?.id ?? '')).toMatchObject({ status: 'delivered', attempts: 2 });
  });
});
