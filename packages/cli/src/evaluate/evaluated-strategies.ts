import { ALL_STRATEGIES } from '@goldensignals/engine';
import type { EvaluatedStrategy } from './evaluate-plan.js';
import { ML_CONSENSUS_LABEL } from './ml-evaluation.js';

const AGENT_PREFIX = 'agent:';

/** The learned-weight consensus' label. */
export const CONSENSUS_LABEL = 'consensus';
/** The same consensus with equal weights (no learning). */
export const EQUAL_WEIGHT_LABEL = 'equal-weight';
export const BUY_AND_HOLD_LABEL = 'buy-and-hold';

/**
 * The strategies `evaluate` compares: the consensus with accuracy weights learned on the train bars
 * (and still learning in the test bars), the same consensus with equal weights, every built-in agent
 * alone (or only those in `agents`), and buy-and-hold. With `mlAgents` (the ML agents trained model
 * files serve), those agents count as known agents too and the consensus with them is added.
 * Throws a RangeError for an unknown agent id.
 */
export function evaluatedStrategies(agents?: readonly string[], mlAgents: readonly string[] = []): EvaluatedStrategy[] {
  const known = [...ALL_STRATEGIES.filter((d) => d.name.startsWith(AGENT_PREFIX)).map((d) => d.name.slice(AGENT_PREFIX.length)), ...mlAgents];
  for (const id of agents ?? []) {
    if (!known.includes(id)) throw new RangeError(`unknown agent "${id}" in --agents; known agents: ${known.join(', ')}`);
  }
  const chosen = agents === undefined ? known : known.filter((id) => agents.includes(id));
  return [
    { label: CONSENSUS_LABEL, strategy: 'consensus', params: { learn: 1 } },
    { label: EQUAL_WEIGHT_LABEL, strategy: 'consensus', params: { learn: 0 } },
    ...(mlAgents.length > 0 ? [{ label: ML_CONSENSUS_LABEL, strategy: ML_CONSENSUS_LABEL, params: {} }] : []),
    ...chosen.map((id) => ({ label: `${AGENT_PREFIX}${id}`, strategy: `${AGENT_PREFIX}${id}`, params: {} })),
    { label: BUY_AND_HOLD_LABEL, strategy: 'buy-and-hold', params: {} },
  ];
}
