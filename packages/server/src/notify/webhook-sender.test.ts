import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryError } from './delivery-error.js';
import { closedPortUrl, startLocalReceiver, type LocalReceiver } from './local-receiver.test-support.js';
import type { NotificationMessage } from './notification-message.js';
import { verifyWebhookSignature } from './webhook-signature.js';
import { WebhookSender } from './webhook-sender.js';

const SECRET = 'whsec_receiver-test';
const MESSAGE: NotificationMessage = {
  id: '5b0f3c1e-8a51-4f43-9f3e-2f1f7c1f0a01',
  eventType: 'alert.triggered',
  subject: 'BUY AAPL 72%',
  text: 'The consensus turned BUY.',
  fields: [{ name: 'Confidence', value: '72%' }],
  url: 'https://gs.example/signals/1',
  action: 'BUY',
};

async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
  const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof DeliveryError)) throw new Error(`expected a DeliveryError, got ${String(error)}`);
  return error;
}

describe('WebhookSender', () => {
  let receiver: LocalReceiver | undefined;
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  it('POSTs the message as JSON that the receiver can verify with the channel secret', async () => {
    receiver = await startLocalReceiver((request) => {
      const check = verifyWebhookSignature(request.rawBody, request.headers['x-goldensignals-signature'] as string | undefined, SECRET);
      return check.valid ? { status: 204 } : { status: 401, body: check.reason };
    });
    await new WebhookSender().send({ url: `${receiver.baseUrl}/hooks/gs` }, SECRET, MESSAGE, AbortSignal.timeout(5000));
    const [request] = receiver.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/hooks/gs' });
    expect(request.headers).toMatchObject({ 'content-type': 'application/json', 'x-goldensignals-event': 'alert.triggered', 'x-goldensignals-message-id': MESSAGE.id });
    expect(JSON.parse(request.rawBody)).toEqual({
      id: MESSAGE.id,
      type: 'alert.triggered',
      subject: 'BUY AAPL 72%',
      text: 'The consensus turned BUY.',
      fields: [{ name: 'Confidence', value: '72%' }],
      url: 'https://gs.example/signals/1',
      action: 'BUY',
    });
    const timestamp = Number(/t=(\d+)/.exec(String(request.headers['x-goldensignals-signature']))?.[1]);
    expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(5);
  });

  it('fails retryably on 5xx, 429 and unreachable receivers, and for good on other 4xx and redirects', async () => {
    const answers = [
      { status: 500, body: 'database down' },
      { status: 429, body: { error: 'slow down' } },
      { status: 410, body: 'gone' },
      { status: 301, headers: { location: 'https://elsewhere.example/hook' } },
    ];
    let answered = 0;
    receiver = await startLocalReceiver(() => answers[answered++]);
    const send = () => new WebhookSender().send({ url: receiver?.baseUrl ?? '' }, SECRET, MESSAGE, AbortSignal.timeout(5000));
    const results = [await failure(send()), await failure(send()), await failure(send()), await failure(send())];
    expect(results.map((error) => [error.message, error.retryable])).toEqual([
      ['HTTP 500: database down', true],
      ['HTTP 429: {"error":"slow down"}', true],
      ['HTTP 410: gone', false],
      ['HTTP 301: redirected to https://elsewhere.example/hook; use the final URL', false],
    ]);
    const refused = await failure(new WebhookSender().send({ url: await closedPortUrl() }, SECRET, MESSAGE, AbortSignal.timeout(5000)));
    expect(refused.retryable).toBe(true);
    expect(refused.message).toMatch(/^could not reach 127\.0\.0\.1:\d+: ECONNREFUSED/);
  });

  it('refuses to send unsigned', async () => {
    const error = await failure(new WebhookSender().send({ url: 'http://127.0.0.1:9/x' }, null, MESSAGE, AbortSignal.timeout(5000)));
    expect([error.message, error.retryable]).toEqual(['the webhook has no signing secret; create the channel again', false]);
  });
});
