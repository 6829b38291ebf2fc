import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { InProcessMessageBus } from '../../bus/in-process-message-bus.js';
import type { BusEvent } from '../../bus/message-bus.js';
import { deliveredSoFar, describeMessageBusContract } from './message-bus.contract.test-support.js';
import { PrivateRedisServer, redisServerProblem } from './private-redis-server.test-support.js';
import { RedisMessageBus, type RedisMessageBusOptions } from './redis-message-bus.js';
import { clearRedisPrefix, probeRedis, TEST_REDIS_URL, testRedisPrefix } from './test-redis.test-support.js';

const redisProblem = await probeRedis();
if (redisProblem !== null) console.warn(`RedisMessageBus tests skipped: Redis at ${TEST_REDIS_URL} is unreachable (${redisProblem})`);
const serverProblem = redisServerProblem();
if (serverProblem !== null) console.warn(`RedisMessageBus restart test skipped: ${serverProblem}`);

const prefix = testRedisPrefix();
const quietly = { onRedisError: (): void => undefined };
const aaplSignal: BusEvent = { type: 'signal', channels: ['signals', 'signals:AAPL'], data: { symbol: 'AAPL', action: 'BUY' } };

afterAll(async () => {
  if (redisProblem === null) await clearRedisPrefix(prefix);
});

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describeMessageBusContract('InProcessMessageBus', async (options) => new InProcessMessageBus(options));

describe.skipIf(redisProblem !== null)('RedisMessageBus on the test Redis', () => {
  describeMessageBusContract('RedisMessageBus', (options) => RedisMessageBus.open({ url: TEST_REDIS_URL, keyPrefix: testRedisPrefix(), ...quietly, ...options }));

  const opened: RedisMessageBus[] = [];
  const clients: Redis[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((bus) => bus.close()));
    for (const client of clients.splice(0)) client.disconnect();
  });
  async function openBus(options: Partial<RedisMessageBusOptions> = {}): Promise<RedisMessageBus> {
    const bus = await RedisMessageBus.open({ url: TEST_REDIS_URL, keyPrefix: prefix, ...quietly, ...options });
    opened.push(bus);
    return bus;
  }

  it('delivers an event published on one node to the subscribers of every node once, the publisher included', async () => {
    const nodeA = await openBus();
    const nodeB = await openBus();
    const seen: string[] = [];
    nodeA.subscribe((event) => void (event.type === 'signal' && seen.push('A1')));
    nodeA.subscribe((event) => void (event.type === 'signal' && seen.push('A2')));
    nodeB.subscribe((event) => void (event.type === 'signal' && seen.push('B')));
    await nodeA.publish(aaplSignal);
    await deliveredSoFar(nodeA);
    await deliveredSoFar(nodeB);
    expect(seen.sort()).toEqual(['A1', 'A2', 'B']);
  });

  it('keeps nodes of different key prefixes apart', async () => {
    const ours = await openBus();
    const theirs = await openBus({ keyPrefix: testRedisPrefix() });
    let theirCalls = 0;
    theirs.subscribe(() => void theirCalls++);
    await ours.publish(aaplSignal);
    await deliveredSoFar(ours);
    await deliveredSoFar(theirs);
    // Only their own flush marker reached them.
    expect(theirCalls).toBe(1);
    expect(ours.channel).toBe(`${prefix}bus`);
  });

  it('reports and drops malformed messages on its channel, and goes on delivering', async () => {
    const problems: string[] = [];
    const bus = await openBus({ onRedisError: (error) => problems.push(error.message) });
    const received: unknown[] = [];
    const events: BusEvent[] = [];
    bus.subscribe((event) => void (event.type === 'signal' && (received.push(event.data), events.push(event))));
    const intruder = new Redis(TEST_REDIS_URL);
    clients.push(intruder);
    await intruder.publish(bus.channel, 'not json at all');
    await intruder.publish(bus.channel, JSON.stringify({ type: 'news', channels: ['signals'], data: {} }));
    await intruder.publish(bus.channel, JSON.stringify({ type: 'signal', channels: ['signals:aapl'], data: {} }));
    await intruder.publish(bus.channel, 'null');
    // Fields beyond the event's own are not handed on.
    await intruder.publish(bus.channel, JSON.stringify({ ...aaplSignal, origin: 'elsewhere' }));
    await bus.publish(aaplSignal);
    await deliveredSoFar(bus);
    expect(received).toEqual([aaplSignal.data, aaplSignal.data]);
    expect(events[0]).toEqual(aaplSignal);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(new RegExp(`^dropped a malformed message on ${prefix}bus \\(.*JSON.*\\): not json at all$`));
    expect(problems[1]).toContain('bus event type "news" is not one of signal, quote, bar, portfolio');
    expect(problems[2]).toContain('channel "signals:aapl" is not canonical');
    expect(problems[3]).toContain('bus event must be an object');
  });

  it('refuses to open when Redis does not answer, naming the address and not the password', async () => {
    const started = Date.now();
    await expect(RedisMessageBus.open({ url: 'redis://:secret@127.0.0.1:1', ...quietly, connectTimeoutMs: 300 })).rejects.toThrow(
      /^message bus: cannot start on Redis at redis:\/\/127\.0\.0\.1:1: .*within 300 ms$/,
    );
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe.skipIf(serverProblem !== null)('RedisMessageBus across a Redis restart', () => {
  let server: PrivateRedisServer | undefined;
  const opened: RedisMessageBus[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((bus) => bus.close()));
    await server?.stop();
  });

  it('rejects publishing while Redis is down, then resubscribes by itself and delivers again once it is back', async () => {
    server = await PrivateRedisServer.start();
    const problems: Error[] = [];
    const bus = await RedisMessageBus.open({ url: server.url, onRedisError: (error) => problems.push(error) });
    opened.push(bus);
    const received: unknown[] = [];
    bus.subscribe((event) => void (event.type === 'signal' && received.push(event.data)));
    await bus.publish(aaplSignal);
    await deliveredSoFar(bus);
    expect(received).toHaveLength(1);

    await server.kill();
    await until(() => problems.length > 0, 'the lost connection is reported');
    const started = Date.now();
    await expect(bus.publish(aaplSignal)).rejects.toThrow(/^message bus: the signal event \(signals, signals:AAPL\) was not published, Redis is unreachable: /);
    expect(Date.now() - started).toBeLessThan(2500);

    await server.restart();
    // The restarted Redis knows nothing of the old subscription: seeing one again means ioredis resubscribed.
    const watcher = new Redis(server.url);
    try {
      await until(async () => {
        const [, count] = (await watcher.pubsub('NUMSUB', bus.channel)) as [string, number];
        return Number(count) === 1;
      }, 'the bus subscribed again');
    } finally {
      watcher.disconnect();
    }
    // The publishing connection comes back on its own schedule (at most 2 s between attempts).
    await until(async () => bus.publish(aaplSignal).then(() => true, () => false), 'publishing works again');
    await deliveredSoFar(bus);
    expect(received).toHaveLength(2);
  });
});
