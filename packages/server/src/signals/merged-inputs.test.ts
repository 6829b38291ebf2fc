import type { ExternalVote, ScoredText } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { mergedInputs } from './merged-inputs.js';

const SCORE = { label: 'positive', score: 0.8, confidence: 0.9 } as const;

describe('mergedInputs', () => {
  it("joins each source's fields and asks every source the same request", async () => {
    const asked: unknown[] = [];
    const news: ScoredText = { time: 1, text: 'Apple beats estimates', source: 'rss', sentiment: SCORE };
    const vote: ExternalVote = { time: 2, expiresAt: 3, action: 'BUY', confidence: 0.6 };
    const merged = mergedInputs([
      async (request) => {
        asked.push(request);
        return { news: [news] };
      },
      async (request) => {
        asked.push(request);
        return { externalVotes: [vote] };
      },
    ]);
    const request = { symbol: 'AAPL', timeframe: '1d' as const, from: 0, to: 10 };
    await expect(merged(request)).resolves.toEqual({ news: [news], externalVotes: [vote] });
    expect(asked).toEqual([request, request]);
  });

  it('fails when a source fails, so the caller decides (the service logs it and the agents abstain)', async () => {
    const merged = mergedInputs([async () => ({}), async () => Promise.reject(new Error('database down'))]);
    await expect(merged({ symbol: 'AAPL', timeframe: '1d', from: 0, to: 10 })).rejects.toThrow('database down');
  });
});
