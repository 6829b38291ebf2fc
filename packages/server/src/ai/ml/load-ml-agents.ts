import { createMlAgents, InMemoryModelStore, sequenceModelFromArtifact, type AgentDefinition } from '@goldensignals/engine';
import { loadModelStore } from './load-model-store.js';
import { modelFolderState, type ModelFolderState } from './model-folder-state.js';

/** The ML agents and the store of models they read (which a retrainer or a reloader refreshes). */
export interface MlModels {
  readonly agents: AgentDefinition[];
  readonly store: InMemoryModelStore;
  /** The folder's files as they were just before loading: a `ModelReloader` loads what changes after. */
  readonly loadedState: ModelFolderState;
}

/**
 * The ML agents over the model files in `folder` (`goldensignals train --out <folder>`), or `null` when no folder is
 * configured. A folder holding a bad file is an error naming it: the server does not start with half its models.
 * `allowEmpty` (a retrainer will write the first models) accepts a missing or empty folder: the agents abstain until then.
 */
export async function loadMlAgents(folder: string | null, options: { readonly allowEmpty?: boolean } = {}): Promise<MlModels | null> {
  if (folder === null) return null;
  // Looked at before reading: a file written meanwhile differs from this state and is loaded by the next check.
  // An unreadable folder is empty here; loading it then fails with the reason, unless empty is allowed.
  const loadedState = await modelFolderState(folder).catch((): ModelFolderState => new Map());
  const store = options.allowEmpty === true && loadedState.size === 0 ? new InMemoryModelStore() : await loadModelStore(folder, { sequence: sequenceModelFromArtifact });
  return { agents: createMlAgents(store), store, loadedState };
}
