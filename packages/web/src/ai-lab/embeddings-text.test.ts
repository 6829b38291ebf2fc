import { describe, expect, it } from 'vitest';
import { embeddingsText } from './embeddings-text.js';

describe('embeddingsText', () => {
  it('names the embedder and says what the hashing fallback cannot do', () => {
    expect(embeddingsText({ source: 'onnx', model: 'all-MiniLM-L6-v2', dimensions: 384 })).toBe('Search uses the local all-MiniLM-L6-v2 embedding model (384 dimensions).');
    expect(embeddingsText({ source: 'endpoint', model: 'nomic-embed-text', dimensions: 768 })).toBe('Search uses nomic-embed-text embeddings from the configured endpoint (768 dimensions).');
    expect(embeddingsText({ source: 'hashing', model: 'hashing-256', dimensions: 256 })).toBe(
      'Search uses word hashing (256 dimensions): it matches shared words, not meaning. Set EMBEDDINGS_MODEL or EMBEDDINGS_ONNX_DIR for semantic search.',
    );
  });
});
