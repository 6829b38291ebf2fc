import { SignalEngine } from '@goldensignals/engine';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { LOCAL_OWNER, type Caller } from '../../../auth/caller.js';
import { waitFor } from '../../../jobs/backtest-runner.test-support.js';
import { BacktestRunner } from '../../../jobs/backtest-runner.js';
import type { ProviderChain } from '../../../market-data/chain/provider-chain.js';
import { BacktestRepository } from '../../../storage/repositories/backtest-repository.js';
import { UserRepository } from '../../../storage/repositories/user-repository.js';
import { describeStorage } from '../../../storage/test-support/describe-storage.test-support.js';
import { signalFixture } from '../../../storage/test-support/signal-fixture.test-support.js';
import { CHAT_NOW, learnedEngine, portfolioWithPosition, simulatorChain, storeSignal } from '../chat-fixture.test-support.js';
import { createChatToolbox, type ChatToolbox } from '../chat-toolbox.js';
import { NO_MODEL_NOTE } from './no-model-note.js';
import { templatedAnswer } from './templated-answer.js';

describeStorage('templated answers (no language model)', (context) => {
  let engine: SignalEngine;
  let chain: ProviderChain;
  const runners: BacktestRunner[] = [];
  beforeAll(async () => {
    chain = simulatorChain(context.database);
    engine = await learnedEngine(context.database);
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
  });

  const toolbox = (): ChatToolbox => createChatToolbox({ database: context.database, engine: () => engine, market: chain, now: () => CHAT_NOW });
  const ask = (question: string, caller: Caller = LOCAL_OWNER) => templatedAnswer(question, toolbox(), { caller });

  it('explains why a symbol is a BUY or SELL from its latest stored signal: figures, summary, the heaviest votes with weights and reasoning, and cites it', async () => {
    // The fixture's real votes decide which action has agreeing agents to list.
    const votes = signalFixture().votes.filter((vote) => vote.status === 'voted');
    const count = (action: string) => votes.filter((vote) => vote.action === action).length;
    const action = count('BUY') >= count('SELL') ? 'BUY' : 'SELL';
    await storeSignal(context.database, { symbol: 'AAPL', time: '2024-03-13T00:00:00.000Z', action: action === 'BUY' ? 'SELL' : 'BUY' });
    const signal = await storeSignal(context.database, { symbol: 'AAPL', time: '2024-03-14T00:00:00.000Z', action, confidence: 0.62, consensusStrength: 0.78 });
    const answer = await ask(`why is aapl a ${action.toLowerCase()}?`);
    expect(answer.intent).toEqual({ kind: 'explain-signal', symbol: 'AAPL', asked: action });
    expect(answer.text.startsWith(`${NO_MODEL_NOTE}\n\n`)).toBe(true);
    expect(answer.text).toContain(`AAPL (1d) is a ${action} as of the bar of 2024-03-14: confidence 62.0%, with 78.0% of the voting weight agreeing.`);
    expect(answer.text).toContain(`Engine summary: ${signal.summary}`);
    expect(answer.text).toContain(`Votes: ${count('BUY')} BUY, ${count('SELL')} SELL, ${count('HOLD')} HOLD;`);
    const heaviest = votes.filter((vote) => vote.action === action).sort((a, b) => b.weight * b.confidence - a.weight * a.confidence)[0];
    expect(heaviest).toBeDefined();
    const name = engine.registry.get(heaviest.agent).name;
    expect(answer.text).toContain(
      `Strongest votes for ${action} (confidence × accuracy weight):\n- ${name} (${heaviest.category}): ${action}, confidence ${(heaviest.confidence * 100).toFixed(1)}%, accuracy weight ${heaviest.weight.toFixed(2)}. ${heaviest.reasoning}`,
    );
    expect(answer.records.map((record) => [record.call.name, record.call.arguments])).toEqual([['get_signal', { symbol: 'AAPL' }]]);
    expect(answer.records[0].citations).toEqual([{ kind: 'signal', id: signal.id, title: `AAPL 1d ${action} signal of ${signal.time}`, url: `/api/v1/signals/${signal.id}/details` }]);
  });

  it('says so when the asked action is not the latest signal, and when no signal is stored for the symbol', async () => {
    await storeSignal(context.database, { symbol: 'MSFT', action: 'HOLD' });
    expect((await ask('Why is MSFT a sell?')).text).toContain('You asked why MSFT is a SELL, but its latest signal is a HOLD.');
    const none = await ask('why is ZZZZ a buy');
    expect(none.text).toBe(`${NO_MODEL_NOTE}\n\nNo signal is stored for ZZZZ; signals are generated for watchlist symbols as bars close, or on demand with POST /api/v1/signals/generate/ZZZZ.`);
    expect(none.records).toEqual([]);
  });

  it('ranks the most accurate agents from the saved accuracy record, with measured hit rate, scored votes and weight', async () => {
    const answer = await ask('Which agents are most accurate?');
    // The expected ranking, computed here from the tracker's cells: hit rate shrunk toward 50 %, agents with 10+ scored votes.
    const byAgent = new Map<string, { samples: number; hits: number; raw: number; weight: number; scored: number }>();
    for (const cell of engine.tracker.snapshot()) {
      const entry = byAgent.get(cell.agent) ?? { samples: 0, hits: 0, raw: 0, weight: 0, scored: 0 };
      byAgent.set(cell.agent, {
        samples: entry.samples + cell.samples,
        hits: entry.hits + cell.hitRate * cell.samples,
        raw: entry.raw + (cell.rawHitRate ?? 0) * cell.samples,
        weight: entry.weight + cell.weight * cell.samples,
        scored: entry.scored + cell.scored,
      });
    }
    const ranked = [...byAgent.entries()].filter(([, entry]) => entry.scored >= 10).sort((a, b) => b[1].hits / b[1].samples - a[1].hits / a[1].samples);
    expect(ranked.length).toBeGreaterThan(5);
    const lines = answer.text.split('\n').filter((line) => /^\d\. /.test(line));
    expect(lines).toHaveLength(5);
    ranked.slice(0, 5).forEach(([agent, entry], k) => {
      const definition = engine.registry.get(agent);
      const measured = ((entry.raw / entry.samples) * 100).toFixed(1);
      expect(lines[k]).toBe(`${k + 1}. ${definition.name} (${definition.category}): measured hit rate ${measured}% over ${entry.scored} scored votes; consensus weight ${(entry.weight / entry.samples).toFixed(2)}.`);
    });
    expect(answer.text).toContain(`(${ranked.length} of ${engine.registry.list().length} have at least 10 scored votes)`);
    expect(answer.records[0].citations.map((citation) => citation.id)).toEqual(ranked.slice(0, 5).map(([agent]) => agent));
  });

  it('says that accuracy is not measured yet when no agent has enough scored votes', async () => {
    const fresh = new SignalEngine();
    const answer = await templatedAnswer('agent leaderboard', createChatToolbox({ database: context.database, engine: () => fresh }), { caller: LOCAL_OWNER });
    expect(answer.text).toContain(`No agent has 10 scored votes yet (0 votes scored over all ${fresh.registry.list().length} agents so far).`);
  });

  it("reports the caller's last backtest: return vs buy-and-hold, Sharpe, max drawdown and trades per symbol", async () => {
    expect((await ask('how did my last backtest do?')).text).toContain('You have not run any backtest yet');
    const repository = new BacktestRepository(context.database.db);
    await repository.submit({ strategy: 'buy-and-hold', params: {}, symbols: ['MSFT'], timeframe: '1d', from: '2023-01-01T00:00:00.000Z', to: '2023-06-01T00:00:00.000Z', cash: 10_000, commission: 0, slippage: 0, fractional: true, finalizeTrades: false });
    const job = await repository.submit({ strategy: 'sma-cross', params: { fast: 10, slow: 30 }, symbols: ['AAPL', 'BTC-USD'], timeframe: '1d', from: '2023-01-01T00:00:00.000Z', to: '2024-03-01T00:00:00.000Z', cash: 10_000, commission: 0.001, slippage: 0, fractional: true, finalizeTrades: false });
    const runner = new BacktestRunner({ database: context.database, bars: (request) => chain.bars(request), now: () => CHAT_NOW, pollIntervalMs: 50 });
    runners.push(runner);
    await runner.start();
    await waitFor(async () => (await repository.statusOf(job.id)) === 'completed', 'the backtest to complete');

    const answer = await ask('How did my last backtest do?');
    expect(answer.text).toContain('Your latest backtest: backtest of sma-cross on AAPL, BTC-USD (1d), 2023-01-01 to 2024-03-01, submitted');
    const stored = (await repository.byId(job.id))?.result as { symbols: { symbol: string; tradeCount: number; stats: Record<string, number>; baseline: { stats: Record<string, number> } }[] };
    for (const result of stored.symbols) {
      const signed = (value: number) => `${value > 0 ? '+' : ''}${value.toFixed(1)}%`;
      const { stats } = result;
      expect(answer.text).toContain(
        `- ${result.symbol}: return ${signed(stats['Return [%]'])} vs buy-and-hold ${signed(result.baseline.stats['Return [%]'])}`,
      );
      expect(answer.text).toContain(`Sharpe ${stats['Sharpe Ratio'].toFixed(2)}; max drawdown ${signed(stats['Max. Drawdown [%]'])}; ${result.tradeCount} trade`);
    }
    expect(answer.text).toContain('Some of these bars are simulated market data, not real prices.');
    expect(answer.records[0].citations).toEqual([{ kind: 'backtest', id: job.id, title: 'backtest of sma-cross on AAPL, BTC-USD (1d)', url: `/api/v1/backtests/${job.id}/results` }]);
  });

  it("keeps backtests and portfolios to traders, and to the caller's own", async () => {
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    await new BacktestRepository(context.database.db).submit({ strategy: 'buy-and-hold', symbols: ['AAPL'] }, null);
    const viewer = { userId: ada.id, role: 'viewer' } as const;
    expect((await ask('how did my last backtest do?', viewer)).text).toContain("Backtests are a trader's feature (as in the rest of GoldenSignals), and your account is a viewer.");
    expect((await ask('my portfolio', viewer)).text).toContain("Paper portfolios are a trader's feature");
    const trader = { userId: ada.id, role: 'trader' } as const;
    expect((await ask('how did my last backtest do?', trader)).text).toContain('You have not run any backtest yet');
    expect((await ask('how is my portfolio doing?', trader)).text).toContain('You have no paper portfolios yet.');
  });

  it('lists the latest signals, filtered by action and symbols as asked', async () => {
    await storeSignal(context.database, { symbol: 'AAPL', time: '2024-03-12T00:00:00.000Z', action: 'BUY', confidence: 0.7 });
    await storeSignal(context.database, { symbol: 'MSFT', time: '2024-03-13T00:00:00.000Z', action: 'SELL', confidence: 0.55 });
    await storeSignal(context.database, { symbol: 'AAPL', time: '2024-03-14T00:00:00.000Z', action: 'HOLD', confidence: 0.1 });
    const all = await ask('latest signals');
    expect(all.text.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.split(':')[0])).toEqual(['- AAPL 1d', '- MSFT 1d', '- AAPL 1d']);
    const buys = await ask('any new buy signals for AAPL?');
    expect(buys.text).toContain('Latest BUY signals for AAPL, newest bar first:\n- AAPL 1d: BUY, confidence 70.0%');
    expect(buys.records[0].call.arguments).toEqual({ limit: 10, action: 'BUY', symbols: ['AAPL'] });
    expect((await ask('latest sell signals for NVDA')).text).toContain('No SELL signals are stored yet for NVDA.');
  });

  it('answers a quote from the provider chain, saying the price is simulated', async () => {
    const answer = await ask("what's the price of msft?");
    const quote = await chain.quote('MSFT');
    expect(answer.text).toContain(`MSFT: ${quote.data.price.toFixed(2)} USD as of 2024-03-15 18:00 UTC, from simulator.`);
    const { previousClose, change } = quote.data;
    if (previousClose === null || change === null) throw new Error('the simulator gives a previous close');
    expect(answer.text).toContain(`Change vs the previous close of ${previousClose.toFixed(2)}: ${change >= 0 ? '+' : ''}${change.toFixed(2)} (`);
    expect(answer.text).toContain('This price comes from the built-in market simulator, not a real market.');
    expect(answer.records[0].citations).toEqual([expect.objectContaining({ kind: 'quote', id: 'MSFT', url: '/api/v1/market-data/MSFT' })]);
    const withoutMarket = await templatedAnswer('price of MSFT', createChatToolbox({ database: context.database, engine: () => engine }), { caller: LOCAL_OWNER });
    expect(withoutMarket.text).toContain('No market data provider is configured on this server');
  });

  it("values the caller's paper portfolios at current prices", async () => {
    const id = await portfolioWithPosition(context.database, chain, null, 'AAPL', '10');
    const answer = await ask('How is my portfolio doing?');
    expect(answer.text).toMatch(/- Main: equity [\d.]+ USD \([+-]?\d+\.\d%? since opening with 100000\); cash [\d.]+; realised P&L 0, unrealised [-\d.]+; positions: AAPL 10 @ [\d.]+ avg → [\d.]+ \([+-]?\d+\.\d%\)\./);
    expect(answer.records[0].citations).toEqual([{ kind: 'portfolio', id, title: 'portfolio Main', url: `/api/v1/portfolios/${id}` }]);
  });

  it('answers anything else with what it can answer, and a request to run a backtest with how to run one', async () => {
    const help = await ask('hello there');
    expect(help.text).toContain('Without a language model I can answer these from the data:\n- "Why is AAPL a BUY?"');
    expect(help.records).toEqual([]);
    expect((await ask('run a backtest of AAPL')).text).toContain('Running a backtest from a sentence needs a language model');
  });
});
