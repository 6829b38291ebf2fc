import { describe, expect, it } from 'vitest';
import { formatHeatmap } from './format-heatmap.js';

describe('formatHeatmap', () => {
  it('lays the values out with y down and x across, "." where there is none', () => {
    const text = formatHeatmap({ x: 'fast', y: 'slow', xs: [5, 10], ys: [20, 30], values: [[0.5, -1.25], [null, 12]] });
    expect(text).toBe(['slow\\fast      5     10', '20          0.50  -1.25', '30             .  12.00'].join('\n'));
  });
});
