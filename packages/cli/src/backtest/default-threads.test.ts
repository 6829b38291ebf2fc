import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultThreads } from './default-threads.js';

describe('defaultThreads', () => {
  it('uses every core for signal-engine strategies over many bars, one thread otherwise', () => {
    expect(defaultThreads('consensus', 619_040)).toBe(availableParallelism());
    expect(defaultThreads('agent:rsi', 50_000)).toBe(availableParallelism());
    expect(defaultThreads('consensus', 49_999)).toBe(1);
    expect(defaultThreads('sma-cross', 619_040)).toBe(1);
  });
});
