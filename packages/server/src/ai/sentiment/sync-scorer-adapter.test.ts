import { FinanceWordListScorer } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { SyncScorerAdapter } from './sync-scorer-adapter.js';

describe('SyncScorerAdapter', () => {
  const wordList = new FinanceWordListScorer();
  const adapter = new SyncScorerAdapter(wordList);

  it("keeps the wrapped scorer's id", () => {
    expect(adapter.id).toBe('finance-word-list');
  });

  it('resolves to the wrapped scorer’s scores, in order', async () => {
    const texts = ['Operating profit rose sharply to EUR 13.1 mn', 'Net loss widened to EUR 2.4 mn', 'The company is based in Helsinki'];
    const scores = await adapter.scoreMany(texts);
    expect(scores).toEqual(texts.map((text) => wordList.score(text)));
    expect(scores.map((score) => score.label)).toEqual(['positive', 'negative', 'neutral']);
  });

  it('rejects, rather than throws, when the wrapped scorer throws', async () => {
    const failing = new SyncScorerAdapter({
      id: 'failing',
      score: () => {
        throw new Error('model not ready');
      },
    });
    const pending = failing.scoreMany(['text']);
    await expect(pending).rejects.toThrow('model not ready');
  });
});
