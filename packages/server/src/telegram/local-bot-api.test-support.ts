import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A token the local Bot API accepts (any other gets 401, as from Telegram). */
export const LOCAL_BOT_TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

/** A Bot API method call the server got, its parameters merged from the query string and the JSON or form body. */
export interface BotApiCall {
  readonly method: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A message the bot sent with `sendMessage`. */
export interface SentMessage {
  readonly chatId: string;
  readonly text: string;
  readonly parseMode: string | undefined;
}

/** Who writes to the bot: a private chat by default (chat id = user id). */
export interface ChatUser {
  readonly id: number;
  readonly username?: string;
  readonly type?: 'private' | 'group';
}

/** A local stand-in for the Telegram Bot API, for a grammY client pointed at `apiRoot`. */
export interface LocalBotApi {
  /** e.g. `http://127.0.0.1:40123`; grammY calls `<apiRoot>/bot<token>/<method>`. */
  readonly apiRoot: string;
  readonly username: string;
  /** Every call, in order. */
  readonly calls: readonly BotApiCall[];
  readonly sent: readonly SentMessage[];
  /** `getUpdates` requests waiting right now. */
  readonly openPolls: number;
  /** Polls ended with 409 because another `getUpdates` came while they waited (two pollers of one bot). */
  readonly conflicts: number;
  /** Queues a text message from `user` as an update; returns its update id. */
  write(user: ChatUser, text: string): number;
  /** Resolves with the sent messages once there are `count` of them (rejects after `timeoutMs`: a guard, not a measure). */
  waitForSent(count: number, timeoutMs?: number): Promise<readonly SentMessage[]>;
  /** Resolves once `method` was called `count` times (same guard). */
  waitForCalls(method: string, count: number, timeoutMs?: number): Promise<void>;
  /** Resolves once no `getUpdates` request is open (same guard). */
  waitForNoPolls(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

interface Waiter {
  readonly response: ServerResponse;
  readonly offset: number;
  readonly limit: number;
  readonly timer: NodeJS.Timeout;
}

const ALLOWED_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'tg-spoiler', 'blockquote']);

/** Why `text` is not valid Telegram HTML (unknown or unbalanced tags, a bare `<` or `&`), or null. */
export function telegramHtmlProblem(text: string): string | null {
  const open: string[] = [];
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '&') {
      if (!/^&(amp|lt|gt|quot|#\d+);/.test(text.slice(index))) return `a bare & at ${index}`;
    } else if (character === '<') {
      const tag = /^<(\/?)([a-z-]+)(\s[^<>]*)?>/.exec(text.slice(index));
      if (tag === null || !ALLOWED_TAGS.has(tag[2])) return `an unsupported start tag at ${index}`;
      if (tag[1] === '/') {
        if (open.pop() !== tag[2]) return `an unbalanced </${tag[2]}> at ${index}`;
      } else open.push(tag[2]);
      index += tag[0].length - 1;
    } else if (character === '>') return `a bare > at ${index}`;
  }
  return open.length === 0 ? null : `unclosed <${open.join('>, <')}>`;
}

function paramsOf(request: IncomingMessage, body: string): Record<string, unknown> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const type = request.headers['content-type'] ?? '';
  if (body !== '' && type.includes('application/json')) Object.assign(params, JSON.parse(body) as Record<string, unknown>);
  else if (body !== '' && type.includes('application/x-www-form-urlencoded')) Object.assign(params, Object.fromEntries(new URLSearchParams(body)));
  return params;
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  if (response.writableEnded || response.destroyed) return;
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function refuse(response: ServerResponse, status: number, description: string): void {
  reply(response, status, { ok: false, error_code: status, description });
}

function numberParam(value: unknown, fallback: number): number {
  const number = Number(value);
  return value === undefined || value === '' || !Number.isFinite(number) ? fallback : number;
}

/**
 * Starts a local Bot API on a free loopback port: `getMe`, `deleteWebhook`, `setMyCommands`, `getUpdates` (offset
 * confirms and drops earlier updates; timeout holds the request until an update arrives; a second poll ends the
 * first with 409, as Telegram does) and `sendMessage` (recorded; HTML checked as Telegram parses it).
 * `webhookUrl`: start with a webhook set, so `getUpdates` answers 409 until `deleteWebhook`.
 */
export async function startLocalBotApi(options: { readonly username?: string; readonly webhookUrl?: string } = {}): Promise<LocalBotApi> {
  const username = options.username ?? 'gs_test_bot';
  let webhookUrl = options.webhookUrl ?? '';
  const calls: BotApiCall[] = [];
  const sent: SentMessage[] = [];
  const queue: unknown[] = [];
  let nextUpdateId = 100;
  let nextMessageId = 1;
  let waiter: Waiter | null = null;
  let openPolls = 0;
  let conflicts = 0;
  const listeners = new Set<() => void>();
  const changed = (): void => {
    for (const listener of [...listeners]) listener();
  };

  const pending = (offset: number, limit: number): unknown[] => queue.filter((update) => (update as { update_id: number }).update_id >= offset).slice(0, limit);
  const answerWaiter = (): void => {
    if (waiter === null) return;
    const { response, offset, limit, timer } = waiter;
    waiter = null;
    clearTimeout(timer);
    reply(response, 200, { ok: true, result: pending(offset, limit) });
  };

  function getUpdates(params: Record<string, unknown>, response: ServerResponse): void {
    if (webhookUrl !== '') return refuse(response, 409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const offset = numberParam(params.offset, 0);
    // Confirmed: Telegram forgets every update before the offset.
    if (offset > 0) for (let k = queue.length - 1; k >= 0; k--) if ((queue[k] as { update_id: number }).update_id < offset) queue.splice(k, 1);
    const limit = numberParam(params.limit, 100);
    const timeout = numberParam(params.timeout, 0);
    if (waiter !== null) {
      conflicts += 1;
      refuse(waiter.response, 409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running');
      clearTimeout(waiter.timer);
      waiter = null;
    }
    const ready = pending(offset, limit);
    if (ready.length > 0 || timeout <= 0) return reply(response, 200, { ok: true, result: ready });
    openPolls += 1;
    response.on('close', () => {
      openPolls -= 1;
      if (waiter?.response === response) {
        clearTimeout(waiter.timer);
        waiter = null;
      }
      changed();
    });
    waiter = { response, offset, limit, timer: setTimeout(answerWaiter, timeout * 1000) };
  }

  function sendMessage(params: Record<string, unknown>, response: ServerResponse): void {
    const text = typeof params.text === 'string' ? params.text : '';
    const parseMode = typeof params.parse_mode === 'string' ? params.parse_mode : undefined;
    if (params.chat_id === undefined || text === '') return refuse(response, 400, 'Bad Request: chat_id and text are required');
    if (text.length > 4096) return refuse(response, 400, 'Bad Request: message is too long');
    const problem = parseMode === 'HTML' ? telegramHtmlProblem(text) : null;
    if (problem !== null) return refuse(response, 400, `Bad Request: can't parse entities: ${problem}`);
    const chatId = String(params.chat_id);
    sent.push({ chatId, text, parseMode });
    changed();
    reply(response, 200, { ok: true, result: { message_id: nextMessageId++, date: 1_717_437_600, chat: { id: Number(chatId), type: 'private' }, text } });
  }

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(path);
      if (match === null) return refuse(response, 404, 'Not Found');
      if (match[1] !== LOCAL_BOT_TOKEN) return refuse(response, 401, 'Unauthorized');
      let params: Record<string, unknown>;
      try {
        params = paramsOf(request, Buffer.concat(chunks).toString('utf8'));
      } catch {
        return refuse(response, 400, 'Bad Request: the body is not JSON');
      }
      const method = match[2];
      calls.push({ method, params });
      changed();
      switch (method) {
        case 'getMe':
          return reply(response, 200, { ok: true, result: { id: 123456789, is_bot: true, first_name: 'GoldenSignals', username, can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false } });
        case 'deleteWebhook':
          webhookUrl = '';
          return reply(response, 200, { ok: true, result: true, description: 'Webhook was deleted' });
        case 'setMyCommands':
          return reply(response, 200, { ok: true, result: true });
        case 'getUpdates':
          return getUpdates(params, response);
        case 'sendMessage':
          return sendMessage(params, response);
        default:
          return refuse(response, 404, 'Not Found: method not found');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  function waitUntil(done: () => boolean, what: string, timeoutMs: number): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`the local Bot API waited ${timeoutMs} ms for ${what}; sent so far: ${JSON.stringify(sent.map((message) => message.text.slice(0, 80)))}`));
      }, timeoutMs);
      const check = (): void => {
        if (!done()) return;
        clearTimeout(timer);
        listeners.delete(check);
        resolve();
      };
      listeners.add(check);
    });
  }

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    username,
    calls,
    sent,
    get openPolls() {
      return openPolls;
    },
    get conflicts() {
      return conflicts;
    },
    write(user, text) {
      const updateId = nextUpdateId++;
      const chat = user.type === 'group' ? { id: -1000 - user.id, type: 'group', title: 'Traders' } : { id: user.id, type: 'private', ...(user.username === undefined ? {} : { username: user.username }), first_name: 'Ada' };
      const from = { id: user.id, is_bot: false, first_name: 'Ada', ...(user.username === undefined ? {} : { username: user.username }) };
      const command = /^\/[A-Za-z_]+(@\w+)?/.exec(text);
      const entities = command === null ? undefined : [{ type: 'bot_command', offset: 0, length: command[0].length }];
      queue.push({ update_id: updateId, message: { message_id: nextMessageId++, date: 1_717_437_600, chat, from, text, ...(entities === undefined ? {} : { entities }) } });
      answerWaiter();
      return updateId;
    },
    async waitForSent(count, timeoutMs = 10_000) {
      await waitUntil(() => sent.length >= count, `${count} sent messages`, timeoutMs);
      return sent.slice(0, count);
    },
    waitForCalls(method, count, timeoutMs = 10_000) {
      return waitUntil(() => calls.filter((call) => call.method === method).length >= count, `${count} ${method} calls`, timeoutMs);
    },
    waitForNoPolls(timeoutMs = 5_000) {
      return waitUntil(() => openPolls === 0, 'the open getUpdates requests to end', timeoutMs);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (waiter !== null) answerWaiter();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
