import { afterEach, describe, expect, it } from 'vitest';
import { startLocalReceiver, type LocalReceiver, type ReceivedRequest, type ReceiverAnswer } from './local-receiver.test-support.js';
import type { NotificationMessage } from './notification-message.js';
import { SlackSender, type SlackBlock, type SlackWebhookBody } from './slack-sender.js';

const MESSAGE: NotificationMessage = {
  id: 'm1',
  eventType: 'alert.triggered',
  subject: 'BUY AAPL 72%',
  text: 'Close > upper band & volume <2x>',
  fields: [
    { name: 'Confidence', value: '72%' },
    { name: 'Risk', value: 'low' },
  ],
  url: 'https://gs.example/signals/1?a=1&b=2',
  action: 'BUY',
};

/** Answers like Slack's incoming webhooks: `ok` for a valid Block Kit body, 400 `invalid_blocks` / `no_text` otherwise. */
function slack(request: ReceivedRequest): ReceiverAnswer {
  const body = JSON.parse(request.rawBody) as Partial<SlackWebhookBody>;
  if (typeof body.text !== 'string' || body.text === '') return { status: 400, body: 'no_text' };
  const blocks: readonly SlackBlock[] = body.blocks ?? [];
  const valid =
    blocks.length <= 50 &&
    blocks.every((block) => {
      if (block.type === 'header') return block.text.type === 'plain_text' && block.text.text.length <= 150;
      if (block.type === 'section') return (block.text === undefined || block.text.text.length <= 3000) && (block.fields === undefined || (block.fields.length <= 10 && block.fields.every((field) => field.text.length <= 2000)));
      return block.type === 'context' && block.elements.length <= 10;
    });
  return valid ? { status: 200, body: 'ok' } : { status: 400, body: 'invalid_blocks' };
}

describe('SlackSender', () => {
  let receiver: LocalReceiver | undefined;
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  it('posts Block Kit Slack accepts: a header, the escaped text, the fields and the link, with a text fallback', async () => {
    receiver = await startLocalReceiver(slack);
    await new SlackSender().send({ webhookUrl: `${receiver.baseUrl}/services/T0/B0/x` }, null, MESSAGE, AbortSignal.timeout(5000));
    expect(receiver.requests[0].path).toBe('/services/T0/B0/x');
    expect(JSON.parse(receiver.requests[0].rawBody)).toEqual({
      text: 'BUY AAPL 72%: Close > upper band & volume <2x>',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: '🟢 BUY AAPL 72%', emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: 'Close &gt; upper band &amp; volume &lt;2x&gt;' } },
        {
          type: 'section',
          fields: [
            { type: 'mrkdwn', text: '*Confidence*\n72%' },
            { type: 'mrkdwn', text: '*Risk*\nlow' },
          ],
        },
        { type: 'context', elements: [{ type: 'mrkdwn', text: '<https://gs.example/signals/1?a=1&amp;b=2|Open in GoldenSignals>' }] },
      ],
    });
  });

  it('splits many fields into sections of ten and cuts long texts to Slack’s limits', async () => {
    receiver = await startLocalReceiver(slack);
    const long = { ...MESSAGE, subject: 'S'.repeat(300), text: 'T'.repeat(5000), fields: Array.from({ length: 23 }, (_, index) => ({ name: `F${index}`, value: 'V'.repeat(3000) })) };
    await new SlackSender().send({ webhookUrl: receiver.baseUrl }, null, long, AbortSignal.timeout(5000));
    const body = JSON.parse(receiver.requests[0].rawBody) as SlackWebhookBody;
    expect(body.blocks.map((block) => (block.type === 'section' && block.fields !== undefined ? block.fields.length : block.type))).toEqual(['header', 'section', 10, 10, 3, 'context']);
  });

  it('reports Slack’s refusals for good (a removed webhook) and its outages for a retry', async () => {
    receiver = await startLocalReceiver(() => ({ status: 404, body: 'no_service' }));
    const send = () => new SlackSender().send({ webhookUrl: receiver?.baseUrl ?? '' }, null, MESSAGE, AbortSignal.timeout(5000));
    await expect(send()).rejects.toMatchObject({ message: 'HTTP 404: no_service', retryable: false });
    receiver.answer(() => ({ status: 503, body: 'service_unavailable' }));
    await expect(send()).rejects.toMatchObject({ message: 'HTTP 503: service_unavailable', retryable: true });
  });
});
