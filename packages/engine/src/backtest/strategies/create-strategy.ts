import type { Strategy } from '../strategy/strategy.js';
import { BUILT_IN_STRATEGIES } from './built-in-strategies.js';
import type { StrategyDefinition, StrategyRunContext } from './strategy-definition.js';
import { strategyParamValue } from './strategy-param-value.js';

/**
 * Creates a strategy by name with parameters given as numbers or text
 * (`createStrategy('sma-cross', { fast: '10', slow: '20' })`); missing parameters take their
 * defaults. Throws a RangeError naming the unknown strategy or parameter, or the invalid value.
 * Pass `definitions` to offer more strategies than the built-in ones, and `context` to give the
 * strategy's agents inputs beyond the bars (news).
 */
export function createStrategy(
  name: string,
  params: Readonly<Record<string, string | number>> = {},
  definitions: readonly StrategyDefinition[] = BUILT_IN_STRATEGIES,
  context: StrategyRunContext = {},
): Strategy {
  const definition = definitions.find((d) => d.name === name);
  if (definition === undefined) {
    throw new RangeError(`unknown strategy "${name}"; expected one of ${definitions.map((d) => d.name).join(', ')}`);
  }
  for (const key of Object.keys(params)) {
    if (!definition.params.some((spec) => spec.name === key)) {
      const known = definition.params.length === 0 ? 'it takes none' : `its parameters are ${definition.params.map((s) => s.name).join(', ')}`;
      throw new RangeError(`strategy ${name} has no parameter "${key}"; ${known}`);
    }
  }
  const values: Record<string, number> = {};
  for (const spec of definition.params) {
    const raw = Object.hasOwn(params, spec.name) ? params[spec.name] : undefined;
    values[spec.name] = raw === undefined ? spec.default : strategyParamValue(name, spec, raw);
  }
  return definition.create(values, context);
}
