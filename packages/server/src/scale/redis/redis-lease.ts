import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Lease } from '../../support/lease.js';

/** Options of {@link RedisLease}. */
export interface RedisLeaseOptions {
  readonly redis: Redis;
  /** What the lease is for (`quote-poller`); the key is `<keyPrefix>lease:<name>`. */
  readonly name: string;
  /** How long a holder keeps it without asking again; ask more often than this (e.g. every third of it). */
  readonly ttlMs: number;
  readonly keyPrefix?: string;
  /** This node's identity in the key (default a random id per instance). */
  readonly holder?: string;
  /** Told when Redis cannot be asked; the lease then counts as not held, so no two nodes work at once. */
  readonly onError?: (error: unknown) => void;
}

// Take the key when free, or extend it when this holder has it, in one step: two nodes asking at once cannot both win.
const HOLD = `
local current = redis.call('GET', KEYS[1])
if current == false then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
elseif current == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0`;

// Delete only our own lease: one that ran out and was taken by another node stays theirs.
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`;

/** A {@link Lease} shared by every node through one Redis key with an expiry. */
export class RedisLease implements Lease {
  readonly key: string;
  readonly holder: string;

  constructor(private readonly options: RedisLeaseOptions) {
    if (!Number.isInteger(options.ttlMs) || options.ttlMs < 1) throw new RangeError(`ttlMs must be a positive integer, got ${options.ttlMs}`);
    this.key = `${options.keyPrefix ?? 'goldensignals:'}lease:${options.name}`;
    this.holder = options.holder ?? randomUUID();
  }

  async tryHold(): Promise<boolean> {
    try {
      return (await this.options.redis.eval(HOLD, 1, this.key, this.holder, String(this.options.ttlMs))) === 1;
    } catch (error) {
      this.options.onError?.(error);
      return false;
    }
  }

  async release(): Promise<void> {
    try {
      await this.options.redis.eval(RELEASE, 1, this.key, this.holder);
    } catch (error) {
      // It runs out by itself.
      this.options.onError?.(error);
    }
  }
}
