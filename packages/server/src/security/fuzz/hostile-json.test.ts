import fc, { type JsonValue } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileJson } from './hostile-json.js';

function depthOf(value: JsonValue | undefined): number {
  let deepest = 0;
  const stack: [JsonValue | undefined, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() ?? [null, 0];
    if (typeof item !== 'object' || item === null) continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

describe('hostileJson', () => {
  it('nests up to the depth asked for, no deeper', () => {
    const depths = fc.sample(hostileJson(200), { numRuns: 300, seed: 2 }).map(depthOf);
    expect(Math.max(...depths)).toBeGreaterThan(150);
    expect(Math.max(...depths)).toBeLessThanOrEqual(200 + 3);
  });

  it('draws wrong types, huge arrays and prototype keys as own properties', () => {
    const values = fc.sample(hostileJson(10), { numRuns: 500, seed: 4 });
    expect(values).toEqual(expect.arrayContaining([null, true, '', 1e308]));
    expect(values.some((value) => Array.isArray(value) && value.length >= 1_000)).toBe(true);
    expect(values.some((value) => typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__'))).toBe(true);
  });
});
