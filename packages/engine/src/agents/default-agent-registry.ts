import { AgentRegistry } from './agent-registry.js';
import { externalAgents } from './external/index.js';
import { optionsAgents } from './options/index.js';
import { riskAgents } from './risk/index.js';
import { sentimentAgents } from './sentiment/index.js';
import { technicalAgents } from './technical/index.js';

/** A registry holding every built-in agent. */
export function createDefaultAgentRegistry(): AgentRegistry {
  return new AgentRegistry([...technicalAgents, ...riskAgents, ...optionsAgents, ...sentimentAgents, ...externalAgents]);
}
