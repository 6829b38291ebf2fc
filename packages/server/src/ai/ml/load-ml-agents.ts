import { createMlAgents, sequenceModelFromArtifact, type AgentDefinition } from '@goldensignals/engine';
import { loadModelStore } from './load-model-store.js';

/**
 * The ML agents over the model files in `folder` (`goldensignals train --out <folder>`), or none when no folder is
 * configured. A folder that cannot be read or holds a bad file is an error naming it: the server does not start
 * with half its models.
 */
export async function loadMlAgents(folder: string | null): Promise<AgentDefinition[]> {
  if (folder === null) return [];
  return createMlAgents(await loadModelStore(folder, { sequence: sequenceModelFromArtifact }));
}
