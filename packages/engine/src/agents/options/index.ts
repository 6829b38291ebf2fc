import type { AgentDefinition } from '../agent.js';
import { ivSkewAgent } from './iv-skew-agent.js';
import { putCallRatioAgent } from './put-call-ratio-agent.js';
import { unusualOptionsActivityAgent } from './unusual-options-activity-agent.js';

export * from './put-call-ratio-agent.js';
export * from './unusual-options-activity-agent.js';
export * from './iv-skew-agent.js';
export * from './read-options-chain.js';

/** The options agents, in registration order. Each reads `context.inputs.optionsChain` and abstains without a fresh one. */
export const optionsAgents: readonly AgentDefinition[] = [putCallRatioAgent, unusualOptionsActivityAgent, ivSkewAgent];
