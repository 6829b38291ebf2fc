import { describe, expect, it } from 'vitest';
import { averageTrueRangeNode, supertrendNode } from './range-ops.js';
import { SQUARES, windowSumsNode } from './average-ops.js';
import { FeatureProgramBuilder } from './feature-program-builder.js';
import { OpKind } from './op-kind.js';
import { HEADER_SIZE } from './program-state.js';

describe('FeatureProgramBuilder', () => {
  it('creates one node per key, keeping the longest history and every option asked for', () => {
    const builder = new FeatureProgramBuilder();
    const atr = averageTrueRangeNode(builder, 10, 2);
    // SUPERTREND(10, 3) reads ATR(10): the same node, which now keeps 6 values.
    supertrendNode(builder, 10, 3, 1);
    expect(averageTrueRangeNode(builder, 10, 6)).toBe(atr);
    expect(atr.history).toBe(6);
    const sums = windowSumsNode(builder, 'close', 20, 1);
    windowSumsNode(builder, 'close', 20, 1, SQUARES);
    expect(sums.flags).toBe(SQUARES);
    // Nodes: true range, ATR(10), supertrend, the close series and its sums.
    expect(builder.size).toBe(5);
  });

  it('lays the nodes out one after another in kind order, as runs of (kind, count, offsets)', () => {
    const builder = new FeatureProgramBuilder();
    const supertrend = supertrendNode(builder, 10, 3, 1);
    const atr14 = averageTrueRangeNode(builder, 14, 1);
    const atr10 = averageTrueRangeNode(builder, 10, 1);
    const { ops, template } = builder.build();
    expect(Array.from(ops)).toEqual([OpKind.TrueRange, 1, HEADER_SIZE, OpKind.AverageTrueRange, 2, atr10.base, atr14.base, OpKind.Supertrend, 1, supertrend.base]);
    expect(atr10.base).toBeLessThan(atr14.base);
    expect(atr14.base).toBeLessThan(supertrend.base);
    expect(template.length).toBeGreaterThan(supertrend.base);
    // Initial state written by each node: ATR(14)'s period at its block start.
    expect(template[atr14.base]).toBe(14);
  });
});
