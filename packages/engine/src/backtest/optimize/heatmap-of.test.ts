import { describe, expect, it } from 'vitest';
import { heatmapOf } from './heatmap-of.js';

describe('heatmapOf', () => {
  const grid = [
    { name: 'fast', values: [10, 5] },
    { name: 'slow', values: [20, 30, 40] },
  ];

  it('puts one row per y value and one column per x value, in the grid order, null where no value', () => {
    const results = [
      { params: { fast: 10, slow: 20 }, value: 1 },
      { params: { fast: 10, slow: 40 }, value: null },
      { params: { fast: 5, slow: 30 }, value: -2 },
    ];
    expect(heatmapOf(grid, results)).toEqual({
      x: 'fast',
      y: 'slow',
      xs: [10, 5],
      ys: [20, 30, 40],
      values: [
        [1, null],
        [null, -2],
        [null, null],
      ],
    });
  });

  it('is null unless exactly two parameters are swept', () => {
    expect(heatmapOf([grid[0]], [])).toBeNull();
    expect(heatmapOf([...grid, { name: 'k', values: [1] }], [])).toBeNull();
  });
});
