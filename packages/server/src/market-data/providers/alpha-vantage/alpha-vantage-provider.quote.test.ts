import { describe, expect, it } from 'vitest';
import { requestLinesSince } from '../http/request-line.test-support.js';
import { useLocalApiServer } from '../http/use-local-api-server.test-support.js';
import { AlphaVantageProvider } from './alpha-vantage-provider.js';

const KEY = 'AVKEY7Q2Z9';
const api = useLocalApiServer();

function alphaVantage(now = Date.UTC(2024, 0, 8)): AlphaVantageProvider {
  return new AlphaVantageProvider({ apiKey: KEY, baseUrl: api.server.baseUrl, timeoutMs: 2_000, now: () => now });
}

const IBM_QUOTE = {
  'Global Quote': {
    '01. symbol': 'IBM',
    '02. open': '160.9000',
    '03. high': '161.7700',
    '04. low': '160.1700',
    '05. price': '160.8600',
    '06. volume': '4156349',
    '07. latest trading day': '2024-01-05',
    '08. previous close': '160.7200',
    '09. change': '0.1400',
    '10. change percent': '0.0871%',
  },
};

describe('AlphaVantageProvider.quote', () => {
  it('reads GLOBAL_QUOTE, observed at the 16:00 New York close of the latest trading day', async () => {
    api.server.answer(() => ({ body: IBM_QUOTE }));
    const start = api.server.requests.length;
    const quote = await alphaVantage().quote('IBM');
    expect(requestLinesSince(api.server, start)).toEqual([`/query?apikey=${KEY}&function=GLOBAL_QUOTE&symbol=IBM`]);
    expect(quote).toEqual({
      symbol: 'IBM',
      price: 160.86,
      previousClose: 160.72,
      change: 0.14,
      changePercent: 0.0871,
      open: 160.9,
      high: 161.77,
      low: 160.17,
      volume: 4_156_349,
      bid: null,
      ask: null,
      currency: null,
      time: Date.UTC(2024, 0, 5, 21),
      source: 'alphavantage',
      simulated: false,
    });
  });

  it('stamps a quote of a session still running with now', async () => {
    api.server.answer(() => ({ body: IBM_QUOTE }));
    const now = Date.UTC(2024, 0, 5, 17, 12);
    expect((await alphaVantage(now).quote('IBM')).time).toBe(now);
  });

  it('reports an empty Global Quote as not-found', async () => {
    api.server.answer(() => ({ body: { 'Global Quote': {} } }));
    await expect(alphaVantage().quote('ZZZZQ')).rejects.toMatchObject({
      kind: 'not-found',
      message: 'alphavantage: quote of ZZZZQ: Alpha Vantage has no quote for ZZZZQ; is the symbol right?',
    });
  });

  it('refuses a change percent that is not a percentage', async () => {
    api.server.answer(() => ({ body: { 'Global Quote': { ...IBM_QUOTE['Global Quote'], '10. change percent': 'n/a%' } } }));
    await expect(alphaVantage().quote('IBM')).rejects.toThrow(
      'alphavantage: quote of IBM: unexpected answer: Global Quote["10. change percent"] is "n/a%", expected a percentage like "-0.48%"',
    );
  });
});

describe('AlphaVantageProvider.search', () => {
  it('maps SYMBOL_SEARCH best matches', async () => {
    api.server.answer(() => ({
      body: {
        bestMatches: [
          { '1. symbol': 'TSCO.LON', '2. name': 'Tesco PLC', '3. type': 'Equity', '4. region': 'United Kingdom', '5. marketOpen': '08:00', '6. marketClose': '16:30', '7. timezone': 'UTC+01', '8. currency': 'GBX', '9. matchScore': '0.7273' },
          { '1. symbol': 'TSCDF', '2. name': 'Tesco plc', '3. type': 'Equity', '4. region': 'United States', '5. marketOpen': '09:30', '6. marketClose': '16:00', '7. timezone': 'UTC-04', '8. currency': 'USD', '9. matchScore': '0.7143' },
          { '1. symbol': 'TSCFX', '2. name': 'Tesco Pension Income Fund', '3. type': 'Mutual Fund', '4. region': 'United States', '5. marketOpen': '09:30', '6. marketClose': '16:00', '7. timezone': 'UTC-04', '8. currency': 'USD', '9. matchScore': '0.6000' },
          { '1. symbol': 'TSCO.TRV', '2. name': 'Tesco Warrant', '3. type': 'Warrant', '4. region': 'Canada', '5. marketOpen': '09:30', '6. marketClose': '16:00', '7. timezone': 'UTC-05', '8. currency': 'CAD', '9. matchScore': '0.5000' },
        ],
      },
    }));
    const start = api.server.requests.length;
    const matches = await alphaVantage().search('tesco');
    expect(requestLinesSince(api.server, start)).toEqual([`/query?apikey=${KEY}&function=SYMBOL_SEARCH&keywords=tesco`]);
    expect(matches).toEqual([
      { symbol: 'TSCO.LON', name: 'Tesco PLC', exchange: null, type: 'equity' },
      { symbol: 'TSCDF', name: 'Tesco plc', exchange: null, type: 'equity' },
      { symbol: 'TSCFX', name: 'Tesco Pension Income Fund', exchange: null, type: 'fund' },
      { symbol: 'TSCO.TRV', name: 'Tesco Warrant', exchange: null, type: null },
    ]);
  });
});
