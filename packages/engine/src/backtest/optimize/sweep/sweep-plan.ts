import { BUILT_IN_STRATEGIES } from '../../strategies/built-in-strategies.js';
import type { StrategyDefinition } from '../../strategies/strategy-definition.js';
import { strategyParamValue } from '../../strategies/strategy-param-value.js';
import { expandGrid, gridSize } from '../grid/expand-grid.js';
import type { GridParam } from '../grid/grid-param.js';
import type { ParamSet } from '../grid/param-set.js';
import { compileWhere } from '../where/compile-where.js';

/** The parameter sets a sweep will run, checked against the strategy before anything runs. */
export interface SweepPlan {
  readonly strategy: string;
  /** The swept parameters, in grid order. */
  readonly names: readonly string[];
  readonly grid: readonly GridParam[];
  /** Combinations in the grid, before `where`. */
  readonly size: number;
  /** The combinations `where` keeps, in grid order, each with every strategy parameter (defaults for the unswept ones). */
  readonly combinations: readonly ParamSet[];
}

/** The strategy's definition, or a RangeError listing the known ones. */
export function strategyDefinition(strategy: string, definitions: readonly StrategyDefinition[]): StrategyDefinition {
  const definition = definitions.find((d) => d.name === strategy);
  if (definition === undefined) {
    throw new RangeError(`unknown strategy "${strategy}"; expected one of ${definitions.map((d) => d.name).join(', ')}`);
  }
  return definition;
}

/**
 * Plans a sweep: every swept name must be a parameter of the strategy and every value valid for it
 * (checked once per value, with the messages of `createStrategy`); `where` may use any of the
 * strategy's parameters. Throws a RangeError when nothing is left to run.
 */
export function planSweep(
  strategy: string,
  grid: readonly GridParam[],
  where?: string,
  definitions: readonly StrategyDefinition[] = BUILT_IN_STRATEGIES,
): SweepPlan {
  const definition = strategyDefinition(strategy, definitions);
  const defaults: Record<string, number> = {};
  for (const spec of definition.params) defaults[spec.name] = spec.default;
  for (const { name, values } of grid) {
    const spec = definition.params.find((p) => p.name === name);
    if (spec === undefined) {
      const known = definition.params.length === 0 ? 'it takes none' : `its parameters are ${definition.params.map((p) => p.name).join(', ')}`;
      throw new RangeError(`strategy ${strategy} has no parameter "${name}"; ${known}`);
    }
    for (const value of values) strategyParamValue(strategy, spec, value);
  }
  const keep = where === undefined || where.trim() === '' ? () => true : compileWhere(where, definition.params.map((p) => p.name));
  const combinations = expandGrid(grid)
    .map((set) => ({ ...defaults, ...set }))
    .filter((set) => keep(set));
  const size = gridSize(grid);
  if (combinations.length === 0) throw new RangeError(`where "${where ?? ''}": none of the ${size} combinations passes`);
  return { strategy, names: grid.map((p) => p.name), grid, size, combinations };
}
