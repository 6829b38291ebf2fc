import { Redis, type RedisOptions } from 'ioredis';

/**
 * What a connection is for, which decides how it behaves while Redis is away:
 * - `cache` and `bus` (publishing) fail fast: a request must never hang on Redis; the caller degrades (a cache miss,
 *   a publish error it logs; the signal is already stored).
 * - `subscriber` (the bus's listening connection) waits: its SUBSCRIBE is queued until Redis answers, and ioredis
 *   subscribes again by itself after every reconnect.
 * - `queue` (BullMQ) waits forever per command, which BullMQ requires of its connections.
 */
export type RedisRole = 'bus' | 'subscriber' | 'cache' | 'queue';

/** Options of {@link openRedis}. */
export interface OpenRedisOptions {
  readonly role: RedisRole;
  /** Told of every connection error (refused, reset, timed out); rate-limiting the log is the caller's business. */
  readonly onError: (error: Error) => void;
  /** Shown by `CLIENT LIST`, to tell the nodes' connections apart (default `goldensignals-<role>`). */
  readonly connectionName?: string;
}

/** The longest wait between two reconnection attempts: a restarted Redis is found again within this. */
export const LONGEST_RECONNECT_DELAY_MS = 2000;

// How long a fail-fast command may take before it is given up: a slow cache is worse than none.
const FAIL_FAST_COMMAND_TIMEOUT_MS = 2000;

/**
 * The wait before reconnection attempt `attempt` (1, 2, ...): 100 ms doubling, capped at
 * {@link LONGEST_RECONNECT_DELAY_MS}, with up to 20 % taken off at random so that many nodes do not knock on a
 * restarted Redis in the same millisecond. Never gives up: a node outlives any Redis outage.
 */
export function reconnectDelayMs(attempt: number): number {
  const delay = Math.min(LONGEST_RECONNECT_DELAY_MS, 100 * 2 ** Math.min(Math.max(attempt - 1, 0), 10));
  return Math.round(delay * (1 - Math.random() * 0.2));
}

function roleOptions(role: RedisRole): RedisOptions {
  switch (role) {
    case 'cache':
    case 'bus':
      // No offline queue: a command sent while disconnected fails at once instead of waiting for Redis to return.
      // One retry covers a command caught by a connection that drops under it.
      return { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: FAIL_FAST_COMMAND_TIMEOUT_MS };
    case 'subscriber':
      return { enableOfflineQueue: true, maxRetriesPerRequest: null, autoResubscribe: true };
    case 'queue':
      return { enableOfflineQueue: true, maxRetriesPerRequest: null };
  }
}

/** The address of a Redis URL without its credentials, fit for logs and error messages. */
export function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return 'Redis (unparsable URL)';
  }
}

/**
 * Opens an ioredis connection for `role` (see {@link RedisRole}) that reconnects forever with a capped backoff. It
 * starts connecting at once; errors go to `onError`, never to an unhandled `error` event.
 */
export function openRedis(url: string, options: OpenRedisOptions): Redis {
  const client = new Redis(url, {
    ...roleOptions(options.role),
    connectionName: options.connectionName ?? `goldensignals-${options.role}`,
    retryStrategy: reconnectDelayMs,
    connectTimeout: 5000,
  });
  client.on('error', (error: Error) => {
    try {
      options.onError(error);
    } catch {
      // A failing error handler must not turn a connection problem into a crash.
    }
  });
  return client;
}

/**
 * Resolves once `client` is connected and ready; rejects naming the address when it is not within `timeoutMs`
 * (for start-up, so a node whose Redis is absent says so instead of failing request by request).
 */
export async function redisReady(client: Redis, timeoutMs: number): Promise<void> {
  if (client.status === 'ready') return;
  if (client.status === 'end') throw new Error(`the Redis connection to ${addressOf(client)} is closed`);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('ready', onReady);
      reject(new Error(`Redis at ${addressOf(client)} did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const onReady = (): void => {
      clearTimeout(timer);
      resolve();
    };
    client.once('ready', onReady);
  });
}

function addressOf(client: Redis): string {
  return `${client.options.host ?? 'localhost'}:${client.options.port ?? 6379}`;
}

/**
 * Closes a connection: QUIT when connected, so pending replies arrive first; a plain disconnect when Redis is away or
 * does not answer QUIT within `timeoutMs`, so shutting down never waits on a dead Redis. Either way no reconnection
 * is attempted afterwards. (ioredis leaves a connection closed between two reconnection attempts in the status
 * `reconnecting`, its timer cleared; nothing of it keeps running.)
 */
export async function closeRedis(client: Redis, timeoutMs = 1000): Promise<void> {
  if (client.status === 'end') return;
  const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
  if (client.status === 'ready') {
    try {
      await within(client.quit(), timeoutMs);
    } catch {
      client.disconnect();
    }
  } else {
    client.disconnect();
    if (client.status === 'reconnecting') return;
  }
  await within(ended, timeoutMs).catch(() => undefined);
}

async function within<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
