import type { AgentDefinition } from '../agent.js';

/** The technical agents, in registration order. */
export const technicalAgents: readonly AgentDefinition[] = [];
