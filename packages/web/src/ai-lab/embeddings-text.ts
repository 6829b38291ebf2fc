import type { AiStatus } from './ai-status.js';

/** What embeds text for search, said plainly: the hashing fallback matches words, not meaning. */
export function embeddingsText(embeddings: AiStatus['embeddings']): string {
  const size = `${embeddings.dimensions} dimensions`;
  switch (embeddings.source) {
    case 'endpoint':
      return `Search uses ${embeddings.model} embeddings from the configured endpoint (${size}).`;
    case 'onnx':
      return `Search uses the local ${embeddings.model} embedding model (${size}).`;
    case 'hashing':
      return `Search uses word hashing (${size}): it matches shared words, not meaning. Set EMBEDDINGS_MODEL or EMBEDDINGS_ONNX_DIR for semantic search.`;
  }
}
