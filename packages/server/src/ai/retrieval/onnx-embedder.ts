import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import type { Embedder } from './embedder.js';

/** Options of {@link OnnxEmbedder.load}. */
export interface OnnxEmbedderOptions {
  /** A sentence-embedding model folder as optimum exports it: config.json, tokenizer files, onnx/model.onnx. */
  readonly folder: string;
  /** Texts per inference call (default 16). */
  readonly batchSize?: number;
}

const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;

/** The folder's absolute path and the ONNX precision to load (full precision when both files exist). */
function checkFolder(folder: string): { path: string; dtype: 'fp32' | 'q8' } {
  const path = resolve(folder);
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new Error(`EMBEDDINGS_ONNX_DIR ${path} is not a folder`);
  for (const file of REQUIRED_FILES) {
    if (!existsSync(join(path, file))) throw new Error(`EMBEDDINGS_ONNX_DIR ${path} has no ${file} (an optimum-cli export writes config.json, tokenizer.json and tokenizer_config.json)`);
  }
  if (existsSync(join(path, 'onnx', 'model.onnx'))) return { path, dtype: 'fp32' };
  if (existsSync(join(path, 'onnx', 'model_quantized.onnx'))) return { path, dtype: 'q8' };
  throw new Error(`EMBEDDINGS_ONNX_DIR ${path} has neither onnx/model.onnx nor onnx/model_quantized.onnx`);
}

/**
 * A local sentence-embedding model (e.g. all-MiniLM-L6-v2 exported to ONNX) run by transformers.js on
 * onnxruntime-node: token vectors mean-pooled under the attention mask and scaled to unit length, as
 * sentence-transformers does. Never touches the network.
 */
export class OnnxEmbedder implements Embedder {
  readonly id = 'onnx';

  private constructor(
    readonly model: string,
    readonly dimensions: number,
    private readonly extractor: FeatureExtractionPipeline,
    private readonly batchSize: number,
  ) {}

  /** Loads the model and learns its dimensions from one probe text; rejects naming the folder or file at fault. */
  static async load(options: OnnxEmbedderOptions): Promise<OnnxEmbedder> {
    const batchSize = options.batchSize ?? 16;
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a positive integer, got ${batchSize}`);
    const { path, dtype } = checkFolder(options.folder);
    let extractor: FeatureExtractionPipeline;
    try {
      // local_files_only per call rather than the global env.allowRemoteModels, which other users of transformers.js share.
      extractor = await pipeline('feature-extraction', path, { dtype, device: 'cpu', local_files_only: true });
    } catch (error) {
      throw new Error(`embedding model ${path} could not be loaded: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const probe = await OnnxEmbedder.run(extractor, ['dimension probe']);
    return new OnnxEmbedder(basename(path), probe[0].length, extractor, batchSize);
  }

  private static async run(extractor: FeatureExtractionPipeline, texts: string[]): Promise<Float32Array[]> {
    const output = await extractor(texts, { pooling: 'mean', normalize: true });
    const [rows, columns] = output.dims;
    const data = output.data;
    if (!(data instanceof Float32Array) || rows !== texts.length) throw new Error(`the embedding model gave ${String(rows)} vectors of type ${output.type} for ${texts.length} texts`);
    return Array.from({ length: rows }, (_, row) => data.slice(row * columns, (row + 1) * columns));
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += this.batchSize) vectors.push(...(await OnnxEmbedder.run(this.extractor, texts.slice(start, start + this.batchSize))));
    return vectors;
  }

  /** Frees the inference session. */
  async dispose(): Promise<void> {
    await this.extractor.dispose();
  }
}
