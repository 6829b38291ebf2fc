import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnnxEmbedder } from './onnx-embedder.js';
import { TINY_EMBEDDING_VOCABULARY, tinyTokenVector, writeTinyEmbeddingModel } from './tiny-embedding-model.test-support.js';

/** Mean of the token vectors of [CLS] words [SEP], scaled to unit length: what sentence-transformers computes. */
function expected(words: readonly string[]): number[] {
  const ids = ['[CLS]', ...words, '[SEP]'].map((token) => TINY_EMBEDDING_VOCABULARY.indexOf(token as (typeof TINY_EMBEDDING_VOCABULARY)[number]));
  const mean = [0, 0, 0, 0].map((_, j) => ids.reduce((sum, id) => sum + tinyTokenVector(id)[j], 0) / ids.length);
  const length = Math.hypot(...mean);
  return mean.map((value) => value / length);
}

describe('OnnxEmbedder', () => {
  const root = mkdtempSync(join(tmpdir(), 'gs-onnx-embedder-'));
  const folder = join(root, 'tiny-minilm');
  let embedder: OnnxEmbedder;

  beforeAll(async () => {
    await writeTinyEmbeddingModel(folder);
    embedder = await OnnxEmbedder.load({ folder, batchSize: 2 });
  });
  afterAll(async () => {
    await embedder.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('names itself after the model folder and learns its dimensions', () => {
    expect(embedder).toMatchObject({ id: 'onnx', model: 'tiny-minilm', dimensions: 4 });
  });

  it('mean-pools token vectors under the attention mask and normalises, also across padded batches', async () => {
    const [long, short, third] = await embedder.embed(['Apple earnings beat', 'bitcoin', 'RSI oversold rally']);
    expect(Array.from(long)).toEqual(expected(['apple', 'earnings', 'beat']).map((value) => expect.closeTo(value, 5) as unknown));
    // Padded to the longer text of its batch: the padding must not count.
    expect(Array.from(short)).toEqual(expected(['bitcoin']).map((value) => expect.closeTo(value, 5) as unknown));
    expect(Array.from(third)).toEqual(expected(['rsi', 'oversold', 'rally']).map((value) => expect.closeTo(value, 5) as unknown));
  });

  it('names the folder or file at fault', async () => {
    await expect(OnnxEmbedder.load({ folder: join(root, 'missing') })).rejects.toThrow(`EMBEDDINGS_ONNX_DIR ${join(root, 'missing')} is not a folder`);
    await expect(OnnxEmbedder.load({ folder: join(folder, 'onnx') })).rejects.toThrow('has no config.json');
  });
});
