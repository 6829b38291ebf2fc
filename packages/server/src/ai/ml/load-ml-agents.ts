import { readdir } from 'node:fs/promises';
import { createMlAgents, InMemoryModelStore, sequenceModelFromArtifact, type AgentDefinition } from '@goldensignals/engine';
import { isModelFileName, loadModelStore } from './load-model-store.js';

/** The ML agents and the store of models they read (which a retrainer refreshes). */
export interface MlModels {
  readonly agents: AgentDefinition[];
  readonly store: InMemoryModelStore;
}

/**
 * The ML agents over the model files in `folder` (`goldensignals train --out <folder>`), or `null` when no folder is
 * configured. A folder holding a bad file is an error naming it: the server does not start with half its models.
 * `allowEmpty` (a retrainer will write the first models) accepts a missing or empty folder: the agents abstain until then.
 */
export async function loadMlAgents(folder: string | null, options: { readonly allowEmpty?: boolean } = {}): Promise<MlModels | null> {
  if (folder === null) return null;
  const store = options.allowEmpty === true && !(await hasModelFiles(folder)) ? new InMemoryModelStore() : await loadModelStore(folder, { sequence: sequenceModelFromArtifact });
  return { agents: createMlAgents(store), store };
}

async function hasModelFiles(folder: string): Promise<boolean> {
  try {
    return (await readdir(folder)).some(isModelFileName);
  } catch {
    return false;
  }
}
