import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { startLocalReceiver, type LocalReceiver } from '../../notify/local-receiver.test-support.js';
import { Notifier } from '../../notify/notifier.js';
import { verifyWebhookSignature } from '../../notify/webhook-signature.js';
import { ChannelRepository } from '../../storage/repositories/channel-repository.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { callerFromHeader, TEST_USER_HEADER } from '../watchlists/caller-header.test-support.js';
import { channelRoutes } from './channel-routes.js';
import type { ChannelView, DeliveryView } from './channel-views.js';

const MISSING = '00000000-0000-4000-8000-000000000000';
const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

describeStorage('channel routes', (context) => {
  let app: FastifyInstance | undefined;
  let notifier: Notifier | undefined;
  let receiver: LocalReceiver | undefined;
  afterEach(async () => {
    await app?.close();
    await notifier?.stop();
    await receiver?.close();
    receiver = undefined;
  });

  async function start(): Promise<FastifyInstance> {
    app = await createBaseApp();
    callerFromHeader(app, 'trader');
    notifier = new Notifier({ database: context.database, timeoutMs: 2000 });
    await app.register(channelRoutes, { prefix: '/api/v1', database: context.database, notifier });
    return app;
  }

  async function create(api: FastifyInstance, payload: object, headers: Record<string, string> = {}): Promise<ChannelView & { secret?: string }> {
    const response = await api.inject({ method: 'POST', url: '/api/v1/channels', payload, headers });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<ChannelView & { secret?: string }>();
  }

  it('creates channels of every kind, shows a webhook its secret once and a bot token only redacted, and lists them oldest first', async () => {
    const api = await start();
    const hook = await create(api, { kind: 'webhook', name: ' Desk ', config: { url: 'https://example.com/hook' } });
    expect(hook).toMatchObject({ kind: 'webhook', name: 'Desk', enabled: true, config: { url: 'https://example.com/hook' }, lastDelivery: null });
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const bot = await create(api, { kind: 'telegram', name: 'Phone', config: { botToken: TOKEN, chatId: '-1001234567890' }, enabled: false });
    expect(bot).toMatchObject({ config: { botToken: '…Dsaw', chatId: '-1001234567890' }, enabled: false });
    expect(bot).not.toHaveProperty('secret');
    await create(api, { kind: 'discord', name: 'Server', config: { webhookUrl: 'https://discord.com/api/webhooks/1/abc' } });
    await create(api, { kind: 'slack', name: 'Team', config: { webhookUrl: 'https://hooks.slack.com/services/T/B/x' } });
    await create(api, { kind: 'email', name: 'Inbox', config: { to: 'ada@example.com' } });

    const listed = (await api.inject({ url: '/api/v1/channels' })).json<{ channels: (ChannelView & { secret?: string })[] }>().channels;
    expect(listed.map((channel) => [channel.kind, channel.name])).toEqual([
      ['webhook', 'Desk'],
      ['telegram', 'Phone'],
      ['discord', 'Server'],
      ['slack', 'Team'],
      ['email', 'Inbox'],
    ]);
    expect(listed.some((channel) => channel.secret !== undefined || JSON.stringify(channel).includes(TOKEN))).toBe(false);
    expect((await new ChannelRepository(context.database.db).ownedBy(null, hook.id))?.secret).toBe(hook.secret);
  });

  it('edits a channel: renames, disables, replaces the config, and keeps the bot token when an edit leaves it out', async () => {
    const api = await start();
    const bot = await create(api, { kind: 'telegram', name: 'Phone', config: { botToken: TOKEN, chatId: '42' } });
    const patch = (payload: object) => api.inject({ method: 'PATCH', url: `/api/v1/channels/${bot.id}`, payload });
    expect((await patch({ name: 'My phone', enabled: false })).json<ChannelView>()).toMatchObject({ name: 'My phone', enabled: false, config: { botToken: '…Dsaw', chatId: '42' } });
    expect((await patch({ config: { chatId: '@gs_signals' } })).json<ChannelView>()).toMatchObject({ config: { botToken: '…Dsaw', chatId: '@gs_signals' }, enabled: false });
    expect((await new ChannelRepository(context.database.db).ownedBy(null, bot.id))?.config).toEqual({ botToken: TOKEN, chatId: '@gs_signals' });

    const deleted = await api.inject({ method: 'DELETE', url: `/api/v1/channels/${bot.id}` });
    expect([deleted.statusCode, deleted.body]).toEqual([204, '']);
    expect((await api.inject({ method: 'DELETE', url: `/api/v1/channels/${bot.id}` })).statusCode).toBe(404);
  });

  it('sends a real test message, answers 200 with the delivery whether it went through or not, and lists deliveries newest first', async () => {
    const api = await start();
    let status = 500;
    const hook = await create(api, { kind: 'webhook', name: 'Desk', config: { url: 'https://example.com/placeholder' } });
    receiver = await startLocalReceiver((request) => {
      const check = verifyWebhookSignature(request.rawBody, request.headers['x-goldensignals-signature'] as string | undefined, hook.secret ?? '');
      return check.valid ? { status, body: status === 500 ? 'receiver broke' : '' } : { status: 401, body: check.reason };
    });
    await api.inject({ method: 'PATCH', url: `/api/v1/channels/${hook.id}`, payload: { config: { url: `${receiver.baseUrl}/gs` } } });

    const failed = await api.inject({ method: 'POST', url: `/api/v1/channels/${hook.id}/test` });
    expect(failed.statusCode).toBe(200);
    expect(failed.json<{ delivery: DeliveryView }>().delivery).toMatchObject({ channelId: hook.id, kind: 'webhook', subject: 'Test message', status: 'failed', attempts: 1, error: 'HTTP 500: receiver broke', deliveredAt: null });
    status = 204;
    const delivered = (await api.inject({ method: 'POST', url: `/api/v1/channels/${hook.id}/test` })).json<{ delivery: DeliveryView }>().delivery;
    expect(delivered).toMatchObject({ status: 'delivered', error: null, attempts: 1 });
    expect(delivered.latencyMs).toBeGreaterThanOrEqual(0);
    expect(receiver.requests.map((request) => request.path)).toEqual(['/gs', '/gs']);

    const deliveries = (await api.inject({ url: `/api/v1/channels/${hook.id}/deliveries` })).json<{ deliveries: DeliveryView[] }>().deliveries;
    expect(deliveries.map((delivery) => delivery.status)).toEqual(['delivered', 'failed']);
    expect((await api.inject({ url: `/api/v1/channels/${hook.id}/deliveries?limit=1` })).json<{ deliveries: DeliveryView[] }>().deliveries.map((delivery) => delivery.id)).toEqual([delivered.id]);
    const [listed] = (await api.inject({ url: '/api/v1/channels' })).json<{ channels: ChannelView[] }>().channels;
    expect(listed.lastDelivery).toEqual({ status: 'delivered', at: delivered.deliveredAt, error: null });
  });

  it("keeps every user's channels to themselves", async () => {
    const api = await start();
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const asAda = { [TEST_USER_HEADER]: ada.id };
    const owners = await create(api, { kind: 'email', name: 'Owner', config: { to: 'owner@example.com' } });
    const adas = await create(api, { kind: 'email', name: 'Ada', config: { to: 'ada@example.com' } }, asAda);
    expect((await api.inject({ url: '/api/v1/channels', headers: asAda })).json<{ channels: ChannelView[] }>().channels.map((channel) => channel.id)).toEqual([adas.id]);
    expect((await api.inject({ url: '/api/v1/channels' })).json<{ channels: ChannelView[] }>().channels.map((channel) => channel.id)).toEqual([owners.id]);
    for (const [method, url, payload] of [
      ['PATCH', `/api/v1/channels/${owners.id}`, { enabled: false }],
      ['PATCH', `/api/v1/channels/${owners.id}`, { config: { to: 'evil@example.com' } }],
      ['DELETE', `/api/v1/channels/${owners.id}`, undefined],
      ['POST', `/api/v1/channels/${owners.id}/test`, undefined],
      ['GET', `/api/v1/channels/${owners.id}/deliveries`, undefined],
    ] as const) {
      const response = await api.inject({ method, url, payload, headers: asAda });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json()).toMatchObject({ code: 'GS_ERR_NOT_FOUND', message: `no notification channel ${owners.id}` });
    }
    expect(await new ChannelRepository(context.database.db).ownedBy(null, owners.id)).toMatchObject({ enabled: true, config: { to: 'owner@example.com' } });
  });

  it('answers bad input with 400 naming the field, and unknown channels with 404', async () => {
    const api = await start();
    const hook = await create(api, { kind: 'webhook', name: 'Desk', config: { url: 'https://example.com/hook' } });
    const cases: ['GET' | 'POST' | 'PATCH' | 'DELETE', string, object | undefined, string, string | undefined][] = [
      ['POST', '/api/v1/channels', { name: 'x', config: {} }, 'body.kind', 'is required'],
      ['POST', '/api/v1/channels', { kind: 'pager', name: 'x', config: {} }, 'body.kind', 'must be one of webhook, telegram, discord, slack, email'],
      ['POST', '/api/v1/channels', { kind: 'webhook', config: { url: 'https://example.com' } }, 'body.name', 'is required'],
      ['POST', '/api/v1/channels', { kind: 'webhook', name: '   ', config: { url: 'https://example.com' } }, 'body.name', undefined],
      ['POST', '/api/v1/channels', { kind: 'webhook', name: 'x', config: { url: 'https://example.com' }, colour: 'red' }, 'body.colour', 'is not a known field'],
      ['POST', '/api/v1/channels', { kind: 'webhook', name: 'x', config: {} }, 'body.config.url', 'is required'],
      ['POST', '/api/v1/channels', { kind: 'webhook', name: 'x', config: { url: 'file:///etc/passwd' } }, 'body.config.url', 'must be an http(s) URL, not file:'],
      ['POST', '/api/v1/channels', { kind: 'webhook', name: 'x', config: { url: { href: 'https://example.com' } } }, 'body.config.url', undefined],
      ['POST', '/api/v1/channels', { kind: 'slack', name: 'x', config: { webhookUrl: 'http://hooks.slack.com/x' } }, 'body.config.webhookUrl', 'must be an https URL (plain http only to localhost)'],
      ['POST', '/api/v1/channels', { kind: 'email', name: 'x', config: { to: 'nobody' } }, 'body.config.to', 'must be an e-mail address such as trader@example.com'],
      ['POST', '/api/v1/channels', { kind: 'telegram', name: 'x', config: { botToken: TOKEN, chatId: 'my chat' } }, 'body.config.chatId', undefined],
      ['POST', '/api/v1/channels', { kind: 'telegram', name: 'x', config: { botToken: TOKEN, chatId: '1', url: 'https://x.example' } }, 'body.config.url', 'is not a field of a telegram channel (it takes botToken, chatId)'],
      ['PATCH', `/api/v1/channels/${hook.id}`, {}, 'body', undefined],
      ['PATCH', `/api/v1/channels/${hook.id}`, { kind: 'email' }, 'body.kind', 'is not a known field'],
      ['PATCH', `/api/v1/channels/${hook.id}`, { enabled: 'sometimes' }, 'body.enabled', undefined],
      ['PATCH', `/api/v1/channels/${hook.id}`, { config: { webhookUrl: 'https://example.com' } }, 'body.config.url', 'is required'],
      ['PATCH', '/api/v1/channels/not-a-uuid', { enabled: true }, 'params.id', undefined],
      ['DELETE', '/api/v1/channels/not-a-uuid', undefined, 'params.id', undefined],
      ['POST', '/api/v1/channels/not-a-uuid/test', undefined, 'params.id', undefined],
      ['GET', `/api/v1/channels/${hook.id}/deliveries?limit=0`, undefined, 'query.limit', undefined],
      ['GET', `/api/v1/channels/${hook.id}/deliveries?limit=501`, undefined, 'query.limit', undefined],
    ];
    for (const [method, url, payload, field, message] of cases) {
      const response = await api.inject({ method, url, payload });
      const label = `${method} ${url} ${JSON.stringify(payload)}`;
      expect(response.statusCode, label).toBe(400);
      const problem = response.json<{ problems: { field: string; message: string }[] }>().problems.find((item) => item.field === field);
      expect(problem, `${label}: ${response.body}`).toBeDefined();
      if (message !== undefined) expect(problem?.message, label).toBe(message);
    }
    for (const [method, url, payload] of [
      ['PATCH', `/api/v1/channels/${MISSING}`, { enabled: false }],
      ['DELETE', `/api/v1/channels/${MISSING}`, undefined],
      ['POST', `/api/v1/channels/${MISSING}/test`, undefined],
      ['GET', `/api/v1/channels/${MISSING}/deliveries`, undefined],
    ] as const) {
      expect((await api.inject({ method, url, payload })).statusCode, `${method} ${url}`).toBe(404);
    }
    expect(await new ChannelRepository(context.database.db).ownedBy(null, hook.id)).toMatchObject({ name: 'Desk', config: { url: 'https://example.com/hook' } });
  });
});
