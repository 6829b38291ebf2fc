import type { Embedder } from './embedder.js';
import { EndpointEmbedder, type EmbedFunction } from './endpoint-embedder.js';
import { HashingEmbedder } from './hashing-embedder.js';
import { OnnxEmbedder } from './onnx-embedder.js';

/** The embeddings configuration, as read once at start. */
export interface EmbedderSettings {
  /** EMBEDDINGS_ONNX_DIR: a local sentence-embedding model folder; wins over an endpoint. */
  readonly onnxDir: string | null;
  /** EMBEDDINGS_MODEL: the model asked of the endpoint. */
  readonly endpointModel: string | null;
  /** The endpoint's `embed` (the LLM client's), when EMBEDDINGS_BASE_URL or LLM_BASE_URL is set. */
  readonly endpointEmbed: EmbedFunction | null;
}

/** The embedder in use, and a sentence saying why it is the one. */
export interface EmbedderChoice {
  readonly embedder: Embedder;
  readonly note: string;
}

/**
 * Picks the embedder: the local ONNX model when EMBEDDINGS_ONNX_DIR is set (a broken folder is an error:
 * it was asked for explicitly), else the endpoint when a model and an endpoint are configured, else the
 * built-in hashing embedder. An endpoint that does not answer at start falls back to hashing, and the
 * note says so; vectors are stored per model, so the two are never mixed.
 */
export async function createEmbedder(settings: EmbedderSettings): Promise<EmbedderChoice> {
  if (settings.onnxDir !== null) {
    const embedder = await OnnxEmbedder.load({ folder: settings.onnxDir });
    return { embedder, note: `local ONNX model ${embedder.model} (${embedder.dimensions} dimensions)` };
  }
  if (settings.endpointModel !== null && settings.endpointEmbed !== null) {
    try {
      const embedder = await EndpointEmbedder.connect({ model: settings.endpointModel, embed: settings.endpointEmbed });
      return { embedder, note: `embeddings endpoint, model ${embedder.model} (${embedder.dimensions} dimensions)` };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { embedder: new HashingEmbedder(), note: `the embeddings endpoint did not answer at start (${reason}); the built-in hashing embedder is used until a restart` };
    }
  }
  const why = settings.endpointModel === null ? 'no EMBEDDINGS_MODEL or EMBEDDINGS_ONNX_DIR is set' : 'EMBEDDINGS_MODEL is set but no endpoint (EMBEDDINGS_BASE_URL or LLM_BASE_URL)';
  return { embedder: new HashingEmbedder(), note: `built-in hashing embedder (word and word-pair hashing, not a language model): ${why}` };
}
