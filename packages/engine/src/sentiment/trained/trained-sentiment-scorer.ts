import type { SentimentLabel, SentimentScore, SentimentScorer } from '../text-item.js';
import { featureDimension } from './sentiment-feature-config.js';
import { SentimentFeatureExtractor } from './sentiment-feature-extractor.js';
import type { SentimentModel } from './sentiment-model.js';

/**
 * Sentiment from a model trained by `trainSentimentModel` (backend b): features hashed straight into
 * a dense weight table, so scoring a sentence is one tokenisation and a few dozen multiply-adds.
 * Label = most probable class; score = P(positive) - P(negative); confidence = the top probability.
 */
export class TrainedSentimentScorer implements SentimentScorer {
  readonly id = 'trained';
  private readonly extractor: SentimentFeatureExtractor;
  private readonly labels: readonly SentimentLabel[];
  private readonly biases: Float64Array;
  /** `table[feature * classes + k]`; features the model does not list are 0. */
  private readonly table: Float32Array;
  private readonly classes: number;
  private readonly logits: Float64Array;
  private readonly positive: number;
  private readonly negative: number;
  private readonly accumulate: (feature: number, value: number) => void;

  constructor(readonly model: SentimentModel) {
    this.extractor = new SentimentFeatureExtractor(model.features);
    this.labels = model.labels;
    this.classes = model.labels.length;
    this.biases = Float64Array.from(model.biases);
    this.table = new Float32Array(featureDimension(model.features) * this.classes);
    model.featureIndices.forEach((feature, i) => {
      for (let k = 0; k < this.classes; k++) this.table[feature * this.classes + k] = model.weights[i * this.classes + k];
    });
    this.logits = new Float64Array(this.classes);
    this.positive = model.labels.indexOf('positive');
    this.negative = model.labels.indexOf('negative');
    const { table, logits, classes } = this;
    this.accumulate = (feature, value) => {
      const base = feature * classes;
      for (let k = 0; k < classes; k++) logits[k] += value * table[base + k];
    };
  }

  /** Probability of each label, in the model's label order. */
  probabilities(text: string): Float64Array {
    const { logits, classes } = this;
    logits.set(this.biases);
    this.extractor.extract(text, this.accumulate);
    let max = -Infinity;
    for (let k = 0; k < classes; k++) if (logits[k] > max) max = logits[k];
    let sum = 0;
    const probabilities = new Float64Array(classes);
    for (let k = 0; k < classes; k++) {
      probabilities[k] = Math.exp(logits[k] - max);
      sum += probabilities[k];
    }
    for (let k = 0; k < classes; k++) probabilities[k] /= sum;
    return probabilities;
  }

  score(text: string): SentimentScore {
    const probabilities = this.probabilities(text);
    let best = 0;
    for (let k = 1; k < this.classes; k++) if (probabilities[k] > probabilities[best]) best = k;
    return { label: this.labels[best], score: probabilities[this.positive] - probabilities[this.negative], confidence: probabilities[best] };
  }
}
