import type { AgentDefinition } from '../agent.js';

/** The options agents, in registration order. */
export const optionsAgents: readonly AgentDefinition[] = [];
