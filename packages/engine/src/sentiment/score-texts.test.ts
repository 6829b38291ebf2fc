import { describe, expect, it } from 'vitest';
import { FinanceWordListScorer } from './finance-word-list-scorer.js';
import { scoreTexts } from './score-texts.js';

describe('scoreTexts', () => {
  it('attaches the scorer verdict to each item, keeping time, source and engagement', () => {
    const scored = scoreTexts(
      [
        { time: 1, text: 'Quarterly profit jumped 40 %.', source: 'newswire' },
        { time: 2, text: 'Shares plunged after the profit warning.', source: 'social', engagement: 120 },
      ],
      new FinanceWordListScorer(),
    );
    expect(scored.map((s) => [s.time, s.source, s.sentiment.label, s.engagement])).toEqual([
      [1, 'newswire', 'positive', undefined],
      [2, 'social', 'negative', 120],
    ]);
    expect('engagement' in scored[0]).toBe(false);
  });
});
