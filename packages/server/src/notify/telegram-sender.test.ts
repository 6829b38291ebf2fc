import { afterEach, describe, expect, it } from 'vitest';
import { closedPortUrl, startLocalReceiver, type LocalReceiver, type ReceivedRequest, type ReceiverAnswer } from './local-receiver.test-support.js';
import type { NotificationMessage } from './notification-message.js';
import { TelegramSender } from './telegram-sender.js';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const MESSAGE: NotificationMessage = {
  id: 'm1',
  eventType: 'alert.triggered',
  subject: 'SELL <BTC-USD> 64%',
  text: 'RSI > 70 & falling',
  fields: [{ name: 'Stop & target', value: '<none>' }],
  url: 'https://gs.example/signals/3?x=1&y=2',
  action: 'SELL',
};

/** Answers like the Telegram Bot API's sendMessage: `{ ok, result }`, or `{ ok: false, error_code, description }`. */
function telegram(request: ReceivedRequest): ReceiverAnswer {
  if (request.method !== 'POST' || request.path !== `/bot${TOKEN}/sendMessage`) return { status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } };
  const payload = JSON.parse(request.rawBody) as { chat_id?: string | number; text?: string; parse_mode?: string };
  if (payload.chat_id === '@missing') return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' } };
  if (typeof payload.text !== 'string' || payload.text.length > 4096 || payload.parse_mode !== 'HTML') return { status: 400, body: { ok: false, error_code: 400, description: "Bad Request: can't parse entities" } };
  return { status: 200, body: { ok: true, result: { message_id: 7, date: 1_760_000_000, chat: { id: Number(payload.chat_id), type: 'private' }, text: payload.text } } };
}

describe('TelegramSender', () => {
  let receiver: LocalReceiver | undefined;
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  it('calls sendMessage of the bot with escaped HTML', async () => {
    receiver = await startLocalReceiver(telegram);
    await new TelegramSender({ apiRoot: receiver.baseUrl }).send({ botToken: TOKEN, chatId: '-1001234567890' }, null, MESSAGE, AbortSignal.timeout(5000));
    expect(receiver.requests).toHaveLength(1);
    expect(JSON.parse(receiver.requests[0].rawBody)).toEqual({
      chat_id: '-1001234567890',
      text: [
        '<b>🔴 SELL &lt;BTC-USD&gt; 64%</b>',
        'RSI &gt; 70 &amp; falling',
        '',
        '<b>Stop &amp; target:</b> &lt;none&gt;',
        '',
        '<a href="https://gs.example/signals/3?x=1&amp;y=2">Open in GoldenSignals</a>',
      ].join('\n'),
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    });
  });

  it('reports Telegram’s refusals for good, its rate limits and outages for a retry, never with the token', async () => {
    receiver = await startLocalReceiver(telegram);
    const sender = new TelegramSender({ apiRoot: receiver.baseUrl });
    await expect(sender.send({ botToken: TOKEN, chatId: '@missing' }, null, MESSAGE, AbortSignal.timeout(5000))).rejects.toMatchObject({
      message: 'Telegram answered 400: Bad Request: chat not found',
      retryable: false,
    });
    receiver.answer(() => ({ status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 3', parameters: { retry_after: 3 } } }));
    await expect(sender.send({ botToken: TOKEN, chatId: '42' }, null, MESSAGE, AbortSignal.timeout(5000))).rejects.toMatchObject({ retryable: true, message: 'Telegram answered 429: Too Many Requests: retry after 3' });

    const offline = new TelegramSender({ apiRoot: await closedPortUrl() });
    const error: unknown = await offline.send({ botToken: TOKEN, chatId: '42' }, null, MESSAGE, AbortSignal.timeout(5000)).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ retryable: true });
    expect(String((error as Error).message)).toMatch(/^could not reach the Telegram Bot API/);
    expect(String((error as Error).message)).not.toContain(TOKEN);
  });

  it("sends a linked chat's messages (a chat id only) with the server's bot, and fails for good when the server has none", async () => {
    receiver = await startLocalReceiver(telegram);
    await new TelegramSender({ apiRoot: receiver.baseUrl, botToken: TOKEN }).send({ chatId: '1001' }, null, MESSAGE, AbortSignal.timeout(5000));
    expect(receiver.requests.map((request) => [request.path, (JSON.parse(request.rawBody) as { chat_id: string }).chat_id])).toEqual([[`/bot${TOKEN}/sendMessage`, '1001']]);
    // A channel's own token wins over the server's.
    await expect(new TelegramSender({ apiRoot: receiver.baseUrl, botToken: '999:other' }).send({ botToken: TOKEN, chatId: '42' }, null, MESSAGE, AbortSignal.timeout(5000))).resolves.toBeUndefined();
    await expect(new TelegramSender({ apiRoot: receiver.baseUrl }).send({ chatId: '1001' }, null, MESSAGE, AbortSignal.timeout(5000))).rejects.toMatchObject({
      message: 'this linked Telegram chat needs the server’s bot, and TELEGRAM_BOT_TOKEN is not set',
      retryable: false,
    });
    expect(receiver.requests).toHaveLength(2);
  });
});
