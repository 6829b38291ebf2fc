import type { Redis } from 'ioredis';
import { LoginThrottle } from '../../security/limits/login-throttle.js';
import {
  accountThrottleKey,
  ipThrottleKey,
  loginBackoffPolicy,
  loginBackoffWaitMs,
  loginThrottleVerdict,
  type LoginBackoffPolicy,
  type LoginThrottleVerdict,
  type LoginThrottling,
} from '../../security/limits/login-throttling.js';
import { OutageReporter } from './outage-reporter.js';

/** Options of {@link RedisLoginThrottle}; the policy fields default as for `LoginThrottle`. */
export interface RedisLoginThrottleOptions extends Partial<LoginBackoffPolicy> {
  /** A fail-fast connection (`openRedis(url, { role: 'cache' })`): a login must not wait on an absent Redis. */
  readonly redis: Redis;
  /** Prefix of the counters' keys, `<keyPrefix>login-throttle:<account:e-mail | ip:address>` (default `goldensignals:`). */
  readonly keyPrefix?: string;
  /** Clock in milliseconds (tests pass a fake one); the nodes' clocks are assumed to agree (NTP). */
  readonly now?: () => number;
  /** Told of the first Redis failure of each outage; the default writes to stderr. */
  readonly onError?: (error: Error) => void;
}

// Counts one failure on each key atomically, so two nodes counting at once never lose one. A counter whose last
// failure is forgetAfter old starts again from one. The expiry only cleans up: forgetting is decided on `now`,
// which keeps nodes and tests with their own clock exact.
const RECORD_FAILURE = `
local now = tonumber(ARGV[1])
local forget = tonumber(ARGV[2])
for _, key in ipairs(KEYS) do
  local last = tonumber(redis.call('HGET', key, 'last'))
  if last == nil or now - last >= forget then
    redis.call('HSET', key, 'failures', 1, 'last', ARGV[1])
  else
    redis.call('HINCRBY', key, 'failures', 1)
    if now > last then redis.call('HSET', key, 'last', ARGV[1]) end
  end
  redis.call('PEXPIRE', key, ARGV[2])
end
return 1
`;

function counterOf(reply: [Error | null, unknown] | undefined): { failures: number; lastFailureMs: number } | null {
  if (reply === undefined) throw new Error('Redis answered fewer replies than commands');
  const [error, values] = reply;
  if (error !== null) throw error;
  const [failures, last] = values as [string | null, string | null];
  return failures === null || last === null ? null : { failures: Number(failures), lastFailureMs: Number(last) };
}

function longer(first: LoginThrottleVerdict, second: LoginThrottleVerdict): LoginThrottleVerdict {
  if (first.allowed) return second;
  if (second.allowed) return first;
  return second.retryAfterMs > first.retryAfterMs ? second : first;
}

/**
 * The login backoff of `LoginThrottle` (free attempts, doubling delay, cap, forgetting) with its counters in Redis,
 * so a password guesser gains nothing by spreading tries over the nodes. Counters are hashes with a TTL of
 * `forgetAfterMs`, so Redis memory stays bounded by the failures of the last `forgetAfterMs`.
 *
 * While Redis is unreachable the node counts in its own memory instead (reported once per outage), so guessing is
 * still slowed down per node; those failures keep counting locally after Redis is back, until forgotten.
 */
export class RedisLoginThrottle implements LoginThrottling {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #now: () => number;
  readonly #policy: LoginBackoffPolicy;
  readonly #fallback: LoginThrottle;
  readonly #outage: OutageReporter;

  constructor(options: RedisLoginThrottleOptions) {
    this.#redis = options.redis;
    this.#prefix = `${options.keyPrefix ?? 'goldensignals:'}login-throttle:`;
    this.#now = options.now ?? Date.now;
    this.#policy = loginBackoffPolicy(options);
    this.#fallback = new LoginThrottle({ ...this.#policy, now: this.#now });
    this.#outage = new OutageReporter('the login throttle store (Redis)', 'counting failed logins on this node only', options.onError ?? ((error) => console.error(error.message)));
  }

  async check(email: string, ip: string): Promise<LoginThrottleVerdict> {
    const now = this.#now();
    const local = await this.#fallback.check(email, ip);
    try {
      const replies = await this.#redis.pipeline().hmget(this.#key(accountThrottleKey(email)), 'failures', 'last').hmget(this.#key(ipThrottleKey(ip)), 'failures', 'last').exec();
      const account = counterOf(replies?.[0]);
      const address = counterOf(replies?.[1]);
      this.#outage.succeeded();
      const accountWait = account === null ? 0 : loginBackoffWaitMs(account.failures, account.lastFailureMs, this.#policy.freeAttemptsPerAccount, this.#policy, now);
      const ipWait = address === null ? 0 : loginBackoffWaitMs(address.failures, address.lastFailureMs, this.#policy.freeAttemptsPerIp, this.#policy, now);
      return longer(loginThrottleVerdict(accountWait, ipWait), local);
    } catch (error) {
      this.#outage.failed(error);
      return local;
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const now = this.#now();
    try {
      await this.#redis.eval(RECORD_FAILURE, 2, this.#key(accountThrottleKey(email)), this.#key(ipThrottleKey(ip)), String(now), String(this.#policy.forgetAfterMs));
      this.#outage.succeeded();
    } catch (error) {
      this.#outage.failed(error);
      await this.#fallback.recordFailure(email, ip);
    }
  }

  /** Clears the account's counter, in Redis and locally; the IP's stays (see `LoginThrottle.recordSuccess`). */
  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.#fallback.recordSuccess(email, ip);
    try {
      await this.#redis.del(this.#key(accountThrottleKey(email)));
      this.#outage.succeeded();
    } catch (error) {
      this.#outage.failed(error);
    }
  }

  #key(counter: string): string {
    return `${this.#prefix}${counter}`;
  }
}
