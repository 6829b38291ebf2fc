import { join } from 'node:path';
import { FinanceWordListScorer, type SentimentScorer } from '@goldensignals/engine';
import type { AsyncSentimentScorer } from './async-sentiment-scorer.js';
import type { SentimentBackend, TransformerDtype } from './sentiment-backend.js';
import { SyncScorerAdapter } from './sync-scorer-adapter.js';
import { TransformerSentimentScorer, type TransformerModelSource } from './transformer-sentiment-scorer.js';

/** The sentiment settings of the server configuration (field names as in `ServerConfig`, so the whole config can be passed). */
export interface SentimentScorerConfig {
  /** `SENTIMENT_BACKEND`; `null` picks trained when a model file is set, else the word list. */
  readonly sentimentBackend: SentimentBackend | null;
  /** `SENTIMENT_MODEL_FILE`: a model file trained by GoldenSignals. */
  readonly sentimentModelFile: string | null;
  /** `SENTIMENT_MODEL_DIR`: a local transformer model folder. */
  readonly sentimentModelDir: string | null;
  /** `SENTIMENT_MODEL_HUB_ID` (optional key): a Hugging Face Hub repository, downloaded only when no folder is set. */
  readonly sentimentModelHubId?: string | null;
  /** `SENTIMENT_MODEL_DTYPE`. */
  readonly sentimentModelDtype: TransformerDtype;
  /** `DATA_DIR`: models downloaded from the hub are cached under `<dataDir>/models`. */
  readonly dataDir: string;
}

/** What the factory needs from outside. */
export interface ConfiguredScorerDependencies {
  /** Reads a trained model file (the engine's `loadSentimentModel`); without it the trained backend falls back to the word list. */
  readonly loadTrainedModel?: (path: string) => Promise<SentimentScorer>;
  /** Told why the configured backend was not used (the word list then scores instead). */
  readonly onWarning: (message: string) => void;
}

function chosenBackend(config: SentimentScorerConfig): SentimentBackend {
  if (config.sentimentBackend !== null) return config.sentimentBackend;
  return config.sentimentModelFile !== null ? 'trained' : 'word-list';
}

function transformerSource(config: SentimentScorerConfig): TransformerModelSource | null {
  if (config.sentimentModelDir !== null) return { folder: config.sentimentModelDir };
  if (config.sentimentModelHubId !== undefined && config.sentimentModelHubId !== null) return { hubModelId: config.sentimentModelHubId, cacheFolder: join(config.dataDir, 'models') };
  return null;
}

async function loadConfigured(backend: Exclude<SentimentBackend, 'word-list'>, config: SentimentScorerConfig, dependencies: ConfiguredScorerDependencies): Promise<AsyncSentimentScorer> {
  if (backend === 'transformer') {
    const source = transformerSource(config);
    if (source === null) throw new Error('SENTIMENT_BACKEND=transformer needs SENTIMENT_MODEL_DIR (a local model folder) or SENTIMENT_MODEL_HUB_ID');
    return TransformerSentimentScorer.load({ source, dtype: config.sentimentModelDtype });
  }
  if (config.sentimentModelFile === null) throw new Error('SENTIMENT_BACKEND=trained needs SENTIMENT_MODEL_FILE');
  if (dependencies.loadTrainedModel === undefined) throw new Error('this build cannot read trained sentiment models');
  return new SyncScorerAdapter(await dependencies.loadTrainedModel(config.sentimentModelFile));
}

/**
 * The sentiment scorer the configuration asks for. A model that cannot be loaded does not stop the
 * server: the finance word list (always available) scores instead, and `onWarning` says why.
 */
export async function createConfiguredScorer(config: SentimentScorerConfig, dependencies: ConfiguredScorerDependencies): Promise<AsyncSentimentScorer> {
  const backend = chosenBackend(config);
  if (backend === 'word-list') return new SyncScorerAdapter(new FinanceWordListScorer());
  try {
    return await loadConfigured(backend, config, dependencies);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    dependencies.onWarning(`sentiment: the ${backend} backend is not available (${reason}); scoring with the finance word list instead`);
    return new SyncScorerAdapter(new FinanceWordListScorer());
  }
}
