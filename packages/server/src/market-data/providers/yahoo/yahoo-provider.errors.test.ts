import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../provider-error.js';
import { YahooProvider } from './yahoo-provider.js';
import { checkReplaysAfterEach, replayedYahoo } from './yahoo-replay-provider.test-support.js';
import { CRUMB_FLOW, handWrittenAnswer, hasYahooRecordings, loadRecording } from './yahoo-recordings.test-support.js';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const SEARCH_URL = 'https://query2.finance.yahoo.com/v1/finance/search?q=AAPL';

async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error('expected a ProviderError');
}

describe.skipIf(!hasYahooRecordings())('YahooProvider errors', () => {
  checkReplaysAfterEach();

  it("answers Yahoo's recorded 404 for a symbol without that data with not-found and Yahoo's words", async () => {
    const { provider } = replayedYahoo([...CRUMB_FLOW, 'quoteSummary-upgradeDowngradeHistory-ADA-USD.json']);
    const error = await providerError(provider.analystRatings('ADA-USD'));
    expect(error).toMatchObject({ kind: 'not-found', status: 404, retryable: false });
    expect(error.message).toBe('yahoo: HTTP 404 from query2.finance.yahoo.com/v10/finance/quoteSummary/ADA-USD: No fundamentals data found for any of the summaryTypes=upgradeDowngradeHistory');
  });

  it('answers the chart of an unknown symbol with not-found', async () => {
    const url = 'https://query2.finance.yahoo.com/v8/finance/chart/NOSUCH?interval=1d&period1=1577836800&period2=1578009600';
    const unknown = handWrittenAnswer('chart 404', url, 404, { chart: { result: null, error: { code: 'Not Found', description: 'No data found, symbol may be delisted' } } });
    const { provider } = replayedYahoo([unknown]);
    const error = await providerError(provider.bars({ symbol: 'NOSUCH', timeframe: '1d', from: day('2020-01-01'), to: day('2020-01-03') }));
    expect(error.kind).toBe('not-found');
    expect(error.message).toBe('yahoo: HTTP 404 from query2.finance.yahoo.com/v8/finance/chart/NOSUCH: No data found, symbol may be delisted');
  });

  it('answers the quote of a symbol Yahoo does not list (an empty result) with not-found', async () => {
    // What Yahoo answers for an unknown symbol: the quote envelope with an empty result list.
    const empty = loadRecording('quote-AAPL.json', { query: { symbols: 'NOSUCH' }, body: () => ({ quoteResponse: { result: [], error: null } }) });
    const { provider } = replayedYahoo([...CRUMB_FLOW, empty]);
    const error = await providerError(provider.quote('NOSUCH'));
    expect(error).toMatchObject({ kind: 'not-found', message: 'yahoo: Yahoo has no quote for NOSUCH' });
  });

  it('answers HTTP 429 with rate-limited and the wait Retry-After asks for', async () => {
    const { provider } = replayedYahoo([handWrittenAnswer('429', SEARCH_URL, 429, 'Too Many Requests', { 'retry-after': '7' })]);
    const error = await providerError(provider.search('AAPL'));
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 7000, retryable: true });
    expect(error.message).toBe('yahoo: HTTP 429 from query2.finance.yahoo.com/v1/finance/search: Too Many Requests');
  });

  it('answers a 5xx error page and a failed connection with unavailable', async () => {
    const { provider } = replayedYahoo([handWrittenAnswer('503', SEARCH_URL, 503, '<html><body>Service Unavailable</body></html>')]);
    const outage = await providerError(provider.search('AAPL'));
    expect(outage).toMatchObject({ kind: 'unavailable', status: 503, retryable: true });
    expect(outage.message).toBe('yahoo: HTTP 503 from query2.finance.yahoo.com/v1/finance/search: <html><body>Service Unavailable</body></html>');
    const offline = new YahooProvider({ fetch: () => Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND query2.finance.yahoo.com') })) });
    const unreachable = await providerError(offline.search('AAPL'));
    expect(unreachable).toMatchObject({ kind: 'unavailable', message: 'yahoo: cannot reach query2.finance.yahoo.com/v1/finance/search: fetch failed' });
  });

  it("answers an answer that fails yahoo-finance2's schema with bad-response naming the problems", async () => {
    const { provider } = replayedYahoo(['search-badResult.fake.json']);
    const error = await providerError(provider.search('AAPL'));
    expect(error.kind).toBe('bad-response');
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/^yahoo: search for "AAPL": Yahoo's answer does not match yahoo-finance2's schema: \/explains: /);
  });

  it('answers a 200 page that is not JSON, and a chart without timestamps, with bad-response', async () => {
    const { provider } = replayedYahoo([handWrittenAnswer('html', SEARCH_URL, 200, '<html>consent required</html>'), 'chart-notimestamp-weird-quote.fake.json']);
    const html = await providerError(provider.search('AAPL'));
    expect(html.kind).toBe('bad-response');
    expect(html.message).toMatch(/^yahoo: search for "AAPL": Response.ok where we expect JSON, but the response was not parsable/);
    const chart = await providerError(provider.bars({ symbol: 'AAPL', timeframe: '1d', from: day('2020-01-01'), to: day('2020-01-03') }));
    expect(chart.kind).toBe('bad-response');
    expect(chart.message).toMatch(/^yahoo: 1d bars of AAPL: No timestamp with unexpected quote/);
  });

  it('stops at once when the caller aborts, and says so', async () => {
    const { provider, replay } = replayedYahoo(['search-AAPL.json']);
    const controller = new AbortController();
    controller.abort('timeout after 5000 ms');
    const error = await providerError(provider.search('AAPL', controller.signal));
    expect(error).toMatchObject({ kind: 'unavailable', message: 'yahoo: search for "AAPL": request aborted: timeout after 5000 ms' });
    expect(replay.requests).toHaveLength(0);
  });
});
