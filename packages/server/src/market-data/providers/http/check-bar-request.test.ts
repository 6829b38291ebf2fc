import { describe, expect, it } from 'vitest';
import type { BarRequest } from '../../bar-request.js';
import { checkBarRequest } from './check-bar-request.js';
import { JsonHttpClient } from './json-http-client.js';

const client = new JsonHttpClient({ provider: 'testapi', baseUrl: 'http://127.0.0.1:9', timeoutMs: 1_000, secrets: [] });
const valid: BarRequest = { symbol: 'AAPL', timeframe: '1d', from: Date.UTC(2024, 0, 2), to: Date.UTC(2024, 0, 5) };

describe('checkBarRequest', () => {
  it('accepts a request of a known timeframe with a finite range', () => {
    expect(() => checkBarRequest(client, valid)).not.toThrow();
  });

  it('reports an unknown timeframe as unsupported, naming it and the supported ones', () => {
    const request = JSON.parse('{"symbol":"AAPL","timeframe":"2h","from":0,"to":1}') as BarRequest;
    expect(() => checkBarRequest(client, request)).toThrow(
      expect.objectContaining({ kind: 'unsupported', message: 'testapi: bars of AAPL: no timeframe "2h"; supported: 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w' }),
    );
  });

  it('reports an empty symbol and a non-finite range as bad-request', () => {
    expect(() => checkBarRequest(client, { ...valid, symbol: ' ' })).toThrow(expect.objectContaining({ kind: 'bad-request', message: 'testapi: bars of  : the symbol is empty' }));
    expect(() => checkBarRequest(client, { ...valid, to: Number.NaN })).toThrow(
      expect.objectContaining({ kind: 'bad-request', message: `testapi: bars of AAPL: from (${valid.from}) and to (NaN) must be finite epoch milliseconds` }),
    );
  });
});
