import type { GridParam } from './grid-param.js';
import type { ParamSet } from './param-set.js';

/** More combinations than a sweep should attempt in one call. */
export const MAX_GRID_COMBINATIONS = 1_000_000;

/** Number of combinations of a grid (the product of the value counts; 1 for no parameters). */
export function gridSize(grid: readonly GridParam[]): number {
  return grid.reduce((product, param) => product * param.values.length, 1);
}

/**
 * Every combination of the grid's values, the first parameter varying slowest (as nested loops
 * in the order the parameters were given). Throws a RangeError for a parameter given twice or a
 * grid of more than {@link MAX_GRID_COMBINATIONS}.
 */
export function expandGrid(grid: readonly GridParam[]): ParamSet[] {
  const names = new Set<string>();
  for (const { name, values } of grid) {
    if (names.has(name)) throw new RangeError(`grid parameter ${name} is given twice; give all its values in one --grid`);
    if (values.length === 0) throw new RangeError(`grid parameter ${name} has no values`);
    names.add(name);
  }
  const size = gridSize(grid);
  if (size > MAX_GRID_COMBINATIONS) throw new RangeError(`the grid has ${size} combinations; at most ${MAX_GRID_COMBINATIONS}`);
  const sets: ParamSet[] = [];
  const current: Record<string, number> = {};
  const visit = (depth: number): void => {
    if (depth === grid.length) {
      sets.push({ ...current });
      return;
    }
    const { name, values } = grid[depth];
    for (const value of values) {
      current[name] = value;
      visit(depth + 1);
    }
  };
  visit(0);
  return sets;
}
