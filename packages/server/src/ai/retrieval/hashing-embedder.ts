import type { Embedder } from './embedder.js';
import { normalizeVector } from './normalize-vector.js';
import { textTerms } from './text-terms.js';

/** Dimensions of the built-in embedder: enough that few terms of a passage share a slot. */
export const HASHING_DIMENSIONS = 384;

/** Weight of a pair of neighbouring terms relative to a single term: phrases count, but less than words. */
const BIGRAM_WEIGHT = 0.5;

/** FNV-1a over UTF-16 code units with a final avalanche, so similar strings land far apart. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The embedder that needs nothing: a text's terms and pairs of neighbouring terms are hashed into
 * {@link HASHING_DIMENSIONS} slots (with a hashed sign, so collisions cancel rather than pile up),
 * weighted by 1 + ln(count) and scaled to unit length. It matches words, not meanings: a question
 * must share terms with the passage it looks for.
 */
export class HashingEmbedder implements Embedder {
  readonly id = 'hashing';
  readonly model: string;

  constructor(readonly dimensions: number = HASHING_DIMENSIONS) {
    if (!Number.isInteger(dimensions) || dimensions < 16 || dimensions > 4096) throw new RangeError(`hashing dimensions must be an integer from 16 to 4096, got ${dimensions}`);
    this.model = dimensions === HASHING_DIMENSIONS ? 'goldensignals-hashing-v1' : `goldensignals-hashing-v1-${dimensions}`;
  }

  embed(texts: readonly string[]): Promise<Float32Array[]> {
    return Promise.resolve(texts.map((text) => this.embedOne(text)));
  }

  /** The vector of one text (all zeros for a text without content words). */
  embedOne(text: string): Float32Array {
    const counts = new Map<string, number>();
    const terms = textTerms(text);
    const add = (feature: string, weight: number): void => {
      counts.set(feature, (counts.get(feature) ?? 0) + weight);
    };
    terms.forEach((term, index) => {
      add(term, 1);
      if (index > 0) add(`${terms[index - 1]} ${term}`, BIGRAM_WEIGHT);
    });
    const vector = new Float32Array(this.dimensions);
    for (const [feature, count] of counts) {
      const h = hash(feature);
      const base = feature.includes(' ') ? BIGRAM_WEIGHT : 1;
      // Sub-linear in the count: a term said five times is not five times as telling.
      const weight = base * (1 + Math.log(count / base));
      vector[h % this.dimensions] += (h & 0x80000000) === 0 ? weight : -weight;
    }
    return normalizeVector(vector) ?? vector;
  }
}
