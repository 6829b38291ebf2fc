import type { SentimentLabel } from '@goldensignals/engine';
import { TransformerModelError } from './transformer-model-error.js';

const KNOWN: readonly SentimentLabel[] = ['positive', 'negative', 'neutral'];

/**
 * Maps a classifier's own label names (config.json `id2label`, e.g. FinBERT's `{0: positive, 1: negative,
 * 2: neutral}`) to sentiment labels, matching positive / negative / neutral in any case. Positive and
 * negative are required; neutral may be absent (two-class models). Any other label is an error, because
 * its probability could not be placed on the polarity scale. `id2label` is read from a JSON file, so it is checked, not trusted.
 */
export function mapSentimentLabels(id2label: unknown, modelName: string): ReadonlyMap<string, SentimentLabel> {
  const names = id2label !== null && typeof id2label === 'object' ? Object.values(id2label) : [];
  if (names.length === 0) throw new TransformerModelError(`${modelName}: config.json has no id2label, so its outputs cannot be read as positive / negative / neutral`);
  if (!names.every((name): name is string => typeof name === 'string')) throw new TransformerModelError(`${modelName}: config.json id2label must map class indices to label names`);
  const mapping = new Map<string, SentimentLabel>();
  for (const name of names) {
    const label = KNOWN.find((known) => known === name.trim().toLowerCase());
    if (label === undefined) throw new TransformerModelError(`${modelName}: label "${name}" in config.json id2label is not positive, negative or neutral (labels: ${names.join(', ')})`);
    if ([...mapping.values()].includes(label)) throw new TransformerModelError(`${modelName}: config.json id2label names ${label} twice (labels: ${names.join(', ')})`);
    mapping.set(name, label);
  }
  for (const required of ['positive', 'negative'] as const) {
    if (![...mapping.values()].includes(required)) throw new TransformerModelError(`${modelName}: config.json id2label has no ${required} label (labels: ${names.join(', ')})`);
  }
  return mapping;
}
