import { basename } from 'node:path';
import type { TextClassificationPipeline } from '@huggingface/transformers';
import type { SentimentLabel, SentimentScore } from '@goldensignals/engine';
import type { AsyncSentimentScorer } from './async-sentiment-scorer.js';
import { checkTransformerModelFolder } from './check-transformer-model-folder.js';
import type { TransformerDtype } from './sentiment-backend.js';
import { sentimentFromProbabilities } from './sentiment-from-probabilities.js';
import { mapSentimentLabels } from './sentiment-label-map.js';
import { TransformerModelError } from './transformer-model-error.js';

/** Where the model comes from: a local folder (never the network), or a Hugging Face Hub repository downloaded into a cache folder. */
export type TransformerModelSource = { readonly folder: string } | { readonly hubModelId: string; readonly cacheFolder: string };

/** How to load a {@link TransformerSentimentScorer}. */
export interface TransformerSentimentOptions {
  readonly source: TransformerModelSource;
  /** `fp32` runs `onnx/model.onnx`, `q8` runs `onnx/model_quantized.onnx` (default fp32). */
  readonly dtype?: TransformerDtype;
  /** Texts per inference call (default 16). Larger batches amortise the call; texts are padded to the longest in a batch. */
  readonly batchSize?: number;
}

const DEFAULT_BATCH_SIZE = 16;

/** config.json's `id2label`; transformers.js keeps it on the config object without declaring it in its types. */
function readId2label(config: object): unknown {
  return 'id2label' in config ? config.id2label : undefined;
}

/**
 * Sentiment from a FinBERT-style sequence classifier run locally by transformers.js on onnxruntime-node.
 * Score = P(positive) − P(negative), confidence = the top class probability. Texts longer than the
 * tokenizer's `model_max_length` (512 tokens for BERT) are truncated, so score headlines and paragraphs, not documents.
 */
export class TransformerSentimentScorer implements AsyncSentimentScorer {
  private constructor(
    readonly id: string,
    private readonly classifier: TextClassificationPipeline,
    private readonly labels: ReadonlyMap<string, SentimentLabel>,
    private readonly batchSize: number,
  ) {}

  /** Loads the model; throws a {@link TransformerModelError} naming the folder, file or label at fault. */
  static async load(options: TransformerSentimentOptions): Promise<TransformerSentimentScorer> {
    const dtype = options.dtype ?? 'fp32';
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new TransformerModelError(`batch size must be a positive integer, got ${batchSize}`);
    const { source } = options;
    const local = 'folder' in source;
    const model = local ? checkTransformerModelFolder(source.folder, dtype) : source.hubModelId;
    const name = local ? basename(model) : source.hubModelId;
    let classifier: TextClassificationPipeline;
    try {
      // Imported on first use: loading transformers.js and onnxruntime takes ~0.4 s, which servers without a transformer should not pay.
      const { pipeline } = await import('@huggingface/transformers');
      // local_files_only per call rather than the global env.allowRemoteModels, which other users of transformers.js share.
      classifier = await pipeline('text-classification', model, {
        dtype,
        device: 'cpu',
        local_files_only: local,
        ...(local ? {} : { cache_dir: source.cacheFolder }),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new TransformerModelError(`sentiment model ${model} (dtype ${dtype}) could not be loaded: ${reason}`, { cause: error });
    }
    try {
      const labels = mapSentimentLabels(readId2label(classifier.model.config), name);
      return new TransformerSentimentScorer(`transformer:${name}`, classifier, labels, batchSize);
    } catch (error) {
      await classifier.dispose();
      throw error;
    }
  }

  async scoreMany(texts: readonly string[]): Promise<SentimentScore[]> {
    // Texts of similar length share a batch, so little of each batch is padding.
    const order = texts.map((_, index) => index).sort((a, b) => texts[a].length - texts[b].length);
    const scores = new Array<SentimentScore>(texts.length);
    for (let start = 0; start < order.length; start += this.batchSize) {
      const indices = order.slice(start, start + this.batchSize);
      const outputs = await this.classifier(
        indices.map((index) => texts[index]),
        { top_k: null },
      );
      outputs.forEach((classes, position) => {
        const probabilities = new Map<SentimentLabel, number>();
        for (const { label, score } of classes) {
          const mapped = this.labels.get(label);
          if (mapped === undefined) throw new TransformerModelError(`${this.id}: the model answered with label "${label}", which its config.json does not declare`);
          probabilities.set(mapped, score);
        }
        scores[indices[position]] = sentimentFromProbabilities(probabilities);
      });
    }
    return scores;
  }

  /** Releases the ONNX session. */
  async dispose(): Promise<void> {
    await this.classifier.dispose();
  }
}
