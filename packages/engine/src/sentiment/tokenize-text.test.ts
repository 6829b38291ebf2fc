import { describe, expect, it } from 'vitest';
import { tokenizeText } from './tokenize-text.js';

const show = (text: string) => tokenizeText(text).map((t) => (t.kind === 'number' ? t.value : t.text));

describe('tokenizeText', () => {
  it('lower-cases words, splits hyphens, expands "n\'t" and drops possessive "\'s"', () => {
    expect(show("Acme's lay-offs didn't stop")).toEqual(['acme', 'lay', 'offs', 'did', 'not', 'stop']);
  });

  it('reads currency-prefixed numbers with scale words, glued or separate (a spaced currency stays a word)', () => {
    expect(show('EUR131m vs EUR 13.1 mn and USD 2 bn')).toEqual([131e6, 'vs', 'eur', 13.1e6, 'and', 'usd', 2e9]);
  });

  it('rejoins decimals split by news feeds ("EUR1 .13") and reads thousands separators', () => {
    expect(show('EPS of EUR1 .13 on sales of 2,686.2 mln')).toEqual(['eps', 'of', 1.13, 'on', 'sales', 'of', 2686.2e6]);
  });

  it('keeps sentence punctuation as one clause boundary and drops commas', () => {
    expect(tokenizeText('Sales rose , costs fell . ; Done').map((t) => t.kind)).toEqual(['word', 'word', 'word', 'word', 'boundary', 'word']);
  });
});
