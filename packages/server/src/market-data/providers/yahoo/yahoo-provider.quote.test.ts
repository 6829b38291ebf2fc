import { describe, expect, it } from 'vitest';
import { checkReplaysAfterEach, replayedYahoo } from './yahoo-replay-provider.test-support.js';
import { CRUMB_FLOW, hasYahooRecordings, RECORDED_CRUMB } from './yahoo-recordings.test-support.js';

describe.skipIf(!hasYahooRecordings())('YahooProvider quote, search and news (recorded answers)', () => {
  checkReplaysAfterEach();

  it('walks the cookie consent and crumb flow once, then sends the crumb and cookies with the quote', async () => {
    const { provider, replay } = replayedYahoo([...CRUMB_FLOW, 'quote-AAPL.json', 'quote-BTC-USD.json']);
    await provider.quote('AAPL');
    await provider.quote('BTC-USD');
    expect(replay.requests.map((request) => request.answeredBy)).toEqual([...CRUMB_FLOW, 'quote-AAPL.json', 'quote-BTC-USD.json']);
    const quoteRequest = replay.requests[CRUMB_FLOW.length];
    expect(quoteRequest.url.searchParams.get('crumb')).toBe(RECORDED_CRUMB);
    // The consent cookies set along the flow (A1 is Yahoo's session cookie) go with every API call.
    expect(quoteRequest.headers.get('cookie')).toMatch(/(^|; )A1=d=AQABBKvcsWcCEIGLkyl67hr2YX7XekV46j4FEgABCAErs2fZZ_bPb2UB9qMAAAcIq9yxZ63aZoI/);
  });

  it('maps an equity quote field by field, computing the change from the previous close', async () => {
    const { provider } = replayedYahoo([...CRUMB_FLOW, 'quote-AAPL.json']);
    expect(await provider.quote('AAPL')).toEqual({
      symbol: 'AAPL',
      price: 244.6,
      previousClose: 241.53,
      change: 244.6 - 241.53,
      changePercent: ((244.6 - 241.53) / 241.53) * 100,
      open: 241.07,
      high: 245.41,
      low: 241,
      volume: 40896227,
      bid: 244.44,
      ask: 253.37,
      currency: 'USD',
      time: 1739566800_000,
      source: 'yahoo',
      simulated: false,
    });
  });

  it('quotes BTC-USD without bid and ask, and EURUSD=X with the bid and ask Yahoo sends', async () => {
    const { provider } = replayedYahoo([...CRUMB_FLOW, 'quote-BTC-USD.json', 'quote-EURUSD=X.json']);
    const bitcoin = await provider.quote('BTC-USD');
    expect(bitcoin).toMatchObject({ price: 96077.45, previousClose: 96137.88, change: 96077.45 - 96137.88, bid: null, ask: null, volume: 21228961792, time: 1739789580_000 });
    const euro = await provider.quote('EURUSD=X');
    expect(euro).toMatchObject({ symbol: 'EURUSD=X', price: 1.0489877, bid: 1.0489877, ask: 1.0484378, volume: 0, currency: 'USD', time: 1739789683_000 });
  });

  it('searches instruments, leaving out hits that are not Yahoo instruments', async () => {
    const { provider } = replayedYahoo(['search-AAPL.json']);
    const matches = await provider.search('AAPL');
    expect(matches.slice(0, 3)).toEqual([
      { symbol: 'AAPL', name: 'Apple Inc.', exchange: 'NASDAQ', type: 'equity' },
      { symbol: 'AAPU', name: 'Direxion Daily AAPL Bull 2X Shares', exchange: 'NASDAQ', type: 'etf' },
      { symbol: 'AAPL251219C00120000', name: 'AAPL Dec 2025 120.000 call', exchange: 'OPR', type: 'option' },
    ]);
    // The seventh hit, "AAPlasma", is a Crunchbase company without a symbol.
    expect(matches).toHaveLength(6);
  });

  it('answers the articles tagged with the symbol, newest first, at most the limit', async () => {
    const { provider, replay } = replayedYahoo(['search-AAPL.json']);
    const articles = await provider.news('AAPL', 2);
    expect(replay.requests[0].url.searchParams.get('newsCount')).toBe('2');
    expect(articles).toEqual([
      {
        id: '76679f48-d3d7-340b-b1b4-4a95a714b868',
        symbols: ['AAPL'],
        title: 'Apple Inc: An Exploration into Its Intrinsic Value',
        summary: null,
        url: 'https://finance.yahoo.com/news/apple-inc-exploration-intrinsic-value-060058478.html',
        publisher: 'GuruFocus.com',
        time: 1740463258_000,
        source: 'yahoo',
        simulated: false,
      },
      expect.objectContaining({ id: 'bfb8b663-081c-3c2b-84e3-df8fff2c37d8', publisher: 'Bloomberg', time: 1740462887_000 }),
    ]);
    // The recorded answer also holds a Motley Fool story tagged BRK-B only: not news about AAPL.
    expect((await provider.news('AAPL', 10)).map((article) => article.publisher)).toEqual(['GuruFocus.com', 'Bloomberg', 'Yahoo Finance Video']);
  });
});
