import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { signalFixture } from '../test-support/signal-fixture.test-support.js';
import { FeedbackRepository } from './feedback-repository.js';
import { SignalRepository } from './signal-repository.js';

describeStorage('FeedbackRepository', (context) => {
  it('stores ratings of a signal and summarises them', async () => {
    const signal = await new SignalRepository(context.database.db).save(signalFixture());
    const repo = new FeedbackRepository(context.database.db);
    await repo.add({ signalId: signal.id, rating: 4, comment: 'good entry' });
    await repo.add({ signalId: signal.id, rating: 5 });
    expect(await repo.summary(signal.id)).toEqual({ count: 2, averageRating: 4.5 });
    expect((await repo.forSignal(signal.id)).map((f) => f.rating).sort()).toEqual([4, 5]);
    await expect(repo.add({ signalId: signal.id, rating: 6 })).rejects.toMatchObject({ cause: { message: expect.stringContaining('feedback_rating_check') } });
    expect(await repo.summary('00000000-0000-4000-8000-000000000000')).toEqual({ count: 0, averageRating: null });
  });
});
