import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ChatService } from '../../ai/chat/chat-service.js';
import { CHAT_NOW, simulatorChain, storeSignal } from '../../ai/chat/chat-fixture.test-support.js';
import type { ChatModel } from '../../ai/chat/chat-model.js';
import { createChatToolbox } from '../../ai/chat/chat-toolbox.js';
import type { ChatMessageView, ConversationView, ConversationWithMessages } from '../../ai/chat/chat-views.js';
import { useConversationTables } from '../../ai/chat/conversation-tables.test-support.js';
import { ScriptedChatModel } from '../../ai/chat/scripted-chat-model.test-support.js';
import { NO_MODEL_NOTE } from '../../ai/chat/templated/no-model-note.js';
import { buildApp } from '../../build-app.js';
import { loadConfig } from '../../config/load-config.js';
import { waitFor } from '../../jobs/backtest-runner.test-support.js';
import { createSecurity } from '../../runtime/create-security.js';
import { LearningState } from '../../signals/learning-state.js';
import { SignalService } from '../../signals/signal-service.js';
import { ConversationRepository } from '../../storage/repositories/conversation-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { SignalEngine } from '@goldensignals/engine';
import { aiRoutes, type AiRoutesOptions } from './ai-routes.js';
import { QUESTIONS_PER_MINUTE } from './conversations-routes.js';

/** One server-sent event: its name and parsed data. */
interface StreamEvent {
  readonly event: string;
  readonly data: Record<string, unknown>;
}

/** The events of a `text/event-stream` body, and how many heartbeat comments it held. */
function parseStream(body: string): { events: StreamEvent[]; comments: number } {
  const events: StreamEvent[] = [];
  let comments = 0;
  for (const block of body.split('\n\n')) {
    if (block.trim() === '') continue;
    if (block.startsWith(':')) {
      comments += 1;
      continue;
    }
    const [eventLine, dataLine, ...rest] = block.split('\n');
    expect(rest).toEqual([]);
    expect(eventLine.startsWith('event: ') && dataLine.startsWith('data: '), block).toBe(true);
    events.push({ event: eventLine.slice('event: '.length), data: JSON.parse(dataLine.slice('data: '.length)) as Record<string, unknown> });
  }
  return { events, comments };
}

describeStorage('AI Lab conversation routes', (context) => {
  useConversationTables(context);
  let dataDir: string;
  let address = 0;
  const apps: FastifyInstance[] = [];
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'gs-ai-routes-'));
  });
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The real app (access control, rate limits, security headers) with the AI routes registered as the lead will. */
  async function start(model: ChatModel | null, options: Partial<AiRoutesOptions> = {}): Promise<FastifyInstance> {
    const { database } = context;
    const config = loadConfig({ env: { DATA_DIR: dataDir, MARKET_DATA_PROVIDERS: 'simulator', LOG_LEVEL: 'silent' }, file: null });
    const security = await createSecurity(config, database, () => CHAT_NOW);
    const { state } = await LearningState.load(database);
    const signals = new SignalService({ database, bars: { bars: async () => ({ bars: [], simulated: true, stale: false }) }, engine: new SignalEngine(), learning: state, publisher: { publishSignal: () => undefined }, historyBars: 250 });
    await signals.start();
    const app = await buildApp({
      services: {
        database,
        signals,
        defaultTimeframe: '1d',
        security: { access: { identify: security.credentials.identify, authorize: security.credentials.authorize, anonymousPerMinute: 1000, authenticatedPerMinute: 1000 }, accounts: security.accounts, credentials: security.credentials },
      },
    });
    apps.push(app);
    const chat = new ChatService({ database, toolbox: createChatToolbox({ database, engine: () => signals.engine, market: simulatorChain(database), now: () => CHAT_NOW }), model, now: () => CHAT_NOW });
    await app.register(aiRoutes, { prefix: '/api/v1', chat, languageModel: null, embeddings: () => ({ source: 'hashing', model: 'hashing-384', dimensions: 384 }), ...options });
    return app;
  }

  /** Registers an account (the first becomes admin, later ones viewers) and returns its bearer header and id. */
  async function account(app: FastifyInstance, email: string): Promise<{ headers: { authorization: string }; userId: string }> {
    address += 1;
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/register', remoteAddress: `10.9.${address >> 8}.${address & 255}`, payload: { email, password: 'correct horse battery staple' } });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json<{ accessToken: string; user: { id: string } }>();
    return { headers: { authorization: `Bearer ${body.accessToken}` }, userId: body.user.id };
  }

  it("lets a viewer converse without a model: a streamed templated answer with its lookups and citations, stored, and nobody else's to see", async () => {
    const app = await start(null);
    await account(app, 'admin@example.com');
    const ada = await account(app, 'ada@example.com');
    const bob = await account(app, 'bob@example.com');
    const signal = await storeSignal(context.database, { symbol: 'AAPL', action: 'SELL' });

    const created = await app.inject({ method: 'POST', url: '/api/v1/ai/conversations', headers: ada.headers, payload: {} });
    expect(created.statusCode).toBe(201);
    const conversation = created.json<ConversationView>();
    expect(conversation).toMatchObject({ title: 'New conversation' });

    const asked = await app.inject({ method: 'POST', url: `/api/v1/ai/conversations/${conversation.id}/messages`, headers: ada.headers, payload: { content: 'Why is AAPL a sell?' } });
    expect(asked.statusCode).toBe(200);
    expect(asked.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(asked.headers['cache-control']).toBe('no-cache, no-transform');
    expect(asked.headers['x-content-type-options']).toBe('nosniff');
    expect(asked.headers['x-ratelimit-limit']).toBe(String(QUESTIONS_PER_MINUTE));
    const { events } = parseStream(asked.body);
    expect(events.slice(0, 2)).toEqual([
      { event: 'tool', data: { id: 'lookup-1', name: 'get_signal', arguments: { symbol: 'AAPL' }, summary: 'latest AAPL signal' } },
      { event: 'citation', data: { kind: 'signal', id: signal.id, title: `AAPL 1d SELL signal of ${signal.time}`, url: `/api/v1/signals/${signal.id}/details` } },
    ]);
    const text = events.filter((item) => item.event === 'token').map((item) => item.data.text).join('');
    expect(text.startsWith(NO_MODEL_NOTE)).toBe(true);
    expect(text).toContain('AAPL (1d) is a SELL');
    const done = events.at(-1);
    expect(done?.event).toBe('done');
    const answer = (done?.data as { message: ChatMessageView }).message;
    expect(answer).toMatchObject({ role: 'assistant', content: text, citations: [{ kind: 'signal', id: signal.id }] });

    const read = await app.inject({ url: `/api/v1/ai/conversations/${conversation.id}`, headers: ada.headers });
    const stored = read.json<ConversationWithMessages>();
    expect(stored.title).toBe('Why is AAPL a sell?');
    expect(stored.messages.map((message) => message.role)).toEqual(['user', 'tool', 'assistant']);
    expect(stored.messages[2]).toEqual(answer);
    expect((await app.inject({ url: '/api/v1/ai/conversations', headers: ada.headers })).json<{ items: ConversationView[] }>().items.map((item) => item.title)).toEqual(['Why is AAPL a sell?']);

    // Another user sees none of it and cannot write to it or delete it.
    expect((await app.inject({ url: '/api/v1/ai/conversations', headers: bob.headers })).json()).toEqual({ items: [] });
    for (const [method, url, payload] of [
      ['GET', `/api/v1/ai/conversations/${conversation.id}`, undefined],
      ['POST', `/api/v1/ai/conversations/${conversation.id}/messages`, { content: 'mine now?' }],
      ['DELETE', `/api/v1/ai/conversations/${conversation.id}`, undefined],
    ] as const) {
      const response = await app.inject({ method, url, headers: bob.headers, ...(payload === undefined ? {} : { payload }) });
      expect([response.statusCode, response.json<{ code: string }>().code], `${method} ${url}`).toEqual([404, 'GS_ERR_NOT_FOUND']);
    }
    expect((await new ConversationRepository(context.database.db).messages(conversation.id)).length).toBe(3);

    const deleted = await app.inject({ method: 'DELETE', url: `/api/v1/ai/conversations/${conversation.id}`, headers: ada.headers });
    expect([deleted.statusCode, deleted.body]).toEqual([204, '']);
    expect((await app.inject({ url: `/api/v1/ai/conversations/${conversation.id}`, headers: ada.headers })).statusCode).toBe(404);
  });

  it('refuses anonymous callers, bad input and unknown conversations as JSON errors before any stream starts', async () => {
    const app = await start(null);
    const ada = await account(app, 'ada@example.com');
    const id = (await app.inject({ method: 'POST', url: '/api/v1/ai/conversations', headers: ada.headers, payload: { title: 'Research' } })).json<ConversationView>().id;
    for (const [method, url] of [['GET', '/api/v1/ai/status'], ['GET', '/api/v1/ai/conversations'], ['POST', '/api/v1/ai/conversations'], ['GET', `/api/v1/ai/conversations/${id}`], ['POST', `/api/v1/ai/conversations/${id}/messages`], ['DELETE', `/api/v1/ai/conversations/${id}`]] as const) {
      const response = await app.inject({ method, url, ...(method === 'POST' ? { payload: { content: 'hi' } } : {}) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
    const cases: [object, string, string][] = [
      [{ content: '' }, 'body.content', 'must NOT have fewer than 1 characters'],
      [{ content: '   ' }, 'body.content', 'must match pattern "\\S"'],
      [{ content: 'x'.repeat(4001) }, 'body.content', 'must NOT have more than 4000 characters'],
      [{ content: 'hi', model: 'gpt-4' }, 'body.model', 'is not a known field'],
      [{}, 'body.content', 'is required'],
    ];
    for (const [payload, field, message] of cases) {
      const response = await app.inject({ method: 'POST', url: `/api/v1/ai/conversations/${id}/messages`, headers: ada.headers, payload });
      expect(response.statusCode, JSON.stringify(payload).slice(0, 60)).toBe(400);
      expect(response.headers['content-type']).toContain('application/json');
      expect(response.json<{ problems: { field: string; message: string }[] }>().problems).toContainEqual({ field, message });
    }
    const missing = '00000000-0000-4000-8000-000000000000';
    const unknown = await app.inject({ method: 'POST', url: `/api/v1/ai/conversations/${missing}/messages`, headers: ada.headers, payload: { content: 'hi' } });
    expect([unknown.statusCode, unknown.json<{ message: string }>().message]).toEqual([404, `no conversation ${missing}`]);
    expect((await app.inject({ url: '/api/v1/ai/conversations/not-a-uuid', headers: ada.headers })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/api/v1/ai/conversations', headers: ada.headers, payload: { title: ' ' } })).statusCode).toBe(400);
    expect((await app.inject({ url: `/api/v1/ai/conversations/${id}`, headers: ada.headers })).json<ConversationWithMessages>()).toMatchObject({ title: 'Research', messages: [] });
  });

  it(`limits each user to ${QUESTIONS_PER_MINUTE} questions a minute`, async () => {
    const app = await start(null);
    const ada = await account(app, 'ada@example.com');
    const bob = await account(app, 'bob@example.com');
    const id = (await app.inject({ method: 'POST', url: '/api/v1/ai/conversations', headers: ada.headers, payload: {} })).json<ConversationView>().id;
    const ask = (headers: { authorization: string }, conversation: string) => app.inject({ method: 'POST', url: `/api/v1/ai/conversations/${conversation}/messages`, headers, payload: { content: 'hello' } });
    for (let k = 0; k < QUESTIONS_PER_MINUTE; k++) expect((await ask(ada.headers, id)).statusCode).toBe(200);
    const refused = await ask(ada.headers, id);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'GS_ERR_RATE_LIMITED', message: expect.stringContaining(`${QUESTIONS_PER_MINUTE} per minute allowed for user ${ada.userId}`) });
    const bobs = (await app.inject({ method: 'POST', url: '/api/v1/ai/conversations', headers: bob.headers, payload: {} })).json<ConversationView>().id;
    expect((await ask(bob.headers, bobs)).statusCode).toBe(200);
    expect((await new ConversationRepository(context.database.db).messageCount(id)).valueOf()).toBe(2 * QUESTIONS_PER_MINUTE);
  });

  it('reports the AI configuration without credentials', async () => {
    const plain = await start(null);
    const ada = await account(plain, 'ada@example.com');
    expect((await plain.inject({ url: '/api/v1/ai/status', headers: ada.headers })).json()).toEqual({ languageModel: { configured: false }, embeddings: { source: 'hashing', model: 'hashing-384', dimensions: 384 } });
    const configured = await start(new ScriptedChatModel(), { languageModel: { baseUrl: 'https://user:secret@llm.example.com/v1/?api-key=k123', model: 'qwen2.5:7b' } });
    const status = await configured.inject({ url: '/api/v1/ai/status', headers: ada.headers });
    expect(status.json()).toEqual({ languageModel: { configured: true, baseUrl: 'https://llm.example.com/v1', model: 'qwen2.5:7b' }, embeddings: { source: 'hashing', model: 'hashing-384', dimensions: 384 } });
    expect(status.body).not.toContain('secret');
    expect(status.body).not.toContain('k123');
  });

  it('streams over a real connection with heartbeats, and when the client disconnects stops the model and stores what was said, marked incomplete', async () => {
    const model = new ScriptedChatModel().answer({ say: 'Here is the first half' }, { waitForAbort: true }, { say: ' and the rest.' });
    const app = await start(model, { heartbeatMs: 25 });
    const ada = await account(app, 'ada@example.com');
    const id = (await app.inject({ method: 'POST', url: '/api/v1/ai/conversations', headers: ada.headers, payload: {} })).json<ConversationView>().id;
    const url = new URL(await app.listen({ port: 0, host: '127.0.0.1' }));

    const received = await new Promise<string>((resolve, reject) => {
      let body = '';
      const request = httpRequest({ host: url.hostname, port: url.port, method: 'POST', path: `/api/v1/ai/conversations/${id}/messages`, headers: { ...ada.headers, 'content-type': 'application/json' } }, (response) => {
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
          // Leave once the first words and two heartbeats arrived: the model is still "writing".
          if (body.includes('event: token') && body.split(': heartbeat').length > 2) {
            request.destroy();
            resolve(body);
          }
        });
        response.on('error', () => undefined);
      });
      request.on('error', (error) => (request.destroyed ? undefined : reject(error)));
      request.end(JSON.stringify({ content: 'Tell me everything about AAPL' }));
    });
    const { events, comments } = parseStream(received.slice(0, received.lastIndexOf('\n\n') + 2));
    expect(events).toEqual([{ event: 'token', data: { text: 'Here is the first half' } }]);
    expect(comments).toBeGreaterThanOrEqual(2);

    const repository = new ConversationRepository(context.database.db);
    await waitFor(async () => (await repository.messageCount(id)) === 2, 'the partial answer to be stored');
    const stored = await repository.messages(id);
    expect(stored.map((message) => [message.role, message.content, message.incomplete])).toEqual([
      ['user', 'Tell me everything about AAPL', false],
      ['assistant', 'Here is the first half', true],
    ]);
    expect(model.loops).toHaveLength(1);
    const read = (await app.inject({ url: `/api/v1/ai/conversations/${id}`, headers: ada.headers })).json<ConversationWithMessages>();
    expect(read.messages[1]).toMatchObject({ content: 'Here is the first half', incomplete: true });
  });

  it('ends answers in progress when the server shuts down, telling the client and storing what was said', async () => {
    const app = await start(new ScriptedChatModel().answer({ say: 'Working on it' }, { waitForAbort: true }));
    const ada = await account(app, 'ada@example.com');
    const id = (await app.inject({ method: 'POST', url: '/api/v1/ai/conversations', headers: ada.headers, payload: {} })).json<ConversationView>().id;
    const url = new URL(await app.listen({ port: 0, host: '127.0.0.1' }));
    let closing: Promise<void> | undefined;
    const body = await new Promise<string>((resolve, reject) => {
      let text = '';
      const request = httpRequest({ host: url.hostname, port: url.port, method: 'POST', path: `/api/v1/ai/conversations/${id}/messages`, headers: { ...ada.headers, 'content-type': 'application/json' } }, (response) => {
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
          if (closing === undefined && text.includes('event: token')) closing = app.close();
        });
        response.on('end', () => resolve(text));
      });
      request.on('error', reject);
      request.end(JSON.stringify({ content: 'a long question' }));
    });
    await closing;
    apps.splice(apps.indexOf(app), 1);
    expect(parseStream(body).events).toEqual([
      { event: 'token', data: { text: 'Working on it' } },
      { event: 'error', data: { code: 'GS_ERR_SHUTTING_DOWN', message: 'the server is shutting down; the answer so far is stored' } },
    ]);
    const stored = await new ConversationRepository(context.database.db).messages(id);
    expect(stored.map((message) => [message.role, message.content, message.incomplete])).toEqual([
      ['user', 'a long question', false],
      ['assistant', 'Working on it', true],
    ]);
  });
});
