import type { AgentDefinition } from '../../agents/agent.js';
import type { ModelStore } from '../artifacts/model-store.js';
import { mlDirectionAgent, type MlDirectionAgentSpec } from './ml-direction-agent.js';

/** The ML agents, one per model kind. */
export const ML_AGENT_SPECS: readonly MlDirectionAgentSpec[] = [
  { id: 'ml-logistic-regression', name: 'Logistic regression model', kind: 'logistic-regression', readsHistory: false },
  { id: 'ml-gradient-boosted-trees', name: 'Gradient-boosted trees model', kind: 'gradient-boosted-trees', readsHistory: false },
  { id: 'ml-lstm', name: 'LSTM sequence model', kind: 'lstm', readsHistory: true },
  { id: 'ml-ensemble', name: 'Stacked ensemble model', kind: 'ensemble', readsHistory: true },
];

/** The ML agents reading their models from `store` (register them beside the built-in agents). */
export function createMlAgents(store: ModelStore): AgentDefinition[] {
  return ML_AGENT_SPECS.map((spec): AgentDefinition => mlDirectionAgent(spec, store));
}
