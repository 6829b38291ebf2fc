import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_STRATEGIES, type Strategy, type StrategyDefinition } from '@goldensignals/engine';

// Strategies a user wrote, loaded from JavaScript modules (`--strategy ./my-strategy.js`), next to the
// built-in ones. Loaded once per thread: the worker threads of a multi-symbol run load the same file.
const loaded: StrategyDefinition[] = [];

/** Whether `--strategy` names a module file rather than a built-in strategy. */
export function isStrategyFile(spec: string): boolean {
  return /\.(?:m?js|cjs)$/u.test(spec);
}

function isDefinition(value: unknown): value is StrategyDefinition {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<StrategyDefinition>;
  return typeof candidate.create === 'function' && Array.isArray(candidate.params);
}

/**
 * Loads the strategy module `spec` names (a path to a .js/.mjs/.cjs file, relative to the working
 * directory) when it is one, and registers it under that name. Its default export is either a
 * `StrategyDefinition` (name, description, params with defaults, `create(params)`) or a function
 * returning a `Strategy` (then it takes no `--param`). Throws an Error naming the file and the problem.
 */
export async function loadUserStrategy(spec: string): Promise<void> {
  if (!isStrategyFile(spec) || loaded.some((definition) => definition.name === spec)) return;
  let module: { readonly default?: unknown };
  try {
    module = (await import(pathToFileURL(resolve(spec)).href)) as { readonly default?: unknown };
  } catch (error) {
    throw new Error(`cannot load strategy file ${spec}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const exported = module.default;
  if (isDefinition(exported)) {
    loaded.push({ ...exported, name: spec, description: exported.description });
  } else if (typeof exported === 'function') {
    const make = exported as () => Strategy;
    loaded.push({ name: spec, description: `user strategy from ${spec}`, params: [], create: () => make() });
  } else {
    throw new Error(`strategy file ${spec} must export default a StrategyDefinition ({ name, description, params, create }) or a function returning a Strategy`);
  }
}

/** The built-in strategies and the user strategies loaded in this thread. */
export function strategyDefinitions(): readonly StrategyDefinition[] {
  return loaded.length === 0 ? ALL_STRATEGIES : [...ALL_STRATEGIES, ...loaded];
}
