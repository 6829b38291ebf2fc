import { describe, expect, it } from 'vitest';
import { dictatedText } from './dictated-text.js';

const results = (...transcripts: string[]) => transcripts.map((transcript) => [{ transcript }]);

describe('dictatedText', () => {
  it('puts what was heard after what was typed, final and interim results together', () => {
    expect(dictatedText('Compare with', results('why is', ' apple a buy'), 4000)).toBe('Compare with why is apple a buy');
    expect(dictatedText('', results(' which agents  are '), 4000)).toBe('which agents are');
  });

  it('leaves the typed text as it was until something is heard, and stops at the limit', () => {
    expect(dictatedText('Why is AAPL ', results(), 4000)).toBe('Why is AAPL ');
    expect(dictatedText('abc', results('defgh'), 6)).toBe('abc de');
  });
});
