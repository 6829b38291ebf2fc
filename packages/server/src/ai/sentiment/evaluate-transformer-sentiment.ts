import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { confusionOf, sentimentMetrics, type SentimentLabel, type SentimentMetrics } from '@goldensignals/engine';
import { TRANSFORMER_DTYPES, type TransformerDtype } from './sentiment-backend.js';
import { TransformerSentimentScorer } from './transformer-sentiment-scorer.js';

/** A sentence with its human label (the same shape as the engine's `LabelledSentence`). */
interface LabelledText {
  readonly text: string;
  readonly label: SentimentLabel;
}

/** Accuracy and speed of a transformer model on labelled sentences. */
export interface TransformerEvaluation extends Pick<SentimentMetrics, 'count' | 'accuracy' | 'macroF1'> {
  readonly scorerId: string;
  readonly dtype: TransformerDtype;
  readonly batchSize: number;
  /** Time to load tokenizer and ONNX session, ms. */
  readonly loadMs: number;
  /** Wall time of scoring every sentence in batches, divided by the sentence count, ms. */
  readonly batchedMsPerSentence: number;
  /** Median wall time of scoring one sentence on its own (a single headline's latency), ms. */
  readonly singleSentenceMedianMs: number;
}

/** Which model to evaluate; by default the one `SENTIMENT_MODEL_DIR` / `SENTIMENT_MODEL_DTYPE` name. */
export interface TransformerEvaluationOptions {
  readonly modelFolder?: string | null;
  readonly dtype?: TransformerDtype;
  readonly batchSize?: number;
  /** Sentences timed one at a time for the single-sentence latency (default 20). */
  readonly singleSentenceSamples?: number;
}

function dtypeFromEnvironment(): TransformerDtype {
  const raw = process.env.SENTIMENT_MODEL_DTYPE?.trim().toLowerCase() || 'fp32';
  const dtype = TRANSFORMER_DTYPES.find((candidate) => candidate === raw);
  if (dtype === undefined) throw new Error(`SENTIMENT_MODEL_DTYPE "${raw}" is not one of ${TRANSFORMER_DTYPES.join(', ')}`);
  return dtype;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Scores labelled sentences with the transformer and reports accuracy, macro-F1 and latency, or `null`
 * when no model folder is configured or the folder does not exist (no model has been installed). A
 * folder that exists but does not load is an error: the user pointed at it.
 */
export async function evaluateTransformerSentiment(sentences: readonly LabelledText[], options: TransformerEvaluationOptions = {}): Promise<TransformerEvaluation | null> {
  const folder = options.modelFolder !== undefined ? options.modelFolder : (process.env.SENTIMENT_MODEL_DIR ?? null);
  if (folder === null || folder.trim() === '' || !existsSync(folder)) return null;
  if (sentences.length === 0) throw new Error('no labelled sentences to evaluate the transformer on');
  const dtype = options.dtype ?? dtypeFromEnvironment();
  const batchSize = options.batchSize ?? 16;
  const loadStart = performance.now();
  const scorer = await TransformerSentimentScorer.load({ source: { folder }, dtype, batchSize });
  const loadMs = performance.now() - loadStart;
  try {
    const texts = sentences.map((sentence) => sentence.text);
    // One warm-up call, so the first batch does not carry onnxruntime's lazy initialisation.
    await scorer.scoreMany(texts.slice(0, 1));
    const batchedStart = performance.now();
    const scores = await scorer.scoreMany(texts);
    const batchedMsPerSentence = (performance.now() - batchedStart) / Math.max(1, texts.length);
    const singleTimes: number[] = [];
    for (const text of texts.slice(0, options.singleSentenceSamples ?? 20)) {
      const start = performance.now();
      await scorer.scoreMany([text]);
      singleTimes.push(performance.now() - start);
    }
    const { count, accuracy, macroF1 } = sentimentMetrics(
      confusionOf(
        sentences.map((sentence) => sentence.label),
        scores.map((score) => score.label),
      ),
    );
    return { count, accuracy, macroF1, scorerId: scorer.id, dtype, batchSize, loadMs, batchedMsPerSentence, singleSentenceMedianMs: singleTimes.length > 0 ? median(singleTimes) : Number.NaN };
  } finally {
    await scorer.dispose();
  }
}
