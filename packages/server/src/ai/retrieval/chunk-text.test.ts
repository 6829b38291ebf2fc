import { describe, expect, it } from 'vitest';
import { chunkText } from './chunk-text.js';

describe('chunkText', () => {
  const sentences = Array.from({ length: 12 }, (_, i) => `Sentence number ${String(i + 1).padStart(2, '0')} has some words in it.`);

  it('keeps a short text whole, with white space collapsed', () => {
    expect(chunkText('  One line.\n  Another   line!  ')).toEqual(['One line. Another line!']);
    expect(chunkText('   \n\n ')).toEqual([]);
  });

  it('cuts on sentence boundaries, each passage repeating the last sentences of the one before up to the overlap', () => {
    // Each sentence has 43 characters: four fit in 180, and one (43) fits in an overlap of 50.
    const chunks = chunkText(sentences.join(' '), { maxChars: 180, overlapChars: 50 });
    expect(chunks).toEqual([
      sentences.slice(0, 4).join(' '),
      sentences.slice(3, 7).join(' '),
      sentences.slice(6, 10).join(' '),
      sentences.slice(9, 12).join(' '),
    ]);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(180);
  });

  it('treats a paragraph break as a boundary even without a full stop', () => {
    expect(chunkText('Heading without stop\n\nBody text follows here.', { maxChars: 30, overlapChars: 0 })).toEqual(['Heading without stop', 'Body text follows here.']);
  });

  it('cuts a sentence longer than a passage at word boundaries', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const chunks = chunkText(long, { maxChars: 60, overlapChars: 0 });
    expect(chunks.join(' ')).toBe(long);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(60);
  });

  it('refuses sizes that cannot work', () => {
    expect(() => chunkText('x', { maxChars: 10 })).toThrow('maxChars must be an integer of at least 20, got 10');
    expect(() => chunkText('x', { maxChars: 100, overlapChars: 50 })).toThrow('overlapChars must be an integer from 0 to below half of maxChars, got 50');
  });
});
