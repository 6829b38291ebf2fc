import {
  AverageTrueRange,
  BollingerBands,
  DirectionalMovementSystem,
  ExponentialMovingAverage,
  MovingAverageConvergenceDivergence,
  OnBalanceVolume,
  RelativeStrengthIndex,
  SimpleMovingAverage,
  StochasticOscillator,
  VolumeWeightedAveragePrice,
  type Bar,
  type StreamingIndicator,
} from '@goldensignals/engine';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProviderChain } from '../../market-data/chain/provider-chain.js';
import type { MarketSimulator } from '../../market-data/simulator/market-simulator.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import type { IndicatorResult } from './compute-indicators.js';
import { marketDataApp, NOW, OutageSwitch, simulatorAtNow } from './market-data-app.test-support.js';

const HOUR = 3_600_000;

interface HistoryBody {
  symbol: string;
  period: string;
  interval: string;
  from: string;
  asOf: string;
  bars: { time: string; open: number; high: number; low: number; close: number; volume: number }[];
  source: string;
  sources: string[];
  simulated: boolean;
  stale: boolean;
  staleReason?: string;
}

interface IndicatorsBody {
  symbol: string;
  barCount: number;
  from: string;
  time: string;
  indicators: Record<string, IndicatorResult>;
  simulated: boolean;
  stale: boolean;
}

function asJson(bar: Bar) {
  return { time: new Date(bar.time).toISOString(), open: bar.open, high: bar.high, low: bar.low, close: bar.close, volume: bar.volume };
}

/** The streaming indicator's value after the last input: a different code path from the route's batch functions. */
function last<TInput, TOutput>(indicator: StreamingIndicator<TInput, TOutput>, inputs: readonly TInput[]): TOutput | null {
  for (const input of inputs) indicator.update(input);
  return indicator.value;
}

describeStorage('market data history routes', (context) => {
  let app: FastifyInstance;
  let chain: ProviderChain;
  let simulator: MarketSimulator;
  beforeAll(async () => {
    simulator = simulatorAtNow();
    ({ app, chain } = await marketDataApp(context.database, [simulator]));
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers a month of daily BTC-USD bars: the 29 days from 16 February to the forming 15 March bar, as the simulator made them', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/market-data/btc-usd/historical?period=1mo&interval=1d' });
    expect(response.statusCode).toBe(200);
    const body = response.json<HistoryBody>();
    const expected = await simulator.bars({ symbol: 'BTC-USD', timeframe: '1d', from: Date.UTC(2024, 1, 16), to: Date.UTC(2024, 2, 16) });
    expect(body).toEqual({
      symbol: 'BTC-USD',
      period: '1mo',
      interval: '1d',
      from: '2024-02-15T18:00:00.000Z',
      asOf: '2024-03-15T18:00:00.000Z',
      bars: expected.map(asJson),
      source: 'simulator',
      sources: ['simulator'],
      simulated: true,
      stale: false,
    });
    expect(body.bars).toHaveLength(29);
    expect(body.bars.at(-1)?.time).toBe('2024-03-15T00:00:00.000Z');
  });

  it('answers five NYSE sessions of hourly bars: seven a session, five so far on Friday afternoon', async () => {
    const body = (await app.inject({ method: 'GET', url: '/api/v1/market-data/aapl/historical?period=5d&interval=1h' })).json<HistoryBody>();
    expect(body.symbol).toBe('AAPL');
    expect(body.bars).toHaveLength(4 * 7 + 5);
    expect(body.bars[0].time).toBe('2024-03-11T13:30:00.000Z');
    expect(body.bars.at(-1)?.time).toBe('2024-03-15T17:30:00.000Z');
    expect(body.simulated).toBe(true);
  });

  it('defaults to six months of daily bars: the 125 NYSE sessions from 18 September 2023 to 15 March 2024', async () => {
    const body = (await app.inject({ method: 'GET', url: '/api/v1/market-data/AAPL/historical' })).json<HistoryBody>();
    expect(body).toMatchObject({ period: '6mo', interval: '1d', from: '2023-09-15T18:00:00.000Z' });
    expect(body.bars).toHaveLength(125);
    expect([body.bars[0].time, body.bars.at(-1)?.time]).toEqual(['2023-09-18T00:00:00.000Z', '2024-03-15T00:00:00.000Z']);
  });

  it('answers the latest 5,000 bars for the max period', async () => {
    const body = (await app.inject({ method: 'GET', url: '/api/v1/market-data/ETH-USD/historical?period=max&interval=1h' })).json<HistoryBody>();
    expect(body.bars).toHaveLength(5_000);
    expect(body.from).toBe(new Date(NOW - 4_999 * HOUR).toISOString());
    expect([body.bars[0].time, body.bars.at(-1)?.time]).toEqual([new Date(NOW - 4_999 * HOUR).toISOString(), '2024-03-15T18:00:00.000Z']);
  });

  it('refuses a period that holds more than 5,000 bars, naming query.period', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/market-data/AAPL/historical?period=1y&interval=1m' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'GS_ERR_VALIDATION',
      problems: [{ field: 'query.period', message: '1y of 1m bars is more than 5000 bars for AAPL (the most one request answers): choose a shorter period or a longer interval' }],
    });
  });

  it('computes every indicator over the last 300 closed daily bars, equal to the engine run on the same bars', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/market-data/AAPL/indicators' });
    expect(response.statusCode).toBe(200);
    const body = response.json<IndicatorsBody>();
    // Friday's session is still open at 18:00 UTC, so Thursday's bar is the last closed one.
    expect(body).toMatchObject({ symbol: 'AAPL', barCount: 300, time: '2024-03-14T00:00:00.000Z', simulated: true, stale: false });
    const { bars } = await chain.bars({ symbol: 'AAPL', timeframe: '1d', from: Date.parse(body.from), to: Date.parse(body.time) + 1 });
    expect(bars).toHaveLength(300);
    const closes = bars.map((bar) => bar.close);
    const values = (id: string) => body.indicators[id].values;
    expect(values('sma20')).toEqual({ value: last(new SimpleMovingAverage(20), closes) });
    expect(values('sma50')).toEqual({ value: last(new SimpleMovingAverage(50), closes) });
    expect(values('sma200')).toEqual({ value: last(new SimpleMovingAverage(200), closes) });
    expect(values('ema12')).toEqual({ value: last(new ExponentialMovingAverage(12), closes) });
    expect(values('ema26')).toEqual({ value: last(new ExponentialMovingAverage(26), closes) });
    expect(values('rsi14')).toEqual({ value: last(new RelativeStrengthIndex(14), closes) });
    expect(values('macd')).toEqual(last(new MovingAverageConvergenceDivergence(12, 26, 9), closes));
    expect(values('bollinger')).toEqual(last(new BollingerBands(20, 2), closes));
    expect(values('atr14')).toEqual({ value: last(new AverageTrueRange(14), bars) });
    expect(values('stochastic')).toEqual(last(new StochasticOscillator(14, 3, 3), bars));
    expect(values('adx')).toEqual(last(new DirectionalMovementSystem(14), bars));
    expect(values('vwap')).toEqual({ value: last(new VolumeWeightedAveragePrice(), bars) });
    expect(values('obv')).toEqual({ value: last(new OnBalanceVolume(), bars) });
    for (const result of Object.values(body.indicators)) {
      expect(result.series).toHaveLength(20);
      expect(result.series.at(-1)).toEqual({ time: body.time, values: result.values });
    }
  });

  it('answers only the requested indicators, with series of the requested length', async () => {
    const body = (await app.inject({ method: 'GET', url: '/api/v1/market-data/BTC-USD/indicators?interval=1h&indicators=rsi14,macd,rsi14&points=3' })).json<IndicatorsBody>();
    expect(Object.keys(body.indicators)).toEqual(['rsi14', 'macd']);
    expect(body.time).toBe('2024-03-15T17:00:00.000Z');
    expect(body.indicators.macd.series.map((point) => point.time)).toEqual(['2024-03-15T15:00:00.000Z', '2024-03-15T16:00:00.000Z', '2024-03-15T17:00:00.000Z']);
  });

  it('answers the cached bars flagged stale, with the reason, when the provider goes down', async () => {
    let time = NOW;
    const provider = new OutageSwitch(simulatorAtNow(() => time));
    const outage = await marketDataApp(context.database, [provider], { now: () => time });
    try {
      const url = '/api/v1/market-data/SOL-USD/historical?period=5d&interval=1h';
      const fresh = (await outage.app.inject({ method: 'GET', url })).json<HistoryBody>();
      // 11–14 March in full and 15 March to the forming 18:00 bar.
      expect(fresh.bars).toHaveLength(4 * 24 + 19);
      provider.down = true;
      time += 2 * HOUR;
      const response = await outage.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      const body = response.json<HistoryBody>();
      // The closed bars were cached; the forming one and those since could not be fetched.
      expect(body.bars).toEqual(fresh.bars.slice(0, -1));
      expect(body).toMatchObject({ source: 'simulator', simulated: true, stale: true });
      expect(body.staleReason).toMatch(/^answered from the cache, incomplete: no market data provider could answer bars SOL-USD 1h .*simulator: service unavailable/);
    } finally {
      await outage.app.close();
    }
  });
});
