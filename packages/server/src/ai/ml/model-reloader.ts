import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadModelFile, parseModelFile, sequenceModelFromArtifact, type InMemoryModelStore, type ModelHeader, type ModelLoaders } from '@goldensignals/engine';
import type { MessageBus } from '../../bus/message-bus.js';
import { PeriodicChore } from '../../support/periodic-chore.js';
import { modelFolderState, type ModelFolderState } from './model-folder-state.js';

/** Options of {@link ModelReloader}. */
export interface ModelReloaderOptions {
  /** `ML_MODELS_DIR`. */
  readonly folder: string;
  /** The store the running ML agents read; new models are added to it (a newer training replaces an older one). */
  readonly store: InMemoryModelStore;
  /** The folder's files as loaded at start (`loadMlAgents(...).loadedState`); default none, so the first check loads all. */
  readonly loadedState?: ModelFolderState;
  /** Where `models` events arrive (a retrainer on any node publishes one after writing); the folder is checked at once. */
  readonly bus?: MessageBus;
  /** Period of the fallback check of the folder, for events missed while the bus was down; default 60 s. */
  readonly checkEveryMs?: number;
  readonly loaders?: ModelLoaders;
  /** Told which models a check added. */
  readonly onReloaded?: (models: readonly ModelHeader[]) => void;
  /** Told of a file that is not a valid model (the models before it stay) and of a folder that cannot be read. */
  readonly onError?: (error: unknown) => void;
}

/** What one check did. */
export interface ModelReloadReport {
  /** Models read from new or changed files and added to the store. */
  readonly loaded: readonly ModelHeader[];
  /** Files that could not be loaded; the store kept what it had. */
  readonly failed: readonly string[];
}

/**
 * Keeps a process's ML models in step with the models folder while it runs, so every API node and worker uses what
 * a retrainer (on whichever node) wrote: on a `models` bus event, and every `checkEveryMs` in case an event was
 * missed. A check lists the folder and reads only the files that are new or changed since the last one. Each file
 * is parsed and checked whole before its model goes into the store (one swap per model), so a half-written or bad
 * file never replaces a working model: it is reported, and tried again only once it changes. Model files are
 * written under a hidden name and renamed into place (`writeModelFiles`), so a check never sees half a file.
 */
export class ModelReloader {
  private known: ModelFolderState;
  private readonly chore: PeriodicChore;
  private unsubscribe: (() => void) | undefined;
  /** The last check asked for: checks run one after another. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ModelReloaderOptions) {
    this.known = options.loadedState ?? new Map();
    // The chore's first round comes at once; with the state just loaded it would find nothing, so it is skipped.
    let skipRound = options.loadedState !== undefined;
    const run = (): Promise<unknown> => {
      if (!skipRound) return this.check();
      skipRound = false;
      return Promise.resolve();
    };
    this.chore = new PeriodicChore({ intervalMs: options.checkEveryMs ?? 60_000, run, onError: (error) => options.onError?.(error) });
  }

  /** Listens for `models` events and starts the periodic check (the first one at once without a loaded state). */
  start(): void {
    this.unsubscribe ??= this.options.bus?.subscribe((event) => {
      if (event.type === 'models') void this.check().catch((error: unknown) => this.options.onError?.(error));
    });
    this.chore.start();
  }

  /** Stops listening and checking; waits for a check in progress. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    await this.chore.stop();
    await this.tail;
  }

  /**
   * Loads the new and changed model files now. Checks never overlap: one asked for while another runs starts when
   * it ends, so a file written during a check is seen by the next.
   */
  check(): Promise<ModelReloadReport> {
    const next = this.tail.then(() => this.checkOnce());
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async checkOnce(): Promise<ModelReloadReport> {
    const { folder, store } = this.options;
    const state = await modelFolderState(folder);
    const loaded: ModelHeader[] = [];
    const failed: string[] = [];
    for (const [name, signature] of state) {
      if (this.known.get(name) === signature) continue;
      const path = join(folder, name);
      try {
        const file = parseModelFile(await readFile(path, 'utf8'), path);
        const model = loadModelFile(file, this.options.loaders ?? { sequence: sequenceModelFromArtifact }, path);
        if (store.add(model)) loaded.push(model.header);
      } catch (error) {
        failed.push(name);
        this.options.onError?.(new Error(`model file ${path} not loaded; the models loaded before stay in use: ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
      }
    }
    this.known = state;
    if (loaded.length > 0) this.options.onReloaded?.(loaded);
    return { loaded, failed };
  }
}
