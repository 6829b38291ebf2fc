/** Where an embedder's vectors come from, as `/api/v1/ai/status` names it. */
export type EmbedderSource = 'endpoint' | 'onnx' | 'hashing';

/** Turns texts into vectors of one model; similar texts give vectors at a small cosine distance. */
export interface Embedder {
  /** Where the vectors come from. */
  readonly id: EmbedderSource;
  /** The model's name (e.g. `nomic-embed-text`, a model folder's name, `goldensignals-hashing-v1`). */
  readonly model: string;
  readonly dimensions: number;
  /** One vector per text, in order, each of {@link dimensions} numbers. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** The key stored with each vector: vectors of different keys are never compared. */
export function embedderKey(embedder: Pick<Embedder, 'id' | 'model'>): string {
  return `${embedder.id}:${embedder.model}`;
}
