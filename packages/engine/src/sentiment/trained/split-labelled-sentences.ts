import { hashString, mixHash } from './feature-hash.js';
import type { LabelledSentence } from './labelled-sentence.js';

/** The two sides of {@link splitLabelledSentences}. */
export interface LabelledSentenceSplit {
  readonly training: LabelledSentence[];
  readonly validation: LabelledSentence[];
}

/**
 * Deterministic held-out split: a sentence goes to validation when a seeded hash of its text falls
 * below `validationFraction`. Deciding by the text (not the row position) puts duplicate sentences
 * on the same side, so none is scored on a copy of itself, and the split survives reordering the file.
 */
export function splitLabelledSentences(sentences: readonly LabelledSentence[], validationFraction: number, seed: number): LabelledSentenceSplit {
  if (!(validationFraction >= 0 && validationFraction < 1)) throw new RangeError(`validation fraction must be in [0, 1), got ${validationFraction}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const seedHash = mixHash(seed >>> 0);
  const training: LabelledSentence[] = [];
  const validation: LabelledSentence[] = [];
  for (const sentence of sentences) {
    const draw = mixHash(hashString(sentence.text) ^ seedHash) / 2 ** 32;
    (draw < validationFraction ? validation : training).push(sentence);
  }
  return { training, validation };
}
