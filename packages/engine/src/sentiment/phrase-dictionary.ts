import type { TextToken } from './tokenize-text.js';

/** A phrase found in a token sequence: tokens `start` (inclusive) to `end` (exclusive). */
export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly entry: T;
}

/**
 * Multi-word lookup by longest match: phrases are indexed by their first token, longest first, so
 * "operating profit margin" wins over "operating profit" and "profit".
 */
export class PhraseDictionary<T> {
  private readonly byFirstToken = new Map<string, { readonly words: readonly string[]; readonly entry: T }[]>();

  /** Adds a space-separated phrase; throws when the same phrase is added twice. */
  add(phrase: string, entry: T): void {
    const words = phrase.trim().split(/\s+/);
    const first = words[0];
    if (!first) throw new RangeError('phrase must not be empty');
    const list = this.byFirstToken.get(first) ?? [];
    if (list.some((candidate) => candidate.words.join(' ') === words.join(' '))) {
      throw new RangeError(`phrase "${phrase}" is in the dictionary twice`);
    }
    list.push({ words, entry });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirstToken.set(first, list);
  }

  /** Non-overlapping longest matches, scanning left to right. */
  matchAll(tokens: readonly TextToken[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const candidates = tokens[i].kind === 'word' ? this.byFirstToken.get(tokens[i].text) : undefined;
      const found = candidates?.find((c) => c.words.every((w, k) => tokens[i + k]?.kind === 'word' && tokens[i + k].text === w));
      if (found) {
        matches.push({ start: i, end: i + found.words.length, entry: found.entry });
        i += found.words.length;
      } else {
        i++;
      }
    }
    return matches;
  }
}
