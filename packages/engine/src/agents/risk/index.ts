import type { AgentDefinition } from '../agent.js';

/** The risk agents, in registration order. */
export const riskAgents: readonly AgentDefinition[] = [];
