import { describe, expect, it } from 'vitest';
import { expandGrid, gridSize } from './expand-grid.js';
import { parseGridSpec } from './parse-grid-spec.js';

describe('expandGrid', () => {
  it('varies the first parameter slowest', () => {
    const grid = [
      { name: 'fast', values: [5, 10] },
      { name: 'slow', values: [20, 30, 40] },
    ];
    expect(expandGrid(grid)).toEqual([
      { fast: 5, slow: 20 },
      { fast: 5, slow: 30 },
      { fast: 5, slow: 40 },
      { fast: 10, slow: 20 },
      { fast: 10, slow: 30 },
      { fast: 10, slow: 40 },
    ]);
    expect(gridSize(grid)).toBe(6);
  });

  it('counts the issue grid: 6 × 13 = 78 combinations with the stops included', () => {
    const grid = [parseGridSpec('fast=5:30:5'), parseGridSpec('slow=10:70:5')];
    expect(gridSize(grid)).toBe(78);
    expect(expandGrid(grid)).toHaveLength(78);
  });

  it('gives one empty combination for no parameters', () => {
    expect(expandGrid([])).toEqual([{}]);
  });

  it('refuses a parameter given twice and oversized grids', () => {
    expect(() => expandGrid([{ name: 'fast', values: [5] }, { name: 'fast', values: [6] }])).toThrow(
      'grid parameter fast is given twice; give all its values in one --grid',
    );
    const big = { values: Array.from({ length: 1001 }, (_, k) => k) };
    expect(() => expandGrid([{ name: 'a', ...big }, { name: 'b', ...big }])).toThrow('the grid has 1002001 combinations; at most 1000000');
  });
});
