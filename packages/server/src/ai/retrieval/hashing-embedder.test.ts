import { describe, expect, it } from 'vitest';
import { HashingEmbedder } from './hashing-embedder.js';
import { stem, textTerms } from './text-terms.js';

function cosine(a: Float32Array, b: Float32Array): number {
  return a.reduce((sum, value, index) => sum + value * b[index], 0);
}

describe('textTerms', () => {
  it('lower-cases, folds accents, drops stop words and stems, keeping numbers whole', () => {
    expect(textTerms('The RSI of Café stocks is 27.4, below 30!')).toEqual(['rsi', 'caf', 'stock', '27.4', '30']);
  });

  it('folds the common English endings together', () => {
    expect(['earnings', 'earned', 'earning'].map(stem)).toEqual(['earn', 'earn', 'earn']);
    expect(['rising', 'rise', 'prices', 'priced'].map(stem)).toEqual(['ris', 'ris', 'pric', 'pric']);
    expect(['stopped', 'stops', 'loss', 'bonus'].map(stem)).toEqual(['stop', 'stop', 'loss', 'bonus']);
  });
});

describe('HashingEmbedder', () => {
  const embedder = new HashingEmbedder();

  it('gives unit vectors of 384 dimensions, the same for the same text', async () => {
    const [a, b] = await embedder.embed(['Apple earnings beat estimates', 'Apple earnings beat estimates']);
    expect(a).toHaveLength(384);
    expect(Math.hypot(...a)).toBeCloseTo(1, 6);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(embedder).toMatchObject({ id: 'hashing', model: 'goldensignals-hashing-v1', dimensions: 384 });
  });

  it('puts texts sharing words closer than texts sharing none', () => {
    const question = embedder.embedOne('Why did Apple beat earnings?');
    const related = embedder.embedOne('Apple reported earnings above estimates.');
    const unrelated = embedder.embedOne('OPEC extends oil output cuts.');
    expect(cosine(question, related)).toBeGreaterThan(0.3);
    // Texts without a shared term meet only where two terms hash to one slot: a small cosine, of either sign.
    expect(Math.abs(cosine(question, unrelated))).toBeLessThan(0.15);
    expect(cosine(question, related) - cosine(question, unrelated)).toBeGreaterThan(0.2);
  });

  it('gives the zero vector for a text without content words', () => {
    expect(Array.from(embedder.embedOne('is it the?')).every((value) => value === 0)).toBe(true);
  });

  it('names other sizes apart, so their vectors are never compared with the default ones', () => {
    expect(new HashingEmbedder(256)).toMatchObject({ model: 'goldensignals-hashing-v1-256', dimensions: 256 });
    expect(() => new HashingEmbedder(8)).toThrow('hashing dimensions must be an integer from 16 to 4096, got 8');
  });
});
