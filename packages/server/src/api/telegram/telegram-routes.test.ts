import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import type { NotificationMessage } from '../../notify/notification-message.js';
import { Notifier } from '../../notify/notifier.js';
import { TelegramSender } from '../../notify/telegram-sender.js';
import { ChannelRepository } from '../../storage/repositories/channel-repository.js';
import { SignalRepository } from '../../storage/repositories/signal-repository.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { LOCAL_BOT_TOKEN, startLocalBotApi, type LocalBotApi } from '../../telegram/local-bot-api.test-support.js';
import { TelegramBot } from '../../telegram/telegram-bot.js';
import { callerFromHeader, TEST_USER_HEADER } from '../watchlists/caller-header.test-support.js';
import { telegramRoutes, type TelegramRoutesOptions } from './telegram-routes.js';

const NOW = Date.UTC(2024, 5, 3, 18, 0);
const ALERT: NotificationMessage = {
  id: 'alert-1',
  eventType: 'alert.signal',
  subject: 'BUY AAPL 72% (rule: strong buys)',
  text: 'AAPL: BUY with 72% confidence & medium risk.',
  fields: [{ name: 'Stop', value: '182.10' }],
  action: 'BUY',
};

describeStorage('telegram routes', (context) => {
  let app: FastifyInstance | undefined;
  let bot: TelegramBot | undefined;
  let notifier: Notifier | undefined;
  let local: LocalBotApi | undefined;
  afterEach(async () => {
    await app?.close();
    await bot?.stop();
    await notifier?.stop();
    await local?.close();
    app = bot = notifier = local = undefined;
  });

  async function start(telegram: TelegramRoutesOptions['bot']): Promise<FastifyInstance> {
    app = await createBaseApp();
    callerFromHeader(app, 'viewer');
    await app.register(telegramRoutes, { prefix: '/api/v1', database: context.database, bot: telegram, now: () => NOW });
    return app;
  }

  it('answers 503 with a coded error for codes and status when no bot is configured, and still unlinks', async () => {
    const api = await start(null);
    for (const [method, url] of [
      ['POST', '/api/v1/telegram/link-code'],
      ['GET', '/api/v1/telegram/link'],
    ] as const) {
      const response = await api.inject({ method, url });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ code: 'GS_ERR_NOT_READY', message: expect.stringContaining('TELEGRAM_BOT_TOKEN') as string });
    }
    const deleted = await api.inject({ method: 'DELETE', url: '/api/v1/telegram/link' });
    expect([deleted.statusCode, deleted.body]).toEqual([204, '']);
  });

  it("links a chat with the route's code and /link, sends the user's alerts there through the notifier, and unlinks", async () => {
    const users = new UserRepository(context.database.db);
    await users.create({ email: 'admin@example.com', passwordHash: 'h' });
    const ada = await users.create({ email: 'ada@example.com', passwordHash: 'h', role: 'trader' });
    const headers = { [TEST_USER_HEADER]: ada.id };
    local = await startLocalBotApi();
    const signals = new SignalRepository(context.database.db);
    bot = new TelegramBot({
      token: LOCAL_BOT_TOKEN,
      apiRoot: local.apiRoot,
      database: context.database,
      signals: { latestSignals: (limit, symbols) => signals.latest(limit, symbols) },
      quote: () => Promise.reject(new Error('no prices in this test')),
      pollTimeoutSeconds: 5,
      now: () => NOW,
    });
    bot.start();
    const api = await start(bot);
    // The bot has introduced itself once it answers.
    local.write({ id: 1001, username: 'ada_l' }, '/help');
    await local.waitForSent(1);

    expect((await api.inject({ url: '/api/v1/telegram/link', headers })).json()).toEqual({ linked: false });
    const issued = await api.inject({ method: 'POST', url: '/api/v1/telegram/link-code', headers });
    expect(issued.statusCode).toBe(201);
    const body = issued.json<{ code: string; expiresAt: string; botUsername: string | null; command: string }>();
    expect(body.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(body).toEqual({ code: body.code, expiresAt: '2024-06-03T18:10:00.000Z', botUsername: 'gs_test_bot', command: `/link ${body.code}` });

    local.write({ id: 1001, username: 'ada_l' }, body.command);
    expect((await local.waitForSent(2))[1]).toMatchObject({ chatId: '1001', text: expect.stringContaining('✅ Linked to <b>ada@example.com</b>') as string });
    const status = (await api.inject({ url: '/api/v1/telegram/link', headers })).json<Record<string, unknown>>();
    expect(status).toEqual({ linked: true, chatId: '1001', username: 'ada_l', linkedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as string });
    // The install owner (no user) has no link of their own.
    expect((await api.inject({ url: '/api/v1/telegram/link' })).json()).toEqual({ linked: false });

    const [channel] = await new ChannelRepository(context.database.db).listForUser(ada.id);
    expect(channel).toMatchObject({ kind: 'telegram', name: 'Telegram (@ada_l)', config: { chatId: '1001' }, enabled: true });
    notifier = new Notifier({ database: context.database, senders: { telegram: new TelegramSender({ apiRoot: local.apiRoot, botToken: LOCAL_BOT_TOKEN }) }, timeoutMs: 5000 });
    const delivery = await notifier.deliver(channel, ALERT);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(local.sent.at(-1)).toEqual({
      chatId: '1001',
      parseMode: 'HTML',
      text: '<b>🟢 BUY AAPL 72% (rule: strong buys)</b>\nAAPL: BUY with 72% confidence &amp; medium risk.\n\n<b>Stop:</b> 182.10',
    });

    const unlinked = await api.inject({ method: 'DELETE', url: '/api/v1/telegram/link', headers });
    expect(unlinked.statusCode).toBe(204);
    expect((await api.inject({ url: '/api/v1/telegram/link', headers })).json()).toEqual({ linked: false });
    expect(await new ChannelRepository(context.database.db).listForUser(ada.id)).toEqual([]);
    local.write({ id: 1001, username: 'ada_l' }, '/watchlist');
    expect((await local.waitForSent(4))[3].text).toMatch(/^Link your account first/);
  });
});
