import type { Lease } from '../support/lease.js';

/**
 * Leases of one process that several bots in a test share, as nodes share a Redis lease: the first to ask holds it
 * until it releases it. (RedisLease itself is tested against Redis in scale/redis.)
 */
export function sharedLeases(): () => Lease {
  let holder: object | null = null;
  return () => {
    const me = {};
    return {
      tryHold: () => {
        holder ??= me;
        return Promise.resolve(holder === me);
      },
      release: () => {
        if (holder === me) holder = null;
        return Promise.resolve();
      },
    };
  };
}
