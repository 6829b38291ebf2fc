import { expect, it } from 'vitest';
import { HashingEmbedder } from './hashing-embedder.js';
import { describeRecall, measureRecall } from './measure-recall.js';
import { RetrievalService } from './retrieval-service.js';
import { describeRetrievalStorage } from './retrieval-storage.test-support.js';

describeRetrievalStorage('recall@5 of the built-in evaluation set', (context) => {
  it('finds the relevant passage among the top 5 for at least 0.9 of the questions with the hashing embedder', async () => {
    const service = await RetrievalService.open({ database: context.database, embedder: new HashingEmbedder() });
    const report = await measureRecall(service);
    process.stdout.write(`${context.kind}, ${(await service.status()).search} search: ${describeRecall(report)}; missed: ${JSON.stringify(report.misses)}\n`);
    expect(report.questions).toBe(20);
    // Measured 0.95 on both engines (19 of 20 questions; the miss asks about "Tesla" where the passage says "TSLA").
    expect(report.recallAtK).toBeGreaterThanOrEqual(0.9);
  });
});
