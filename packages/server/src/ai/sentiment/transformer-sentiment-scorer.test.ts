import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TransformerModelError } from './transformer-model-error.js';
import {
  TINY_CLASSIFIER_BIAS,
  TINY_CLASSIFIER_WEIGHTS,
  TINY_EMBEDDINGS,
  writeTinySentimentModel,
  type TINY_VOCABULARY,
} from './tiny-sentiment-model.test-support.js';
import { TransformerSentimentScorer } from './transformer-sentiment-scorer.js';

type Token = (typeof TINY_VOCABULARY)[number];

/** The tiny graph's arithmetic done by hand: mean of the token embeddings, then a linear layer and a softmax. */
function expectedProbabilities(tokens: readonly Token[], bias: readonly number[] = TINY_CLASSIFIER_BIAS): { positive: number; negative: number; neutral: number } {
  const mean = [0, 0, 0, 0];
  for (const token of tokens) TINY_EMBEDDINGS[token].forEach((value, feature) => (mean[feature] += value / tokens.length));
  const logits = bias.map((b, output) => b + mean.reduce((sum, value, feature) => sum + value * TINY_CLASSIFIER_WEIGHTS[feature][output], 0));
  const exponentials = logits.map(Math.exp);
  const total = exponentials[0] + exponentials[1] + exponentials[2];
  return { positive: exponentials[0] / total, negative: exponentials[1] / total, neutral: exponentials[2] / total };
}

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'gs-transformer-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function modelFolder(name: string, options: Parameters<typeof writeTinySentimentModel>[1] = {}): Promise<string> {
  const folder = join(root, name);
  await writeTinySentimentModel(folder, options);
  return folder;
}

describe('TransformerSentimentScorer on a generated FinBERT-shaped model', () => {
  let scorer: TransformerSentimentScorer;

  beforeAll(async () => {
    scorer = await TransformerSentimentScorer.load({ source: { folder: await modelFolder('finbert-tiny') }, batchSize: 2 });
  });

  afterAll(async () => {
    await scorer.dispose();
  });

  it('is named after its model folder', () => {
    expect(scorer.id).toBe('transformer:finbert-tiny');
  });

  it('labels a good sentence positive with the softmax probabilities of the graph', async () => {
    const [score] = await scorer.scoreMany(['Good results']);
    const expected = expectedProbabilities(['[CLS]', 'good', 'results', '[SEP]']);
    expect(score.label).toBe('positive');
    expect(score.confidence).toBeCloseTo(expected.positive, 5);
    expect(score.score).toBeCloseTo(expected.positive - expected.negative, 5);
    expect(expected.positive).toBeCloseTo(0.5716, 4);
  });

  it('labels a bad sentence negative, with a negative polarity', async () => {
    const [score] = await scorer.scoreMany(['BAD']);
    const expected = expectedProbabilities(['[CLS]', 'bad', '[SEP]']);
    expect(score.label).toBe('negative');
    expect(score.confidence).toBeCloseTo(expected.negative, 5);
    expect(score.score).toBeCloseTo(expected.positive - expected.negative, 5);
    expect(score.score).toBeLessThan(-0.6);
  });

  it('labels plain words neutral and reads unknown words as [UNK]', async () => {
    const [plain, unknown] = await scorer.scoreMany(['The company results were steady.', 'xyzzy']);
    const expectedPlain = expectedProbabilities(['[CLS]', 'the', 'company', 'results', 'were', 'steady', '.', '[SEP]']);
    const expectedUnknown = expectedProbabilities(['[CLS]', '[UNK]', '[SEP]']);
    expect(plain.label).toBe('neutral');
    expect(plain.confidence).toBeCloseTo(expectedPlain.neutral, 5);
    expect(unknown.label).toBe('neutral');
    expect(unknown.score).toBeCloseTo(expectedUnknown.positive - expectedUnknown.negative, 5);
  });

  it('splits words into WordPiece pieces as BERT does ("growing profits" = grow ##ing profit ##s)', async () => {
    const [score] = await scorer.scoreMany(['Growing profits']);
    const expected = expectedProbabilities(['[CLS]', 'grow', '##ing', 'profit', '##s', '[SEP]']);
    expect(score.label).toBe('positive');
    expect(score.confidence).toBeCloseTo(expected.positive, 5);
  });

  it('scores texts in batches with padding without changing any score, and keeps the input order', async () => {
    const texts = ['Strong profit growing strong.', 'bad', 'The company results were steady.', 'weak loss', 'good', 'xyzzy', 'Good results'];
    const together = await scorer.scoreMany(texts);
    const alone = await Promise.all(texts.map(async (text) => (await scorer.scoreMany([text]))[0]));
    expect(together).toHaveLength(texts.length);
    together.forEach((score, index) => {
      expect(score.label).toBe(alone[index].label);
      expect(score.score).toBeCloseTo(alone[index].score, 6);
      expect(score.confidence).toBeCloseTo(alone[index].confidence, 6);
    });
    expect(together.map((score) => score.label)).toEqual(['positive', 'negative', 'neutral', 'negative', 'positive', 'neutral', 'positive']);
  });

  it('returns nothing for no texts', async () => {
    expect(await scorer.scoreMany([])).toEqual([]);
  });
});

describe('TransformerSentimentScorer loading', () => {
  it('runs onnx/model_quantized.onnx when the dtype is q8', async () => {
    // The quantized file gets a bias far toward neutral, so its answers differ from the fp32 file's.
    const shift = [0, 0, 5] as const;
    const folder = await modelFolder('both-precisions', { onnxFiles: ['model.onnx', 'model_quantized.onnx'], quantizedBiasShift: shift });
    const quantized = await TransformerSentimentScorer.load({ source: { folder }, dtype: 'q8' });
    try {
      const [score] = await quantized.scoreMany(['good']);
      const expected = expectedProbabilities(['[CLS]', 'good', '[SEP]'], TINY_CLASSIFIER_BIAS.map((b, index) => b + shift[index]));
      expect(score.label).toBe('neutral');
      expect(score.confidence).toBeCloseTo(expected.neutral, 5);
    } finally {
      await quantized.dispose();
    }
  });

  it('accepts labels in any case, as in other FinBERT exports', async () => {
    const folder = await modelFolder('upper-case-labels', { id2label: { 0: 'Positive', 1: 'NEGATIVE', 2: 'neutral' } });
    const upper = await TransformerSentimentScorer.load({ source: { folder } });
    try {
      expect((await upper.scoreMany(['bad']))[0].label).toBe('negative');
    } finally {
      await upper.dispose();
    }
  });

  it('maps labels by name, whatever their order in id2label', async () => {
    // Same graph, but config.json says output 0 is negative: "good" (output 0 highest) now reads negative.
    const folder = await modelFolder('reordered-labels', { id2label: { 0: 'negative', 1: 'positive', 2: 'neutral' } });
    const reordered = await TransformerSentimentScorer.load({ source: { folder } });
    try {
      const [score] = await reordered.scoreMany(['good']);
      const expected = expectedProbabilities(['[CLS]', 'good', '[SEP]']);
      expect(score.label).toBe('negative');
      expect(score.score).toBeCloseTo(expected.negative - expected.positive, 5);
    } finally {
      await reordered.dispose();
    }
  });

  it('names a missing folder', async () => {
    const missing = join(root, 'no-such-model');
    await expect(TransformerSentimentScorer.load({ source: { folder: missing } })).rejects.toThrow(new TransformerModelError(`sentiment model folder ${missing} does not exist`));
  });

  it('names the missing ONNX file, and suggests the dtype of the file that is there', async () => {
    const folder = await modelFolder('quantized-only', { onnxFiles: ['model_quantized.onnx'] });
    await expect(TransformerSentimentScorer.load({ source: { folder }, dtype: 'fp32' })).rejects.toThrow(
      `sentiment model folder ${folder} has no onnx/model.onnx, the ONNX file read for dtype fp32; it has onnx/model_quantized.onnx, so set SENTIMENT_MODEL_DTYPE=q8`,
    );
  });

  it('names a missing tokenizer file', async () => {
    const folder = await modelFolder('no-tokenizer');
    await unlink(join(folder, 'tokenizer.json'));
    await expect(TransformerSentimentScorer.load({ source: { folder } })).rejects.toThrow(`sentiment model folder ${folder} has no tokenizer.json`);
  });

  it('refuses labels it cannot place on the polarity scale', async () => {
    const folder = await modelFolder('generic-labels', { id2label: { 0: 'LABEL_0', 1: 'LABEL_1', 2: 'LABEL_2' } });
    await expect(TransformerSentimentScorer.load({ source: { folder } })).rejects.toThrow('generic-labels: label "LABEL_0" in config.json id2label is not positive, negative or neutral (labels: LABEL_0, LABEL_1, LABEL_2)');
  });

  it('wraps a corrupt ONNX file in an error naming the model', async () => {
    const folder = await modelFolder('corrupt');
    await writeFile(join(folder, 'onnx', 'model.onnx'), 'not a protobuf');
    const error: unknown = await TransformerSentimentScorer.load({ source: { folder } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransformerModelError);
    expect((error as TransformerModelError).message).toMatch(new RegExp(`^sentiment model ${folder} \\(dtype fp32\\) could not be loaded: `));
  });

  it('refuses a batch size below one', async () => {
    const folder = await modelFolder('batch-size');
    await expect(TransformerSentimentScorer.load({ source: { folder }, batchSize: 0 })).rejects.toThrow('batch size must be a positive integer, got 0');
  });
});
