import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { MarketDataRequestError } from '../market-data/chain/market-data-request-error.js';
import { MarketDataUnavailableError } from '../market-data/chain/market-data-unavailable-error.js';
import { quoteFailure } from './quote-failure.js';

const unavailable = (...kinds: ('not-found' | 'bad-request' | 'unsupported' | 'unavailable')[]) =>
  new MarketDataUnavailableError('quote X', kinds.map((kind, k) => ({ provider: `p${k}`, kind, reason: `p${k}: ${kind}`, attempts: 1 })));

describe('quoteFailure', () => {
  it('makes a symbol the providers do not know or refuse a 400 naming the field', () => {
    expect(quoteFailure(unavailable('not-found', 'unsupported'), 'X', 'body.symbol')).toMatchObject({ code: 'GS_ERR_VALIDATION', problems: [{ field: 'body.symbol', message: 'no market data provider knows X' }] });
    expect(quoteFailure(unavailable('bad-request', 'unsupported'), 'X', 'body.symbol')).toMatchObject({ problems: [{ field: 'body.symbol', message: 'X is refused by the market data providers: p0: bad-request; p1: unsupported' }] });
    expect(quoteFailure(new MarketDataRequestError('symbol', 'symbol must be a non-empty string'), '', 'body.symbol')).toMatchObject({ statusCode: 400, problems: [{ field: 'body.symbol' }] });
  });

  it('makes an outage a 503 with the providers’ reasons, and leaves other errors alone', () => {
    const outage = quoteFailure(unavailable('unavailable', 'not-found'), 'X', 'body.symbol');
    expect(outage).toBeInstanceOf(AppError);
    expect(outage).toMatchObject({ statusCode: 503, code: 'GS_ERR_MARKET_DATA_UNAVAILABLE', message: 'no quote for X: no market data provider could answer quote X: p0: unavailable; p1: not-found' });
    const bug = new TypeError('boom');
    expect(quoteFailure(bug, 'X', 'body.symbol')).toBe(bug);
  });
});
