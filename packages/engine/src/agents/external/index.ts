import type { AgentDefinition } from '../agent.js';
import { externalVoteAgent } from './external-vote-agent.js';

export * from './external-vote.js';
export * from './external-vote-agent.js';

/**
 * The agents that vote what something outside the engine said (TradingView alerts), read from
 * `context.inputs.externalVotes`; they see only votes that had arrived by the current bar's close.
 */
export const externalAgents: readonly AgentDefinition[] = [externalVoteAgent];
