import type { AgentDefinition } from '../agent.js';

/** The sentiment agents, in registration order. */
export const sentimentAgents: readonly AgentDefinition[] = [];
