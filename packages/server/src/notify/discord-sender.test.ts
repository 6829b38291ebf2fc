import { afterEach, describe, expect, it } from 'vitest';
import { DiscordSender, type DiscordWebhookBody } from './discord-sender.js';
import { startLocalReceiver, type LocalReceiver, type ReceivedRequest, type ReceiverAnswer } from './local-receiver.test-support.js';
import type { NotificationMessage } from './notification-message.js';

const MESSAGE: NotificationMessage = {
  id: 'm1',
  eventType: 'alert.triggered',
  subject: 'SELL TSLA 81%',
  text: 'Consensus SELL @everyone',
  fields: [
    { name: 'Confidence', value: '81%' },
    { name: 'Stop-loss', value: '' },
  ],
  url: 'https://gs.example/signals/2',
  action: 'SELL',
};

/** Answers like Discord's execute-webhook endpoint: 204 for a valid body, 400 with Discord's error JSON otherwise. */
function discord(request: ReceivedRequest): ReceiverAnswer {
  if (request.method !== 'POST' || request.headers['content-type'] !== 'application/json') return { status: 400, body: { message: 'Cannot send an empty message', code: 50006 } };
  const body = JSON.parse(request.rawBody) as Partial<DiscordWebhookBody>;
  const embed = body.embeds?.[0];
  const valid =
    embed !== undefined &&
    body.embeds?.length === 1 &&
    embed.title.length <= 256 &&
    embed.description.length <= 4096 &&
    embed.fields.length <= 25 &&
    embed.fields.every((field) => field.name.length >= 1 && field.name.length <= 256 && field.value.length >= 1 && field.value.length <= 1024) &&
    Number.isInteger(embed.color) &&
    embed.color >= 0 &&
    embed.color <= 0xffffff;
  return valid ? { status: 204 } : { status: 400, body: { message: 'Invalid Form Body', code: 50035 } };
}

describe('DiscordSender', () => {
  let receiver: LocalReceiver | undefined;
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  it('posts one embed Discord accepts: title, text, fields, link, red for SELL, and no mentions', async () => {
    receiver = await startLocalReceiver(discord);
    await new DiscordSender().send({ webhookUrl: `${receiver.baseUrl}/api/webhooks/1/token` }, null, MESSAGE, AbortSignal.timeout(5000));
    expect(receiver.requests[0].path).toBe('/api/webhooks/1/token');
    expect(JSON.parse(receiver.requests[0].rawBody)).toEqual({
      username: 'GoldenSignals',
      allowed_mentions: { parse: [] },
      embeds: [
        {
          title: 'SELL TSLA 81%',
          description: 'Consensus SELL @everyone',
          color: 0xc62828,
          fields: [
            { name: 'Confidence', value: '81%', inline: true },
            { name: 'Stop-loss', value: '—', inline: true },
          ],
          url: 'https://gs.example/signals/2',
          footer: { text: 'GoldenSignals' },
        },
      ],
    });
  });

  it('colours BUY green and other messages grey, and keeps long messages within Discord’s limits', async () => {
    receiver = await startLocalReceiver(discord);
    const sender = new DiscordSender();
    const webhookUrl = `${receiver.baseUrl}/api/webhooks/1/token`;
    await sender.send({ webhookUrl }, null, { ...MESSAGE, action: 'BUY' }, AbortSignal.timeout(5000));
    const long = { ...MESSAGE, action: undefined, subject: 'S'.repeat(400), text: 'T'.repeat(9000), fields: Array.from({ length: 40 }, (_, index) => ({ name: `F${index}`, value: 'V'.repeat(2000) })) };
    await sender.send({ webhookUrl }, null, long, AbortSignal.timeout(5000));
    const colors = receiver.requests.map((request) => (JSON.parse(request.rawBody) as DiscordWebhookBody).embeds[0].color);
    expect(colors).toEqual([0x2e7d32, 0x9e9e9e]);
    const embed = (JSON.parse(receiver.requests[1].rawBody) as DiscordWebhookBody).embeds[0];
    const total = embed.title.length + embed.description.length + embed.fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
    expect(embed.title).toHaveLength(256);
  });

  it('reports Discord’s refusals: an unknown webhook for good, rate limits for a retry', async () => {
    receiver = await startLocalReceiver(() => ({ status: 404, body: { message: 'Unknown Webhook', code: 10015 } }));
    const send = () => new DiscordSender().send({ webhookUrl: receiver?.baseUrl ?? '' }, null, MESSAGE, AbortSignal.timeout(5000));
    await expect(send()).rejects.toMatchObject({ retryable: false, message: 'HTTP 404: {"message":"Unknown Webhook","code":10015}' });
    receiver.answer(() => ({ status: 429, body: { message: 'You are being rate limited.', retry_after: 0.5, global: false } }));
    await expect(send()).rejects.toMatchObject({ retryable: true, message: 'HTTP 429: {"message":"You are being rate limited.","retry_after":0.5,"global":false}' });
  });
});
