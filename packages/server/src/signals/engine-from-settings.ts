import { AgentRegistry, createDefaultAgentRegistry, SignalEngine, type AccuracyTracker, type AgentDefinition, type SignalEngineOptions } from '@goldensignals/engine';
import type { AgentSetting } from '../storage/repositories/agent-settings-repository.js';

/**
 * The signal engine for the stored agent settings: agents switched off are left out, config
 * overrides applied, the given tracker (learned weights) kept. `extraAgents` (the ML agents, when
 * trained models are configured) vote beside the built-in ones. Without settings or extra agents it
 * is the default engine, which shares one configured set of agents.
 */
export function engineFromSettings(
  settings: readonly AgentSetting[],
  tracker: AccuracyTracker | null,
  observe: Pick<SignalEngineOptions, 'onAgentResults' | 'now'> = {},
  extraAgents: readonly AgentDefinition[] = [],
): SignalEngine {
  const trackerOption = { ...observe, ...(tracker === null ? {} : { tracker }) };
  const changed = settings.filter((setting) => !setting.enabled || Object.keys(setting.config ?? {}).length > 0);
  if (changed.length === 0 && extraAgents.length === 0) return new SignalEngine(trackerOption);
  const disabled = new Set(changed.filter((setting) => !setting.enabled).map((setting) => setting.agent));
  const registry = extraAgents.length === 0 ? createDefaultAgentRegistry() : new AgentRegistry([...createDefaultAgentRegistry().list(), ...extraAgents]);
  const known = registry.list().map((definition) => definition.id);
  const agents = known.filter((id) => !disabled.has(id));
  // Settings of agents this build no longer has are kept in the database but not applied.
  const configured = changed.filter((setting) => known.includes(setting.agent) && Object.keys(setting.config ?? {}).length > 0);
  const agentConfigs = Object.fromEntries(configured.map((setting) => [setting.agent, setting.config]));
  return new SignalEngine({ ...trackerOption, registry, agents, agentConfigs });
}
