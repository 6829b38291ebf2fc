import { loadModelFile, sequenceModelFromArtifact, trainDirectionModels, type InMemoryModelStore, type ModelFile, type SymbolBars, type Timeframe } from '@goldensignals/engine';
import type { MessageBus } from '../../bus/message-bus.js';
import type { Lease } from '../../support/lease.js';
import { PeriodicChore } from '../../support/periodic-chore.js';
import { modelsEvent } from './models-event.js';
import { writeModelFiles } from './write-model-files.js';

const DAY_MS = 86_400_000;

/** Options of {@link ModelRetrainer}. */
export interface ModelRetrainerOptions {
  /** `ML_MODELS_DIR`: where the model files are written (the ML agents read them at start, and reload them). */
  readonly folder: string;
  /** The store the running ML agents read: new models replace the old ones at once. */
  readonly store: InMemoryModelStore;
  /** The symbols to train on (the followed ones). */
  readonly symbols: () => Promise<readonly string[]>;
  /** Daily bars of a symbol between two times (the provider chain, with its cache). */
  readonly bars: (symbol: string, from: number, to: number) => Promise<SymbolBars['columns'] | null>;
  /** Time between trainings (`ML_RETRAIN_HOURS`). */
  readonly intervalMs: number;
  /** Years of history trained on (default 5). */
  readonly historyYears?: number;
  /** Model kinds trained (default logistic regression and gradient-boosted trees, stacked; the LSTM is for the CLI). */
  readonly kinds?: readonly string[];
  readonly timeframe?: Timeframe;
  /** One node of a cluster trains. */
  readonly lease?: Lease;
  /** Where a `models` event is published once the files are written, so every process reloads them (see `ModelReloader`). */
  readonly bus?: MessageBus;
  readonly now?: () => number;
  readonly onTrained?: (files: readonly ModelFile[], rows: number) => void;
  readonly onError?: (error: unknown) => void;
}

/**
 * Retrains the ML agents' models on a schedule, in the background: walk-forward on the followed symbols' daily
 * history (the same `trainDirectionModels` as `goldensignals train`), writes the versioned files with their
 * out-of-sample metrics to the models folder, hands the new models to the running agents, and announces them on
 * the bus so the other nodes and workers reload the folder.
 */
export class ModelRetrainer {
  private readonly chore: PeriodicChore;

  constructor(private readonly options: ModelRetrainerOptions) {
    this.chore = new PeriodicChore({ intervalMs: options.intervalMs, lease: options.lease, run: () => this.runOnce(), onError: (error) => options.onError?.(error) });
  }

  /** Trains now (the first round) and then every `intervalMs`. */
  start(): void {
    this.chore.start();
  }

  stop(): Promise<void> {
    return this.chore.stop();
  }

  /** One training: trains, writes the files, and swaps the models in; resolves with the files written. */
  async runOnce(): Promise<readonly ModelFile[]> {
    const now = (this.options.now ?? Date.now)();
    const from = now - (this.options.historyYears ?? 5) * 365 * DAY_MS;
    const series: SymbolBars[] = [];
    for (const symbol of await this.options.symbols()) {
      const columns = await this.options.bars(symbol, from, now);
      if (columns !== null && columns.time.length > 0) series.push({ symbol, columns });
    }
    if (series.length === 0) throw new Error('no daily bars to train the ML models on: follow some symbols first');
    const kinds = this.options.kinds ?? ['logistic-regression', 'gradient-boosted-trees'];
    const trained = await trainDirectionModels(series, { timeframe: this.options.timeframe ?? '1d', kinds, ensemble: kinds.length > 1, now: new Date(now) });
    await writeModelFiles(this.options.folder, trained.files);
    for (const file of trained.files) this.options.store.add(loadModelFile(file, { sequence: sequenceModelFromArtifact }, `${file.kind} model ${file.version}`));
    this.options.onTrained?.(trained.files, trained.rows);
    // Not announced is not lost: the other processes' periodic check of the folder finds the files.
    await this.options.bus?.publish(modelsEvent(trained.files)).catch((error: unknown) => this.options.onError?.(error));
    return trained.files;
  }
}
