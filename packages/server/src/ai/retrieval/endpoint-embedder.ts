import type { Embedder } from './embedder.js';
import { normalizeVector } from './normalize-vector.js';

/** Embeds texts with an OpenAI-compatible `/embeddings` endpoint (the LLM client's `embed`), one vector per text. */
export type EmbedFunction = (texts: readonly string[]) => Promise<readonly Float32Array[]>;

/** Options of {@link EndpointEmbedder.connect}. */
export interface EndpointEmbedderOptions {
  /** The model the endpoint is asked for (EMBEDDINGS_MODEL). */
  readonly model: string;
  readonly embed: EmbedFunction;
  /** Texts per request (default 64): endpoints cap the inputs of one call. */
  readonly batchSize?: number;
}

/**
 * Vectors from the configured embeddings endpoint. Its dimensions are learnt from one probe call at
 * start; every answer is checked (one vector per text, all of those dimensions) and scaled to unit length.
 */
export class EndpointEmbedder implements Embedder {
  readonly id = 'endpoint';

  private constructor(
    readonly model: string,
    readonly dimensions: number,
    private readonly embedTexts: EmbedFunction,
    private readonly batchSize: number,
  ) {}

  /** Asks the endpoint for one vector to learn its dimensions; rejects when it cannot answer. */
  static async connect(options: EndpointEmbedderOptions): Promise<EndpointEmbedder> {
    const batchSize = options.batchSize ?? 64;
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a positive integer, got ${batchSize}`);
    const [probe] = await options.embed(['dimension probe']);
    if (probe === undefined || probe.length === 0) throw new Error(`the embeddings endpoint gave no vector for model ${options.model}`);
    return new EndpointEmbedder(options.model, probe.length, options.embed, batchSize);
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += this.batchSize) {
      const batch = texts.slice(start, start + this.batchSize);
      const answer = await this.embedTexts(batch);
      if (answer.length !== batch.length) throw new Error(`the embeddings endpoint gave ${answer.length} vectors for ${batch.length} texts`);
      for (const vector of answer) {
        if (vector.length !== this.dimensions) throw new Error(`the embeddings endpoint gave a vector of ${vector.length} dimensions; model ${this.model} gave ${this.dimensions} at start`);
        vectors.push(normalizeVector(vector) ?? vector);
      }
    }
    return vectors;
  }
}
