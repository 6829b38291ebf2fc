import { describe, expect, it } from 'vitest';
import { checkReplaysAfterEach, replayedYahoo } from './yahoo-replay-provider.test-support.js';
import { CRUMB_FLOW, hasYahooRecordings, loadRecording } from './yahoo-recordings.test-support.js';

/** The part of Yahoo's quoteSummary `earnings` answer the edit below touches. */
interface EarningsBody {
  quoteSummary: { result: [{ earnings: { earningsChart: { quarterly: Record<string, unknown>[] } } }] };
}

describe.skipIf(!hasYahooRecordings())('YahooProvider options, fundamentals, earnings and analyst ratings (recorded answers)', () => {
  checkReplaysAfterEach();

  it('turns the nearest expiry into the engine chain, unknown figures as NaN', async () => {
    const { provider } = replayedYahoo([...CRUMB_FLOW, 'options-AAPL.json'], 0.043);
    const chain = await provider.optionsChain('AAPL');
    expect(chain).toMatchObject({ underlying: 'AAPL', underlyingPrice: 245.55, asOf: 1740171602_000, riskFreeRate: 0.043 });
    expect(chain.contracts).toHaveLength(54 + 48);
    // Recorded without a volume field: unknown, not zero.
    expect(chain.contracts[0]).toEqual({ type: 'call', strike: 110, expiry: 1740700800_000, bid: 135.9, ask: 136.65, volume: NaN, openInterest: 0, impliedVolatility: 3.58593853515625 });
    const put = chain.contracts.find((contract) => contract.type === 'put' && contract.strike === 267.5);
    // Yahoo's 1e-5 implied volatility of a contract without bid or ask means "none".
    expect(put).toEqual({ type: 'put', strike: 267.5, expiry: 1740700800_000, bid: 0, ask: 0, volume: NaN, openInterest: 0, impliedVolatility: NaN });
    expect(chain.contracts.filter((contract) => Number.isNaN(contract.impliedVolatility))).toHaveLength(43);
  });

  it('leaves the risk-free rate unknown (NaN) unless configured, and answers not-found for an underlying without options', async () => {
    const { provider } = replayedYahoo([...CRUMB_FLOW, 'options-AAPL.json', 'options-BTC-USD.json']);
    expect((await provider.optionsChain('AAPL')).riskFreeRate).toBeNaN();
    await expect(provider.optionsChain('BTC-USD')).rejects.toMatchObject({ kind: 'not-found', message: 'yahoo: Yahoo lists no options for BTC-USD' });
  });

  it('reads fundamentals from four quoteSummary modules in one request', async () => {
    const { provider, replay } = replayedYahoo([...CRUMB_FLOW, 'quoteSummary-all-AAPL.json']);
    expect(await provider.fundamentals('AAPL')).toEqual({
      symbol: 'AAPL',
      name: 'Apple Inc.',
      sector: 'Technology',
      industry: 'Consumer Electronics',
      marketCap: 3688676720640,
      peRatio: 38.91442,
      eps: 6.31,
      dividendYield: 0.0041,
      beta: 1.2,
      fiftyTwoWeekHigh: 260.1,
      fiftyTwoWeekLow: 164.08,
      source: 'yahoo',
    });
    expect(replay.requests.at(-1)?.url.searchParams.get('modules')).toBe('price,summaryProfile,summaryDetail,defaultKeyStatistics');
  });

  it('answers null for the fundamentals a currency does not have', async () => {
    const { provider } = replayedYahoo([...CRUMB_FLOW, 'quoteSummary-all-EURUSD=X.json']);
    expect(await provider.fundamentals('EURUSD=X')).toEqual({
      symbol: 'EURUSD=X',
      name: 'EUR/USD',
      sector: null,
      industry: null,
      marketCap: null,
      peRatio: null,
      eps: null,
      dividendYield: null,
      beta: null,
      fiftyTwoWeekHigh: 1.1212397,
      fiftyTwoWeekLow: 1.0183818,
      source: 'yahoo',
    });
  });

  it('dates earnings reports by their announcement, oldest first, with the quarter revenue', async () => {
    // Yahoo's answers now carry each quarter's announcement (`reportedDate`, in yahoo-finance2 3.x's
    // schema); the 2025 recording predates it. AAPL's announcements of these quarters are added.
    const announced = ['2024-05-02T20:30:00Z', '2024-08-01T20:30:00Z', '2024-10-31T20:30:00Z', '2025-01-30T21:30:00Z'].map(Date.parse);
    const recording = loadRecording('quoteSummary-earnings-AAPL.json', {
      body: (body) => {
        const quarters = (body as EarningsBody).quoteSummary.result[0].earnings.earningsChart.quarterly;
        quarters.forEach((quarter, index) => (quarter.reportedDate = announced[index] / 1000));
        return body;
      },
    });
    const { provider, warnings } = replayedYahoo([...CRUMB_FLOW, recording]);
    expect(await provider.earnings('AAPL')).toEqual([
      { time: announced[0], epsActual: 1.53, epsEstimate: 1.49923, revenueActual: 90753000000 },
      { time: announced[1], epsActual: 1.4, epsEstimate: 1.34086, revenueActual: 85777000000 },
      { time: announced[2], epsActual: 0.97, epsEstimate: 0.94654, revenueActual: 94930000000 },
      { time: announced[3], epsActual: 2.4, epsEstimate: 2.34102, revenueActual: 124300000000 },
    ]);
    expect(warnings.filter((warning) => warning.startsWith('earnings'))).toEqual([]);
  });

  it('leaves out quarters without an announcement date rather than dating them by quarter end, and says so', async () => {
    const { provider, warnings } = replayedYahoo([...CRUMB_FLOW, 'quoteSummary-earnings-AAPL.json']);
    expect(await provider.earnings('AAPL')).toEqual([]);
    expect(warnings).toContain('earnings of AAPL: left out 1Q2024, 2Q2024, 3Q2024, 4Q2024: Yahoo gives no announcement date');
  });

  it('maps analyst rating changes to the 1..5 scale, oldest first', async () => {
    const { provider } = replayedYahoo([...CRUMB_FLOW, 'quoteSummary-upgradeDowngradeHistory-BFLY.json']);
    expect(await provider.analystRatings('BFLY')).toEqual([
      { time: 1624275127_000, firm: 'Cowen & Co.', action: 'initiate', rating: 4 },
      { time: 1639743168_000, firm: 'UBS', action: 'initiate', rating: 3 },
      { time: 1664878209_000, firm: 'B. Riley Securities', action: 'initiate', rating: 4 },
      { time: 1669714547_000, firm: 'Oppenheimer', action: 'initiate', rating: 4 },
      { time: 1680081856_000, firm: 'UBS', action: 'initiate', rating: 3 },
      { time: 1725972112_000, firm: 'Lake Street', action: 'initiate', rating: 4 },
    ]);
  });

  it('keeps the price target Yahoo now sends, and leaves out entries without a grade, counted in a warning', async () => {
    // Yahoo's answers now carry `currentPriceTarget` (in yahoo-finance2 3.x's schema); added to the newest entry.
    const recording = loadRecording('quoteSummary-upgradeDowngradeHistory-ABBV.json', {
      body: (body) => {
        const history = (body as { quoteSummary: { result: [{ upgradeDowngradeHistory: { history: Record<string, unknown>[] } }] } }).quoteSummary.result[0].upgradeDowngradeHistory.history;
        history[0].currentPriceTarget = 215;
        return body;
      },
    });
    const { provider, warnings } = replayedYahoo([...CRUMB_FLOW, recording]);
    const changes = await provider.analystRatings('ABBV');
    expect(changes).toHaveLength(327);
    expect(changes.at(-1)).toMatchObject({ priceTarget: 215 });
    expect(changes.filter((change) => change.priceTarget !== undefined)).toHaveLength(1);
    expect(changes.every((change, index) => index === 0 || changes[index - 1].time <= change.time)).toBe(true);
    expect(warnings).toContain('analyst ratings of ABBV: left out 1 × no grade');
  });
});
