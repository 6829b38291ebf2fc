import { describe, expect, it } from 'vitest';
import { validateOrderFields } from './validate-order-fields.js';

describe('validateOrderFields', () => {
  it('makes a market order with the symbol upper-cased and no limit price, whatever the hidden price field holds', () => {
    expect(validateOrderFields({ symbol: ' aapl ', side: 'buy', quantity: ' 10 ', type: 'market', limitPrice: '123' })).toEqual({
      ticket: { symbol: 'AAPL', side: 'buy', quantity: '10', type: 'market' },
    });
  });

  it('makes a limit order with its price as exact text', () => {
    expect(validateOrderFields({ symbol: 'BTC-USD', side: 'sell', quantity: '0.0015', type: 'limit', limitPrice: '64250.12345678' })).toEqual({
      ticket: { symbol: 'BTC-USD', side: 'sell', quantity: '0.0015', type: 'limit', limitPrice: '64250.12345678' },
    });
  });

  it('names every field that is wrong', () => {
    expect(validateOrderFields({ symbol: 'AA PL', side: 'buy', quantity: '0', type: 'limit', limitPrice: '' })).toEqual({
      problems: { symbol: 'letters, digits and . - = ^ / only, up to 20 characters', quantity: 'must be greater than 0', limitPrice: 'required' },
    });
    expect(validateOrderFields({ symbol: '', side: 'buy', quantity: '-5', type: 'market', limitPrice: '' })).toEqual({
      problems: { symbol: 'required', quantity: 'a positive number, like 10 or 2.5' },
    });
  });

  it('keeps quantities to 10 decimal places and prices to 8, as the ledger does', () => {
    expect(validateOrderFields({ symbol: 'ETH-USD', side: 'buy', quantity: '0.12345678901', type: 'limit', limitPrice: '1.123456789' }).problems).toEqual({
      quantity: 'at most 10 decimal places',
      limitPrice: 'at most 8 decimal places',
    });
    expect(validateOrderFields({ symbol: 'ETH-USD', side: 'buy', quantity: '0.1234567890', type: 'limit', limitPrice: '1.12345678' }).problems).toBeUndefined();
  });
});
