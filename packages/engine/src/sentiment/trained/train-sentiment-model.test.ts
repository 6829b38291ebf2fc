import { describe, expect, it } from 'vitest';
import { evaluateSentimentScorer } from './evaluate-sentiment-scorer.js';
import { syntheticSentences } from './synthetic-sentences.test-support.js';
import { trainSentimentModel } from './train-sentiment-model.js';
import { TrainedSentimentScorer } from './trained-sentiment-scorer.js';

const TEXT_ONLY = { wordListScore: false, lexiconCues: false };

describe('trainSentimentModel', () => {
  it('learns a small invented set well enough to label unseen sentences of the same kind', () => {
    const { model, validation } = trainSentimentModel(syntheticSentences(40), { validationFraction: 0, features: TEXT_ONLY, l2: 1e-3 });
    expect(validation).toBeNull();
    const unseen = evaluateSentimentScorer(new TrainedSentimentScorer(model), syntheticSentences(20, 5));
    expect(unseen.accuracy).toBe(1);
    const scorer = new TrainedSentimentScorer(model);
    expect(scorer.id).toBe('trained');
    const good = scorer.score('Kestrel: net sales rose 41 % .');
    expect(good.label).toBe('positive');
    expect(good.score).toBeGreaterThan(0.5);
    expect(scorer.score('Kestrel: it will lay off 12 workers .').score).toBeLessThan(-0.5);
  });

  it('reports validation figures on the held-out part and stores them with the training metadata', () => {
    const trainedAt = new Date('2025-01-02T03:04:05Z');
    const { model, validation, penaltySelection } = trainSentimentModel(syntheticSentences(60), { trainedAt, source: 'invented.csv' });
    expect(validation?.count).toBe(model.training.validationRows);
    expect(model.training.rows + model.training.validationRows).toBe(180);
    expect(model.training.validationAccuracy).toBe(validation?.accuracy);
    expect(validation?.accuracy).toBeGreaterThan(0.95);
    expect(model.training).toMatchObject({ trainedAt: '2025-01-02T03:04:05.000Z', seed: 1, source: 'invented.csv' });
    expect(penaltySelection.map((entry) => entry.l2)).toEqual([1e-2, 3e-3, 1e-3]);
    expect(penaltySelection.map((entry) => entry.l2)).toContain(model.training.l2);
  });

  it('is deterministic: the same sentences and seed give the same weights', () => {
    const options = { trainedAt: new Date(0), l2: 1e-3 };
    const first = trainSentimentModel(syntheticSentences(30), options).model;
    const second = trainSentimentModel(syntheticSentences(30), options).model;
    expect(second).toEqual(first);
    expect(first.weights.length).toBe(first.featureIndices.length * 3);
    expect(trainSentimentModel(syntheticSentences(30), { ...options, seed: 2 }).model.weights).not.toEqual(first.weights);
  });

  it('refuses data with a single label or too few rows, and impossible settings', () => {
    const positives = syntheticSentences(10).filter((sentence) => sentence.label === 'positive');
    expect(() => trainSentimentModel(positives, { validationFraction: 0 })).toThrow('training needs at least two different labels, got only positive');
    expect(() => trainSentimentModel([], {})).toThrow('training needs at least 2 sentences outside the validation part, got 0');
    expect(() => trainSentimentModel(syntheticSentences(10), { l2: -1 })).toThrow('L2 penalties must be positive numbers, got -1');
    expect(() => trainSentimentModel(syntheticSentences(10), { features: { hashBits: 30 } })).toThrow('hash bits must be an integer from 8 to 24, got 30');
  });
});
