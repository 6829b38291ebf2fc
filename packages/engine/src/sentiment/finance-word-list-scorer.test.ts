import { describe, expect, it } from 'vitest';
import { FinanceWordListScorer } from './finance-word-list-scorer.js';
import { PhraseDictionary } from './phrase-dictionary.js';
import { tokenizeText } from './tokenize-text.js';

// Example sentences are written for these tests (no dataset text is copied here).
const scorer = new FinanceWordListScorer();
const label = (text: string) => scorer.score(text).label;

describe('FinanceWordListScorer', () => {
  it('labels plain good and bad news', () => {
    expect(label('Quarterly results beat expectations and the shares rallied.')).toBe('positive');
    expect(label('The lender filed for bankruptcy after a failed rescue.')).toBe('negative');
    expect(label('The annual general meeting will be held in Oslo on 3 May.')).toBe('neutral');
  });

  it('signs a move by the financial noun it describes: more profit is good, more cost is bad', () => {
    expect(label('Operating profit rose to USD 12.0 million from USD 9.1 million.')).toBe('positive');
    expect(label('Net sales fell 8 % in the second quarter.')).toBe('negative');
    expect(label('Production costs fell 5 % year on year.')).toBe('positive');
    expect(label('Its net loss widened to USD 4 million.')).toBe('negative');
    expect(label('Its net loss narrowed to USD 3 million from USD 9 million.')).toBe('positive');
    expect(label('The airline will reduce its workforce by 300.')).toBe('negative');
  });

  it('reads a new state after "to" and a change against an earlier state of the opposite sign', () => {
    expect(label('The retailer slipped to an operating loss of EUR 2 mn.')).toBe('negative');
    expect(label('Operating loss was EUR 1.2 mn, down from a profit of EUR 3.0 mn.')).toBe('negative');
  });

  it('compares the figures around "compared with" when no move word is given', () => {
    expect(label('The operating margin was 8.1 %, compared with 11.5 % a year earlier.')).toBe('negative');
    expect(label('The operating margin was 12.0 %, compared with 9.5 % a year earlier.')).toBe('positive');
    // "8.3 mn" against a bare "8.4": the figures are brought to one scale first.
    expect(label('Quarterly profit was EUR 8.3 mn, compared with EUR 8.4 in 2023.')).toBe('negative');
  });

  it('flips sentiment after a negator and scales it with an intensifier', () => {
    expect(label('The company did not beat expectations this year.')).toBe('negative');
    expect(label('The drug failed to win approval.')).toBe('negative');
    const plain = scorer.rawScore('Sales rose.');
    expect(plain).toBe(1);
    expect(scorer.rawScore('Sales rose sharply.')).toBe(1.5);
    expect(scorer.rawScore('Sales rose slightly.')).toBe(0.5);
    expect(scorer.rawScore('Sales did not rise.')).toBe(-1);
  });

  it('weighs bottom-line metrics above top-line ones', () => {
    expect(scorer.rawScore('Profit fell while sales rose.')).toBe(-0.25);
  });

  it('is deterministic and keeps score in [-1, 1] and confidence in [0, 1]', () => {
    const text = 'Record profit, strong demand and a sharply higher dividend; no layoffs planned.';
    const a = scorer.score(text);
    expect(scorer.score(text)).toEqual(a);
    expect(a.label).toBe('positive');
    for (const t of [text, '', 'lawsuit lawsuit fraud bankruptcy collapse crash', 'up up up up up up up up']) {
      const s = scorer.score(t);
      expect(Math.abs(s.score)).toBeLessThanOrEqual(1);
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    expect(scorer.score('')).toEqual({ label: 'neutral', score: 0, confidence: 0.9 });
  });

  it('takes its label thresholds from the options', () => {
    const strict = new FinanceWordListScorer({ positiveThreshold: 2 });
    expect(strict.score('Sales rose.').label).toBe('neutral');
  });
});

describe('PhraseDictionary', () => {
  it('prefers the longest phrase and rejects a phrase added twice', () => {
    const d = new PhraseDictionary<string>();
    d.add('profit', 'short');
    d.add('profit warning', 'long');
    expect(d.matchAll(tokenizeText('A profit warning and a profit')).map((m) => [m.start, m.end, m.entry])).toEqual([
      [1, 3, 'long'],
      [5, 6, 'short'],
    ]);
    expect(() => d.add('profit', 'again')).toThrow(/"profit" is in the dictionary twice/);
  });
});
