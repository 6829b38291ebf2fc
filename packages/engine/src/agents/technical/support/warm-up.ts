import { abstain, type Abstain } from '../../agent.js';
import type { FeatureRequest } from '../../feature-request.js';

/**
 * Bars a feature consumes before `values` consecutive values of it can be read (its lookback plus
 * `values`). Builds one throw-away instance, once per agent, to ask the indicator itself.
 */
export function barsToWarmUp(feature: FeatureRequest<unknown>, values = 1): number {
  return feature.create().lookback + values;
}

/**
 * The abstention an agent gives while its indicator is still warming up. Frozen, so an agent builds
 * it once and returns the same one on every warm-up bar.
 */
export function warmingUp(label: string, barsNeeded: number): Abstain {
  return Object.freeze(abstain(`${label} needs ${barsNeeded} bars of history and is still warming up`));
}
