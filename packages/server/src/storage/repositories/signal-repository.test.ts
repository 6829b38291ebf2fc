import { count } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { signalVotes } from '../schema/signal-votes.js';
import { signals } from '../schema/signals.js';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { signalFixture } from '../test-support/signal-fixture.test-support.js';
import { SignalRepository } from './signal-repository.js';
import { StorageConflictError } from './storage-conflict-error.js';
import { StorageInputError } from './storage-input-error.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const T0 = Date.UTC(2024, 0, 1);

describeStorage('SignalRepository', (context) => {
  const repository = () => new SignalRepository(context.database.db);
  const rowCounts = async () => {
    const [s] = await context.database.db.select({ n: count() }).from(signals);
    const [v] = await context.database.db.select({ n: count() }).from(signalVotes);
    return { signals: s.n, votes: v.n };
  };

  it('stores a signal with every vote and reads back exactly what the engine produced', async () => {
    const signal = signalFixture();
    const saved = await repository().save(signal, { simulated: true });
    const read = await repository().byId(saved.id);
    expect(read).toEqual({ ...signal, id: saved.id, simulated: true, createdAt: saved.createdAt, outcome: null });
    expect(read?.votes).toHaveLength(signal.votes.length);
    expect(saved).toEqual(read);
  });

  it('writes nothing at all when one vote cannot be stored', async () => {
    const signal = signalFixture();
    const votes = signal.votes.map((vote, i) => (i === signal.votes.length - 1 ? { ...vote, confidence: 1.5 } : vote));
    await expect(repository().save({ ...signal, votes })).rejects.toMatchObject({ cause: { message: expect.stringContaining('signal_votes_confidence_check') } });
    const duplicated = [...signal.votes, signal.votes[0]];
    await expect(repository().save({ ...signal, votes: duplicated })).rejects.toMatchObject({ cause: { message: expect.stringContaining('signal_votes_agent_key') } });
    expect(await rowCounts()).toEqual({ signals: 0, votes: 0 });
  });

  it('refuses a second signal for the same symbol, timeframe and bar, writing none of it', async () => {
    const first = await repository().save(signalFixture({ symbol: 'AAPL', timeframe: '1h', time: iso(T0) }));
    const again = repository().save(signalFixture({ symbol: 'AAPL', timeframe: '1h', time: iso(T0), action: 'SELL' }));
    await expect(again).rejects.toBeInstanceOf(StorageConflictError);
    await expect(again).rejects.toMatchObject({ field: 'time', message: 'a signal for AAPL 1h at 2024-01-01T00:00:00.000Z is stored already' });
    expect(await rowCounts()).toEqual({ signals: 1, votes: first.votes.length });
    // Another timeframe or bar of the same symbol is a different signal.
    await repository().save(signalFixture({ symbol: 'AAPL', timeframe: '1d', time: iso(T0) }));
    await repository().save(signalFixture({ symbol: 'AAPL', timeframe: '1h', time: iso(T0 + 3_600_000) }));
    expect((await rowCounts()).signals).toBe(3);
  });

  it('is undone with an enclosing transaction that fails', async () => {
    await expect(
      context.database.transaction(async (tx) => {
        await new SignalRepository(tx).save(signalFixture());
        throw new Error('publish failed');
      }),
    ).rejects.toThrow('publish failed');
    expect(await rowCounts()).toEqual({ signals: 0, votes: 0 });
  });

  it('finds nothing for an unknown id or one that is not a UUID', async () => {
    expect(await repository().byId('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await repository().byId('AAPL')).toBeNull();
  });

  it('finds the signal stored for a given bar of a symbol and timeframe', async () => {
    const repo = repository();
    const saved = await repo.save(signalFixture({ symbol: 'AAPL', timeframe: '1d', time: iso(T0 + DAY) }));
    await repo.save(signalFixture({ symbol: 'AAPL', timeframe: '1d', time: iso(T0 + 2 * DAY) }));
    expect((await repo.byBar('AAPL', '1d', T0 + DAY))?.id).toBe(saved.id);
    expect(await repo.byBar('AAPL', '1h', T0 + DAY)).toBeNull();
    expect(await repo.byBar('MSFT', '1d', T0 + DAY)).toBeNull();
  });

  it('counts signals since a time by action and outcome with their mean return', async () => {
    const repo = repository();
    const win = await repo.save(signalFixture({ action: 'BUY', time: iso(T0 + DAY) }));
    const loss = await repo.save(signalFixture({ action: 'BUY', time: iso(T0 + 2 * DAY) }));
    await repo.save(signalFixture({ action: 'HOLD', time: iso(T0 + 3 * DAY) }));
    await repo.save(signalFixture({ action: 'SELL', time: iso(T0 - DAY) }));
    await repo.setOutcome(win.id, { result: 'target', at: iso(T0 + 5 * DAY), price: 1, return: 0.04 });
    await repo.setOutcome(loss.id, { result: 'stop', at: iso(T0 + 5 * DAY), price: 1, return: -0.02 });
    const counts = (await repo.outcomeCounts(new Date(T0))).sort((a, b) => `${a.action}${a.outcome}`.localeCompare(`${b.action}${b.outcome}`));
    expect(counts).toEqual([
      { action: 'BUY', outcome: 'stop', count: 1, meanReturn: -0.02 },
      { action: 'BUY', outcome: 'target', count: 1, meanReturn: 0.04 },
      { action: 'HOLD', outcome: null, count: 1, meanReturn: null },
    ]);
    expect(await repo.outcomeCounts(new Date(T0), 'MSFT')).toEqual([]);
  });

  it('lists the latest stored signals first, optionally for some symbols', async () => {
    const repo = repository();
    for (const [i, symbol] of ['AAPL', 'MSFT', 'AAPL', 'NVDA'].entries()) {
      await repo.save(signalFixture({ symbol, time: iso(T0 + i * DAY) }), { createdAt: new Date(T0 + i * 1000) });
    }
    expect((await repo.latest(3)).map((s) => [s.symbol, s.createdAt])).toEqual([
      ['NVDA', iso(T0 + 3000)],
      ['AAPL', iso(T0 + 2000)],
      ['MSFT', iso(T0 + 1000)],
    ]);
    expect((await repo.latest(10, ['AAPL', 'NVDA'])).map((s) => s.symbol)).toEqual(['NVDA', 'AAPL', 'AAPL']);
    expect(await repo.latest(10, [])).toEqual([]);
  });

  it("returns a symbol's signals stored within the look-back", async () => {
    const repo = repository();
    const now = new Date(T0 + 10 * DAY);
    await repo.save(signalFixture({ symbol: 'AAPL', time: iso(T0 + DAY) }), { createdAt: new Date(now.getTime() - 2 * 3_600_000) });
    await repo.save(signalFixture({ symbol: 'AAPL', time: iso(T0) }), { createdAt: new Date(now.getTime() - 30 * 3_600_000) });
    await repo.save(signalFixture({ symbol: 'MSFT' }), { createdAt: new Date(now.getTime() - 3_600_000) });
    expect((await repo.bySymbol('AAPL', 24, 100, now)).map((s) => s.createdAt)).toEqual([iso(now.getTime() - 2 * 3_600_000)]);
    expect(await repo.bySymbol('AAPL', 48, 100, now)).toHaveLength(2);
  });

  it('filters the list by symbols, actions, confidence range, risk levels and date range', async () => {
    const repo = repository();
    const rows = [
      { symbol: 'AAPL', action: 'BUY', confidence: 0.8, riskLevel: 'low', day: 0 },
      { symbol: 'AAPL', action: 'SELL', confidence: 0.6, riskLevel: 'high', day: 1 },
      { symbol: 'MSFT', action: 'BUY', confidence: 0.4, riskLevel: 'medium', day: 2 },
      { symbol: 'NVDA', action: 'HOLD', confidence: 0.1, riskLevel: 'low', day: 3 },
    ] as const;
    for (const r of rows) await repo.save(signalFixture({ symbol: r.symbol, action: r.action, confidence: r.confidence, riskLevel: r.riskLevel, time: iso(T0 + r.day * DAY) }));
    const symbolsOf = async (filters: Parameters<SignalRepository['list']>[0]) => (await repo.list(filters)).items.map((s) => `${s.symbol}:${s.action}`);
    expect(await symbolsOf({})).toEqual(['NVDA:HOLD', 'MSFT:BUY', 'AAPL:SELL', 'AAPL:BUY']);
    expect(await symbolsOf({ symbols: ['AAPL'] })).toEqual(['AAPL:SELL', 'AAPL:BUY']);
    expect(await symbolsOf({ actions: ['BUY'] })).toEqual(['MSFT:BUY', 'AAPL:BUY']);
    expect(await symbolsOf({ minConfidence: 0.4, maxConfidence: 0.6 })).toEqual(['MSFT:BUY', 'AAPL:SELL']);
    expect(await symbolsOf({ riskLevels: ['low', 'medium'] })).toEqual(['NVDA:HOLD', 'MSFT:BUY', 'AAPL:BUY']);
    expect(await symbolsOf({ from: new Date(T0 + DAY), to: new Date(T0 + 3 * DAY) })).toEqual(['MSFT:BUY', 'AAPL:SELL']);
    expect(await symbolsOf({ symbols: ['AAPL', 'MSFT'], actions: ['BUY'], minConfidence: 0.5 })).toEqual(['AAPL:BUY']);
    expect(await symbolsOf({ simulated: true })).toEqual([]);
  });

  it('pages through every signal exactly once, newest first, ties broken by id', async () => {
    const repo = repository();
    // 25 signals of 3 symbols on 10 distinct times: many share a time, so the id decides their order.
    for (let i = 0; i < 25; i++) await repo.save(signalFixture({ symbol: `S${Math.floor(i / 10)}`, time: iso(T0 + (i % 10) * DAY) }));
    const all = (await repo.list({}, null, 100)).items;
    const seen: string[] = [];
    let cursor: string | null = null;
    const sizes: number[] = [];
    do {
      const page = await repo.list({}, cursor, 10);
      sizes.push(page.items.length);
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor;
      // A signal arriving between pages is newer than the cursor: it does not shift later pages.
      await repo.save(signalFixture({ symbol: `NEW${sizes.length}`, time: iso(T0 + 99 * DAY) }));
    } while (cursor !== null);
    expect(sizes).toEqual([10, 10, 5]);
    expect(seen).toEqual(all.map((s) => s.id));
    const keys = all.map((s) => `${s.time} ${s.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('rejects a cursor it did not issue and contradictory bounds, naming the field', async () => {
    const repo = repository();
    await expect(repo.list({}, 'not-a-cursor')).rejects.toMatchObject({ field: 'cursor', code: 'GS_ERR_VALIDATION' });
    await expect(repo.list({ minConfidence: 0.9, maxConfidence: 0.1 })).rejects.toBeInstanceOf(StorageInputError);
    await expect(repo.list({ from: new Date(T0 + DAY), to: new Date(T0) })).rejects.toMatchObject({ field: 'from' });
  });

  it('records outcomes and lists the BUY and SELL signals still being followed', async () => {
    const repo = repository();
    const first = await repo.save(signalFixture({ time: iso(T0), action: 'BUY' }));
    const second = await repo.save(signalFixture({ time: iso(T0 + DAY), action: 'SELL' }));
    await repo.save(signalFixture({ time: iso(T0 + 2 * DAY), action: 'HOLD' }));
    await repo.save(signalFixture({ time: iso(T0 + 2 * DAY), action: 'BUY', timeframe: '1h' }));
    expect((await repo.open()).map((s) => s.id)).toHaveLength(3);
    expect((await repo.open(100, undefined, '1d')).map((s) => s.id)).toEqual([first.id, second.id]);
    const outcome = { result: 'target', at: iso(T0 + 3 * DAY), price: 71.25, return: 0.054 };
    expect(await repo.setOutcome(first.id, outcome)).toBe(true);
    expect(await repo.setOutcome('00000000-0000-4000-8000-000000000000', outcome)).toBe(false);
    expect((await repo.open(100, 'AAPL', '1d')).map((s) => s.id)).toEqual([second.id]);
    expect((await repo.byId(first.id))?.outcome).toEqual(outcome);
  });
});
