import { describe, expect, it } from 'vitest';
import { parseSentimentModel } from './parse-sentiment-model.js';
import { serializeSentimentModel } from './serialize-sentiment-model.js';
import { syntheticSentences } from './synthetic-sentences.test-support.js';
import { trainSentimentModel } from './train-sentiment-model.js';
import { TrainedSentimentScorer } from './trained-sentiment-scorer.js';

const { model } = trainSentimentModel(syntheticSentences(30), { validationFraction: 0.2, l2: 1e-3, trainedAt: new Date(0) });
const text = serializeSentimentModel(model);

function edited(change: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(text) as Record<string, unknown>;
  change(json);
  return JSON.stringify(json);
}

describe('sentiment model file format', () => {
  it('round-trips: the parsed model equals the trained one and scores every sentence identically', () => {
    const parsed = parseSentimentModel(text);
    expect(parsed).toEqual(model);
    const before = new TrainedSentimentScorer(model);
    const after = new TrainedSentimentScorer(parsed);
    for (const sentence of syntheticSentences(20, 3)) expect(after.score(sentence.text)).toEqual(before.score(sentence.text));
  });

  it('writes versioned JSON with the feature configuration, labels and training metadata', () => {
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json).toMatchObject({ format: 'goldensignals-sentiment-model', version: 1, classifier: 'softmax-regression', labels: ['positive', 'negative', 'neutral'] });
    expect(json.features).toEqual(model.features);
    expect(json.training).toMatchObject({ rows: model.training.rows, trainedAt: '1970-01-01T00:00:00.000Z' });
  });

  it('names damaged, foreign and other-version files', () => {
    expect(() => parseSentimentModel(text.slice(0, 200), 'm.json')).toThrow(/^m\.json: not valid JSON, the file is damaged or not a model/);
    expect(() => parseSentimentModel('{"weights": []}', 'm.json')).toThrow('m.json: not a GoldenSignals sentiment model (its "format" field is not "goldensignals-sentiment-model")');
    expect(() => parseSentimentModel(edited((json) => (json.version = 2)), 'm.json')).toThrow(
      'm.json: model format version 2 cannot be read by this GoldenSignals, which reads version 1; train the model again with "goldensignals sentiment train"',
    );
  });

  it('rejects a model whose parts do not fit together', () => {
    expect(() => parseSentimentModel(edited((json) => (json.weights = [1, 2])), 'm.json')).toThrow(/^m\.json: 2 weights for \d+ features × 3 labels$/);
    expect(() => parseSentimentModel(edited((json) => (json.labels = ['positive', 'positive', 'neutral'])), 'm.json')).toThrow(
      'm.json: labels must be positive, negative and neutral once each, got positive, positive, neutral',
    );
    expect(() => parseSentimentModel(edited((json) => (json.biases = ['x', 0, 0])), 'm.json')).toThrow(/^m\.json: invalid model: biases\.0: /);
    expect(() => parseSentimentModel(edited((json) => (json.featureIndices = (json.featureIndices as number[]).map(() => 2 ** 30))), 'm.json')).toThrow(
      /feature index 1073741824 is outside the 65539 features of its configuration/,
    );
  });
});
