import { describe, expect, it } from 'vitest';
import { mapConcurrently } from './map-concurrently.js';

describe('mapConcurrently', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapConcurrently([30, 10, 20, 0, 5], 2, async (delay, index) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, delay));
      running--;
      return `${index}:${delay}`;
    });
    expect(results).toEqual(['0:30', '1:10', '2:20', '3:0', '4:5']);
    expect(peak).toBe(2);
  });

  it('answers an empty list at once', async () => {
    expect(await mapConcurrently([], 4, async () => 1)).toEqual([]);
  });
});
