import { expect, it } from 'vitest';
import { describeRetrievalStorage } from '../../ai/retrieval/retrieval-storage.test-support.js';
import { EmbeddingRepository, hnswIndexName, type EmbeddingSource } from './embedding-repository.js';
import { UserRepository } from './user-repository.js';

function unit(...values: number[]): Float32Array {
  const length = Math.hypot(...values);
  return Float32Array.from(values, (value) => value / length);
}

function cosine(a: Float32Array, b: Float32Array): number {
  return a.reduce((sum, value, index) => sum + value * b[index], 0);
}

const MODEL = 'test:four';

describeRetrievalStorage('EmbeddingRepository', (context) => {
  const repository = () => new EmbeddingRepository(context.database.db);
  const signal = (id: string): EmbeddingSource => ({ kind: 'signal', sourceId: id, userId: null, title: `signal ${id}` });

  it('finds the nearest passages in cosine order with their similarity, on pgvector and without it', async () => {
    const support = await repository().vectorSupport();
    await repository().ensureHnswIndex(support, 4);
    const vectors = { east: unit(1, 0, 0, 0), northEast: unit(1, 1, 0, 0), north: unit(0, 1, 0, 0), west: unit(-1, 0.1, 0, 0), up: unit(0, 0, 1, 0) };
    for (const [id, embedding] of Object.entries(vectors)) await repository().replace(signal(id), MODEL, [{ content: `passage ${id}`, embedding }]);
    const query = unit(1, 0.2, 0, 0);
    const found = await repository().search({ model: MODEL, vector: query, k: 3, kinds: ['signal'], userId: null }, support);
    expect(found.map((match) => match.sourceId)).toEqual(['east', 'northEast', 'north']);
    found.forEach((match) => expect(match.score).toBeCloseTo(cosine(query, vectors[match.sourceId as keyof typeof vectors]), 5));
    expect(found[0]).toMatchObject({ kind: 'signal', chunk: 0, title: 'signal east', content: 'passage east' });
  });

  it('uses the HNSW index where pgvector is available, and says why not where it is not', async () => {
    const support = await repository().vectorSupport();
    if (context.kind === 'postgres') {
      expect(support).toEqual({ available: false, reason: expect.stringContaining('pgvector') as unknown });
      expect(await repository().ensureHnswIndex(support, 4)).toBeNull();
      return;
    }
    expect(support).toMatchObject({ available: true, schema: 'public' });
    expect(await repository().ensureHnswIndex(support, 4)).toBe(hnswIndexName(4));
    // Idempotent: a second start (or another node) finds the index there.
    expect(await repository().ensureHnswIndex(support, 4)).toBe(hnswIndexName(4));
    expect(await repository().ensureHnswIndex(support, 3072)).toBeNull();
    const chunks = Array.from({ length: 500 }, (_, i) => ({ content: `passage ${i}`, embedding: unit(Math.cos(i), Math.sin(i), i / 500, 1) }));
    await repository().replace(signal('many'), MODEL, chunks);
    const plan = await repository().searchPlan({ model: MODEL, vector: unit(1, 0, 0, 1), k: 5, kinds: ['signal', 'backtest'], userId: null }, support);
    expect(plan).toContain(`Index Scan using ${hnswIndexName(4)}`);
  });

  it('never compares vectors of another model, even of the same dimensions', async () => {
    const support = await repository().vectorSupport();
    await repository().replace(signal('a'), MODEL, [{ content: 'model one', embedding: unit(1, 0, 0, 0) }]);
    await repository().replace(signal('b'), 'test:other', [{ content: 'model two', embedding: unit(1, 0, 0, 0) }]);
    const found = await repository().search({ model: MODEL, vector: unit(1, 0, 0, 0), k: 5, kinds: ['signal'], userId: null }, support);
    expect(found.map((match) => match.content)).toEqual(['model one']);
    expect(await repository().modelCounts()).toEqual([
      { model: 'test:four', dimensions: 4, rows: 1 },
      { model: 'test:other', dimensions: 4, rows: 1 },
    ]);
  });

  it('shows documents and backtests to their owner only, signals and news to everyone', async () => {
    const support = await repository().vectorSupport();
    const users = new UserRepository(context.database.db);
    const ada = await users.create({ email: 'ada@example.com', passwordHash: 'h' });
    const bob = await users.create({ email: 'bob@example.com', passwordHash: 'h' });
    const vector = unit(1, 1, 1, 1);
    await repository().replace({ kind: 'backtest', sourceId: 'bt-ada', userId: ada.id, title: 'ada' }, MODEL, [{ content: 'ada backtest', embedding: vector }]);
    await repository().replace({ kind: 'backtest', sourceId: 'bt-owner', userId: null, title: 'owner' }, MODEL, [{ content: 'install owner backtest', embedding: vector }]);
    await repository().replace({ kind: 'news', sourceId: 'n1', userId: bob.id, title: 'news' }, MODEL, [{ content: 'shared news', embedding: vector }]);
    await repository().replace(signal('s1'), MODEL, [{ content: 'shared signal', embedding: vector }]);
    const seenBy = async (userId: string | null) =>
      (await repository().search({ model: MODEL, vector, k: 10, kinds: ['signal', 'news', 'backtest', 'document'], userId }, support)).map((match) => match.content).sort();
    expect(await seenBy(ada.id)).toEqual(['ada backtest', 'shared news', 'shared signal']);
    expect(await seenBy(bob.id)).toEqual(['shared news', 'shared signal']);
    expect(await seenBy(null)).toEqual(['install owner backtest', 'shared news', 'shared signal']);
    expect(await seenBy('not-a-uuid')).toEqual(['shared news', 'shared signal']);
    const onlyBacktests = await repository().search({ model: MODEL, vector, k: 10, kinds: ['backtest'], userId: ada.id }, support);
    expect(onlyBacktests.map((match) => match.content)).toEqual(['ada backtest']);
  });

  it("replaces a source's passages when it is indexed again, and removes them", async () => {
    const support = await repository().vectorSupport();
    await repository().replace(signal('s'), MODEL, [
      { content: 'first', embedding: unit(1, 0, 0, 0) },
      { content: 'second', embedding: unit(0, 1, 0, 0) },
    ]);
    await repository().replace(signal('s'), MODEL, [{ content: 'only', embedding: unit(1, 0, 0, 0) }]);
    const found = await repository().search({ model: MODEL, vector: unit(1, 1, 0, 0), k: 5, kinds: ['signal'], userId: null }, support);
    expect(found.map((match) => [match.content, match.chunk])).toEqual([['only', 0]]);
    expect(await repository().remove('signal', 's')).toBe(1);
    expect(await repository().search({ model: MODEL, vector: unit(1, 1, 0, 0), k: 5, kinds: ['signal'], userId: null }, support)).toEqual([]);
  });

  it('refuses an empty vector', async () => {
    await expect(repository().replace(signal('s'), MODEL, [{ content: 'bad', embedding: new Float32Array(0) }])).rejects.toThrow('embedding dimensions must be an integer from 1 to 16000, got 0');
  });
});
