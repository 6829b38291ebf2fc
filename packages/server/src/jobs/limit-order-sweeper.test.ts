import { describe, expect, it } from 'vitest';
import { LimitOrderMatcher, type MatchReport } from '../paper/limit-order-matcher.js';
import { PaperBroker } from '../paper/paper-broker.js';
import { FixedMarket } from '../paper/fixed-market.test-support.js';
import { Decimal } from '../paper/decimal.js';
import { PortfolioRepository } from '../storage/repositories/portfolio-repository.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import { Gate, waitFor } from './backtest-runner.test-support.js';
import { LimitOrderSweeper } from './limit-order-sweeper.js';

describeStorage('LimitOrderSweeper', (context) => {
  it('fills an open limit order on its timer once the price crosses the limit', async () => {
    const market = new FixedMarket().set('AAPL', 105);
    const broker = new PaperBroker({ database: context.database, quote: market.quote });
    const repository = new PortfolioRepository(context.database.db);
    const portfolio = await repository.create({ userId: null, name: 'paper', initialCash: '1000' });
    const placed = await broker.place(portfolio.id, { symbol: 'AAPL', side: 'buy', type: 'limit', quantity: Decimal.of(2), limitPrice: Decimal.of(100) });
    const reports: MatchReport[] = [];
    const sweeper = new LimitOrderSweeper({ matcher: new LimitOrderMatcher({ database: context.database, quote: market.quote, broker }), intervalMs: 20, onReport: (report) => reports.push(report) });
    sweeper.start();
    await waitFor(() => reports.length > 0, 'a first pass');
    expect((await repository.order(portfolio.id, placed.order.id))?.status).toBe('open');
    market.set('AAPL', 99.5);
    await waitFor(async () => (await repository.order(portfolio.id, placed.order.id))?.status === 'filled', 'the order to fill');
    await sweeper.stop();
    expect((await repository.fills(portfolio.id)).map((fill) => fill.price)).toEqual(['99.50000000']);
    expect((await repository.byId(portfolio.id))?.cash).toBe('801.00000000');
  });
});

describe('LimitOrderSweeper passes', () => {
  it('never runs two passes at once, and reports a failed pass without stopping', async () => {
    const gate = new Gate();
    const errors: unknown[] = [];
    let calls = 0;
    const matcher = {
      matchOnce: async (): Promise<MatchReport> => {
        calls++;
        if (calls === 2) throw new Error('database unreachable');
        await gate.pass();
        return { filled: 0, rejected: [], unpriced: [] };
      },
    };
    const sweeper = new LimitOrderSweeper({ matcher, onError: (error) => errors.push(error) });
    const first = sweeper.sweep();
    expect(await sweeper.sweep()).toBeNull();
    gate.open();
    expect(await first).toEqual({ filled: 0, rejected: [], unpriced: [] });
    expect(await sweeper.sweep()).toBeNull();
    expect(errors).toEqual([new Error('database unreachable')]);
    expect(calls).toBe(2);
    expect(() => new LimitOrderSweeper({ matcher, intervalMs: 0 })).toThrow('intervalMs must be a positive number of milliseconds, got 0');
  });
});
