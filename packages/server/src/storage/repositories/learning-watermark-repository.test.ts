import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { LearningWatermarkRepository } from './learning-watermark-repository.js';

const T0 = Date.UTC(2024, 0, 2);

describeStorage('LearningWatermarkRepository', (context) => {
  it('keeps one watermark per symbol and timeframe, moved by later saves', async () => {
    const repo = new LearningWatermarkRepository(context.database.db);
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
});
