import type { SignalEngine } from '@goldensignals/engine';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { LOCAL_OWNER } from '../../auth/caller.js';
import { BacktestRunner } from '../../jobs/backtest-runner.js';
import type { ProviderChain } from '../../market-data/chain/provider-chain.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { CHAT_NOW, learnedEngine, portfolioWithPosition, simulatorChain, storeSignal } from './chat-fixture.test-support.js';
import { createChatToolbox, toolsFor } from './chat-toolbox.js';
import type { RunnableTool } from './chat-tool.js';
import type { KnowledgeSearch } from './knowledge-search.js';

describeStorage('the chat tools', (context) => {
  let chain: ProviderChain;
  let engine: SignalEngine;
  const runners: BacktestRunner[] = [];
  beforeAll(async () => {
    chain = simulatorChain(context.database);
    engine = await learnedEngine(context.database);
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
  });

  async function startedRunner(): Promise<BacktestRunner> {
    const runner = new BacktestRunner({ database: context.database, bars: (request) => chain.bars(request), now: () => CHAT_NOW, pollIntervalMs: 50 });
    runners.push(runner);
    await runner.start();
    return runner;
  }

  function tool(tools: readonly RunnableTool[], name: string): RunnableTool {
    const found = tools.find((candidate) => candidate.name === name);
    if (found === undefined) throw new Error(`no tool ${name}`);
    return found;
  }

  it('offers each role the tools the API would let it use, and leaves out those whose service is missing', async () => {
    const full = createChatToolbox({ database: context.database, engine: () => engine, market: chain, backtests: await startedRunner(), search: async () => [] });
    const names = (role: 'viewer' | 'trader' | 'admin') => toolsFor(full, { userId: null, role }).map((item) => item.name);
    expect(names('viewer')).toEqual(['get_quote', 'get_signal', 'search_signals', 'compare_agents', 'search_knowledge']);
    expect(names('trader')).toEqual(['get_quote', 'get_signal', 'search_signals', 'compare_agents', 'get_backtest', 'run_backtest', 'portfolio_status', 'search_knowledge']);
    expect(names('admin')).toEqual(names('trader'));
    const bare = createChatToolbox({ database: context.database, engine: () => engine });
    expect(toolsFor(bare, LOCAL_OWNER).map((item) => item.name)).toEqual(['get_signal', 'search_signals', 'compare_agents', 'get_backtest', 'portfolio_status']);
    for (const item of toolsFor(full, LOCAL_OWNER)) {
      expect(item.parameters.type, item.name).toBe('object');
      expect(item.description.length, item.name).toBeGreaterThan(40);
    }
  });

  it('refuses bad arguments with the tool and field named, so the model can correct itself', async () => {
    const tools = toolsFor(createChatToolbox({ database: context.database, engine: () => engine, market: chain, backtests: await startedRunner() }), LOCAL_OWNER);
    const cases: [string, Record<string, unknown>, string][] = [
      ['get_quote', {}, 'get_quote: symbol must be a ticker such as AAPL or BTC-USD, got undefined'],
      ['get_quote', { symbol: 'AAPL', exchange: 'NASDAQ' }, 'get_quote: exchange is not an argument of get_quote (it takes symbol)'],
      ['get_signal', {}, 'get_signal: give id or symbol'],
      ['get_signal', { id: 'nope' }, 'get_signal: id must be an id (UUID), got "nope"'],
      ['search_signals', { action: 'STRONG_BUY' }, 'search_signals: action must be one of BUY, SELL, HOLD, got "STRONG_BUY"'],
      ['search_signals', { limit: 50 }, 'search_signals: limit must be an integer from 1 to 20, got 50'],
      ['compare_agents', { agents: ['rsi', 'no-such-agent'] }, 'compare_agents: agents[1] is not one of the known values, got "no-such-agent"'],
      ['run_backtest', { symbols: ['AAPL'], strategy: 'moon' }, 'run_backtest: strategy unknown strategy "moon"; expected one of sma-cross, buy-and-hold, consensus or agent:<id> with an agent id of GET /api/v1/agents'],
      ['run_backtest', { symbols: ['AAPL', 'aapl'] }, 'run_backtest: symbols[1] repeats AAPL'],
      ['run_backtest', { symbols: ['AAPL'], from: '2024-02-01', to: '2024-01-01' }, 'run_backtest: to must be after from (2024-02-01T00:00:00.000Z), got 2024-01-01T00:00:00.000Z'],
    ];
    for (const [name, args, message] of cases) await expect(tool(tools, name).run(args, { caller: LOCAL_OWNER }), `${name} ${JSON.stringify(args)}`).rejects.toThrow(message);
  });

  it('runs a backtest for the caller and waits for its results, or answers with its id and status past the wait', async () => {
    const runner = await startedRunner();
    const tools = toolsFor(createChatToolbox({ database: context.database, engine: () => engine, market: chain, backtests: runner, now: () => CHAT_NOW }), LOCAL_OWNER);
    const args = { symbols: ['AAPL'], strategy: 'sma-cross', params: { fast: 5, slow: 20 }, from: '2023-06-01', to: '2024-01-01' };
    const output = await tool(tools, 'run_backtest').run(args, { caller: LOCAL_OWNER });
    const report = JSON.parse(output.content) as { id: string; status: string; strategy: string; params: object; results: { symbol: string; returnPercent: number; trades: number }[] };
    expect(report).toMatchObject({ status: 'done', strategy: 'sma-cross', params: { fast: 5, slow: 20 }, results: [{ symbol: 'AAPL' }] });
    expect(Number.isFinite(report.results[0].returnPercent)).toBe(true);
    expect(output.citations).toEqual([{ kind: 'backtest', id: report.id, title: 'backtest of sma-cross on AAPL (1d)', url: `/api/v1/backtests/${report.id}/results` }]);
    // The latest backtest is now this one, and it is the caller's.
    expect(JSON.parse((await tool(tools, 'get_backtest').run({}, { caller: LOCAL_OWNER })).content)).toMatchObject({ id: report.id, status: 'done' });
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    await expect(tool(tools, 'get_backtest').run({ id: report.id }, { caller: { userId: ada.id, role: 'trader' } })).rejects.toThrow(`you have no backtest ${report.id}`);

    // With no runner working, the tool gives up waiting and says where the backtest stands.
    await runner.stop();
    runners.splice(runners.indexOf(runner), 1);
    const idle = toolsFor(createChatToolbox({ database: context.database, engine: () => engine, backtests: { submit: async () => undefined }, backtestWaitMs: 100, now: () => CHAT_NOW }), { userId: ada.id, role: 'trader' });
    const queued = JSON.parse((await tool(idle, 'run_backtest').run({ symbols: ['MSFT'] }, { caller: { userId: ada.id, role: 'trader' } })).content) as { status: string; strategy: string; from: string; to: string };
    expect(queued).toMatchObject({ status: 'queued', strategy: 'consensus', from: '2023-03-16T18:00:00.000Z', to: '2024-03-15T18:00:00.000Z' });
  });

  it("reads quotes, signal searches, agent comparisons and the caller's own portfolios as compact JSON with citations", async () => {
    const tools = toolsFor(createChatToolbox({ database: context.database, engine: () => engine, market: chain }), LOCAL_OWNER);
    const quote = await tool(tools, 'get_quote').run({ symbol: 'btc-usd' }, { caller: LOCAL_OWNER });
    expect(JSON.parse(quote.content)).toMatchObject({ symbol: 'BTC-USD', price: (await chain.quote('BTC-USD')).data.price, source: 'simulator', simulated: true, stale: false, time: '2024-03-15T18:00:00.000Z' });

    const older = await storeSignal(context.database, { symbol: 'AAPL', time: '2024-03-13T00:00:00.000Z', action: 'BUY', confidence: 0.8 });
    await storeSignal(context.database, { symbol: 'AAPL', time: '2024-03-14T00:00:00.000Z', action: 'SELL', confidence: 0.3 });
    const buys = await tool(tools, 'search_signals').run({ action: 'BUY', minConfidence: 0.5 }, { caller: LOCAL_OWNER });
    expect(JSON.parse(buys.content)).toMatchObject({ count: 1, items: [{ id: older.id, action: 'BUY', confidence: 0.8 }] });
    expect(buys.citations.map((citation) => citation.id)).toEqual([older.id]);

    const compared = JSON.parse((await tool(tools, 'compare_agents').run({ agents: ['rsi', 'macd'], timeframe: '1d' }, { caller: LOCAL_OWNER })).content) as { standings: { id: string; scored: number }[]; scope: object };
    expect(compared.standings.map((standing) => standing.id).sort()).toEqual(['macd', 'rsi']);
    expect(compared.scope).toEqual({ symbolClass: 'all', timeframe: '1d' });
    for (const standing of compared.standings) expect(standing.scored).toBe(engine.tracker.accuracy(standing.id, 'equity', '1d').scored);

    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const mine = await portfolioWithPosition(context.database, chain, null, 'AAPL', '3');
    const adas = await portfolioWithPosition(context.database, chain, ada.id, 'MSFT', '1');
    const status = await tool(tools, 'portfolio_status').run({}, { caller: LOCAL_OWNER });
    expect(JSON.parse(status.content)).toMatchObject({ count: 1, portfolios: [{ id: mine, positions: [{ symbol: 'AAPL', quantity: '3' }] }] });
    await expect(tool(tools, 'portfolio_status').run({ id: adas }, { caller: LOCAL_OWNER })).rejects.toThrow(`you have no portfolio ${adas}`);
  });

  it("searches retrieval as the caller, citing each passage (retrieval is another module's; a stand-in search function here)", async () => {
    const asked: Parameters<KnowledgeSearch>[] = [];
    const search: KnowledgeSearch = async (query, options) => {
      asked.push([query, options]);
      return [
        { kind: 'document', id: 'doc-1', title: 'my notes.pdf, part 2', text: 'x'.repeat(900), score: 0.82 },
        { kind: 'signal', id: '11111111-1111-4111-8111-111111111111', title: 'AAPL 1d BUY', text: 'RSI is oversold', score: 0.7 },
      ];
    };
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const caller = { userId: ada.id, role: 'viewer' } as const;
    const output = await tool(toolsFor(createChatToolbox({ database: context.database, engine: () => engine, search }), caller), 'search_knowledge').run({ query: 'what did my notes say about AAPL?', kinds: ['document', 'signal'], k: 2 }, { caller });
    expect(asked).toEqual([['what did my notes say about AAPL?', { userId: ada.id, k: 2, kinds: ['document', 'signal'] }]]);
    const content = JSON.parse(output.content) as { items: { text: string }[] };
    expect(content.items[0].text).toHaveLength(801);
    expect(output.citations).toEqual([
      { kind: 'document', id: 'doc-1', title: 'my notes.pdf, part 2' },
      { kind: 'signal', id: '11111111-1111-4111-8111-111111111111', title: 'AAPL 1d BUY', url: '/api/v1/signals/11111111-1111-4111-8111-111111111111/details' },
    ]);
  });
});
