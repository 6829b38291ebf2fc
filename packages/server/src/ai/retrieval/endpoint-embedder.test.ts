import { describe, expect, it } from 'vitest';
import { createEmbedder } from './create-embedder.js';
import { EndpointEmbedder } from './endpoint-embedder.js';

/** A stand-in for the LLM client's embed: vector (length of text, 1, 0) per text, recording each call. */
function fakeEndpoint(calls: string[][] = []) {
  return async (texts: readonly string[]) => {
    calls.push([...texts]);
    return texts.map((text) => Float32Array.from([text.length, 1, 0]));
  };
}

describe('EndpointEmbedder', () => {
  it('learns the dimensions from a probe, batches texts and scales each vector to unit length', async () => {
    const calls: string[][] = [];
    const embedder = await EndpointEmbedder.connect({ model: 'nomic-embed-text', embed: fakeEndpoint(calls), batchSize: 2 });
    expect(embedder).toMatchObject({ id: 'endpoint', model: 'nomic-embed-text', dimensions: 3 });
    const vectors = await embedder.embed(['abc', 'abcd', 'x']);
    expect(calls).toEqual([['dimension probe'], ['abc', 'abcd'], ['x']]);
    expect(Array.from(vectors[0])).toEqual([3 / Math.sqrt(10), 1 / Math.sqrt(10), 0].map((value) => expect.closeTo(value, 6) as unknown));
    expect(vectors.map((vector) => Math.hypot(...vector))).toEqual([1, 1, 1].map((value) => expect.closeTo(value, 6) as unknown));
  });

  it('refuses answers of the wrong count or dimensions', async () => {
    let dimensions = 3;
    const embedder = await EndpointEmbedder.connect({ model: 'm', embed: async (texts) => texts.map(() => new Float32Array(dimensions).fill(1)) });
    dimensions = 5;
    await expect(embedder.embed(['a'])).rejects.toThrow('the embeddings endpoint gave a vector of 5 dimensions; model m gave 3 at start');
    const short = await EndpointEmbedder.connect({ model: 'm', embed: async (texts) => (texts.length > 1 ? [Float32Array.from([1])] : [Float32Array.from([1])]) });
    await expect(short.embed(['a', 'b'])).rejects.toThrow('the embeddings endpoint gave 1 vectors for 2 texts');
  });
});

describe('createEmbedder', () => {
  it('uses the endpoint when a model and an endpoint are configured', async () => {
    const choice = await createEmbedder({ onnxDir: null, endpointModel: 'nomic-embed-text', endpointEmbed: fakeEndpoint() });
    expect(choice.embedder).toMatchObject({ id: 'endpoint', model: 'nomic-embed-text', dimensions: 3 });
    expect(choice.note).toBe('embeddings endpoint, model nomic-embed-text (3 dimensions)');
  });

  it('falls back to the hashing embedder, saying why, when the endpoint does not answer', async () => {
    const choice = await createEmbedder({ onnxDir: null, endpointModel: 'nomic-embed-text', endpointEmbed: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:11434')) });
    expect(choice.embedder.id).toBe('hashing');
    expect(choice.note).toBe('the embeddings endpoint did not answer at start (connect ECONNREFUSED 127.0.0.1:11434); the built-in hashing embedder is used until a restart');
  });

  it('uses the hashing embedder when nothing is configured, and says so', async () => {
    const choice = await createEmbedder({ onnxDir: null, endpointModel: null, endpointEmbed: null });
    expect(choice.embedder).toMatchObject({ id: 'hashing', dimensions: 384 });
    expect(choice.note).toBe('built-in hashing embedder (word and word-pair hashing, not a language model): no EMBEDDINGS_MODEL or EMBEDDINGS_ONNX_DIR is set');
  });

  it('fails on a broken ONNX folder instead of quietly using another embedder', async () => {
    await expect(createEmbedder({ onnxDir: '/nonexistent/model', endpointModel: null, endpointEmbed: null })).rejects.toThrow('EMBEDDINGS_ONNX_DIR /nonexistent/model is not a folder');
  });
});
