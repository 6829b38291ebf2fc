import { describe, expect, it } from 'vitest';
import type { LabelledSentence } from './labelled-sentence.js';
import { splitLabelledSentences } from './split-labelled-sentences.js';

const sentences: LabelledSentence[] = Array.from({ length: 5000 }, (_, i) => ({ text: `sentence number ${i}`, label: 'neutral' }));

describe('splitLabelledSentences', () => {
  it('holds out about the asked share, the same one on every run, another one for another seed', () => {
    const first = splitLabelledSentences(sentences, 0.2, 1);
    expect(first.validation.length).toBeGreaterThan(900);
    expect(first.validation.length).toBeLessThan(1100);
    expect(first.training.length + first.validation.length).toBe(5000);
    expect(splitLabelledSentences(sentences, 0.2, 1)).toEqual(first);
    expect(splitLabelledSentences(sentences, 0.2, 2).validation).not.toEqual(first.validation);
  });

  it('puts duplicate sentences on the same side, wherever they are in the file', () => {
    const duplicated = [...sentences.slice(0, 100), ...sentences.slice(0, 100).reverse()];
    const { validation } = splitLabelledSentences(duplicated, 0.3, 7);
    for (const sentence of validation) expect(validation.filter((other) => other.text === sentence.text)).toHaveLength(2);
  });

  it('keeps everything for training at fraction 0 and rejects fractions outside [0, 1)', () => {
    expect(splitLabelledSentences(sentences, 0, 1).validation).toEqual([]);
    expect(() => splitLabelledSentences(sentences, 1, 1)).toThrow('validation fraction must be in [0, 1), got 1');
  });
});
