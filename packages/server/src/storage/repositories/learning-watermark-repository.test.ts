import type { PendingVotesState } from '@goldensignals/engine';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { LearningWatermarkRepository, type LearningClaim } from './learning-watermark-repository.js';

const T0 = Date.UTC(2024, 0, 2);
const DAY = 86_400_000;
const PENDING: PendingVotesState = { agents: ['rsi', 'macd'], lastRecordTime: T0, votes: [{ time: T0, close: 101.5, band: 0.012, weight: 0.2, consensus: 1, actions: [1, 2] }] };

describeStorage('LearningWatermarkRepository', (context) => {
  const repository = () => new LearningWatermarkRepository(context.database.db);

  it('keeps one watermark per symbol and timeframe, moved by later saves', async () => {
    const repo = repository();
    await repo.save([
      { symbol: 'AAPL', timeframe: '1d', learnedThrough: T0 },
      { symbol: 'AAPL', timeframe: '1h', learnedThrough: T0 + 3_600_000 },
    ]);
    await repo.save([{ symbol: 'AAPL', timeframe: '1d', learnedThrough: T0 + 86_400_000 }]);
    const marks = (await repo.list()).sort((a, b) => a.timeframe.localeCompare(b.timeframe));
    expect(marks).toEqual([
      { symbol: 'AAPL', timeframe: '1d', learnedThrough: T0 + 86_400_000 },
      { symbol: 'AAPL', timeframe: '1h', learnedThrough: T0 + 3_600_000 },
    ]);
  });

  it('hands each claim the watermark and pending votes the previous one stored', async () => {
    const repo = repository();
    const seen: LearningClaim[] = [];
    const first = await repo.claim('BTC-USD', '1d', (claim) => {
      seen.push(claim);
      return { result: 'learned', learned: { learnedThrough: T0, pendingVotes: PENDING } };
    });
    expect(first).toBe('learned');
    await repo.claim('BTC-USD', '1d', (claim) => {
      seen.push(claim);
      return { result: null, learned: { learnedThrough: T0 + DAY, pendingVotes: null } };
    });
    await repo.claim('BTC-USD', '1d', (claim) => {
      seen.push(claim);
      return { result: null, learned: null };
    });
    expect(seen).toEqual([
      { learnedThrough: null, pendingVotes: null },
      { learnedThrough: T0, pendingVotes: PENDING },
      { learnedThrough: T0 + DAY, pendingVotes: null },
    ]);
    expect(await repo.list()).toEqual([{ symbol: 'BTC-USD', timeframe: '1d', learnedThrough: T0 + DAY }]);
  });

  it('leaves no watermark when a first claim learns nothing or fails', async () => {
    const repo = repository();
    await repo.claim('ETH-USD', '1d', () => ({ result: null, learned: null }));
    await expect(
      repo.claim('SOL-USD', '1d', () => {
        throw new Error('the engine failed');
      }),
    ).rejects.toThrow('the engine failed');
    expect(await repo.list()).toEqual([]);
    await repo.claim('ETH-USD', '1d', (claim) => {
      expect(claim).toEqual({ learnedThrough: null, pendingVotes: null });
      return { result: null, learned: null };
    });
  });

  it('lets one of two claims at once learn the bars, the other finding them learned', async () => {
    const repo = repository();
    const learners: string[] = [];
    const claimant = (name: string) =>
      repo.claim('BTC-USD', '1d', async (claim) => {
        if (claim.learnedThrough !== null && claim.learnedThrough >= T0) return { result: name, learned: null };
        // Learning takes a while: the other claimant has to wait for it, not read the old watermark.
        await new Promise((resolve) => setTimeout(resolve, 50));
        learners.push(name);
        return { result: name, learned: { learnedThrough: T0, pendingVotes: null } };
      });
    await Promise.all([claimant('one'), claimant('two'), claimant('three')]);
    expect(learners).toHaveLength(1);
  });

  it('treats unreadable pending votes as none', async () => {
    const repo = repository();
    await repo.claim('BTC-USD', '1d', () => ({ result: null, learned: { learnedThrough: T0, pendingVotes: null } }));
    await context.database.db.execute(sql`UPDATE learning_watermarks SET pending_votes = '{"agents": 3}'::jsonb`);
    const claim = await repo.claim('BTC-USD', '1d', (found) => ({ result: found, learned: null }));
    expect(claim).toEqual({ learnedThrough: T0, pendingVotes: null });
  });
});
