import type { SentimentModel } from './sentiment-model.js';

/** The model file text: JSON with the metadata first and one weight row per line, so a diff or a `head` stays readable. */
export function serializeSentimentModel(model: SentimentModel): string {
  const { featureIndices, weights, ...head } = model;
  const width = model.labels.length;
  const rows = featureIndices.map((_, i) => JSON.stringify(weights.slice(i * width, i * width + width)).slice(1, -1));
  const headJson = JSON.stringify(head, null, 2).slice(0, -2);
  return `${headJson},\n  "featureIndices": ${JSON.stringify(featureIndices)},\n  "weights": [\n${rows.map((row) => `    ${row}`).join(',\n')}\n  ]\n}\n`;
}
