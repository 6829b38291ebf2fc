import { describe, expect, it } from 'vitest';
import type { AutoFollowFields } from './auto-follow-fields.js';
import { validateAutoFollowFields } from './validate-auto-follow-fields.js';

const VALID: AutoFollowFields = {
  enabled: true,
  symbols: ' aapl, msft btc-usd aapl ',
  minConfidence: '65',
  riskLevels: ['medium', 'low'],
  maxPositionPercent: '12.5',
  maxOpenPositions: '4',
  maxDailyLossPercent: '2',
  useStopLoss: false,
};

describe('validateAutoFollowFields', () => {
  it('makes the PUT body: symbols upper-cased once, confidence as a fraction, risk levels in order, numbers as numbers', () => {
    expect(validateAutoFollowFields(VALID)).toEqual({
      input: { enabled: true, symbols: ['AAPL', 'MSFT', 'BTC-USD'], minConfidence: 0.65, riskLevels: ['low', 'medium'], maxPositionPercent: 12.5, maxOpenPositions: 4, maxDailyLossPercent: 2, useStopLoss: false },
    });
  });

  it('sends no symbols for an empty list (every watchlist symbol), and takes the bounds 0 %, 100 % and 1 to 100 positions', () => {
    expect(validateAutoFollowFields({ ...VALID, symbols: '  ', minConfidence: '0', maxPositionPercent: '100', maxOpenPositions: '100', maxDailyLossPercent: '0.5' }).input).toMatchObject({
      symbols: [],
      minConfidence: 0,
      maxPositionPercent: 100,
      maxOpenPositions: 100,
      maxDailyLossPercent: 0.5,
    });
    expect(validateAutoFollowFields({ ...VALID, minConfidence: '100', maxOpenPositions: '1' }).input).toMatchObject({ minConfidence: 1, maxOpenPositions: 1 });
  });

  it('turns a percentage into a clean fraction', () => {
    expect(validateAutoFollowFields({ ...VALID, minConfidence: '33.3' }).input?.minConfidence).toBe(0.333);
    expect(validateAutoFollowFields({ ...VALID, minConfidence: '57' }).input?.minConfidence).toBe(0.57);
  });

  it('names every field that is wrong', () => {
    expect(validateAutoFollowFields({ ...VALID, symbols: 'AAPL, MS$FT', minConfidence: '120', riskLevels: [], maxPositionPercent: '0', maxOpenPositions: '2.5', maxDailyLossPercent: '-1' })).toEqual({
      problems: {
        symbols: 'MS$FT is not a symbol (letters, digits and . - = ^ /, up to 20)',
        minConfidence: 'a percentage from 0 to 100',
        riskLevels: 'pick at least one risk level',
        maxPositionPercent: 'a percentage above 0, up to 100',
        maxOpenPositions: 'a whole number from 1 to 100',
        maxDailyLossPercent: 'a percentage above 0, up to 100',
      },
    });
    expect(validateAutoFollowFields({ ...VALID, minConfidence: ' ', maxPositionPercent: '', maxOpenPositions: '', maxDailyLossPercent: '' }).problems).toEqual({
      minConfidence: 'required',
      maxPositionPercent: 'required',
      maxOpenPositions: 'required',
      maxDailyLossPercent: 'required',
    });
    expect(validateAutoFollowFields({ ...VALID, minConfidence: '1e1', maxOpenPositions: '0', maxPositionPercent: '100.01' }).problems).toEqual({
      minConfidence: 'a percentage from 0 to 100',
      maxOpenPositions: 'a whole number from 1 to 100',
      maxPositionPercent: 'a percentage above 0, up to 100',
    });
  });

  it('takes up to 200 symbols, as many as a watchlist holds', () => {
    const symbols = (count: number) => Array.from({ length: count }, (_unused, index) => `S${index}`).join(' ');
    expect(validateAutoFollowFields({ ...VALID, symbols: symbols(200) }).input?.symbols).toHaveLength(200);
    expect(validateAutoFollowFields({ ...VALID, symbols: symbols(201) }).problems).toEqual({ symbols: 'at most 200 symbols (201 given)' });
  });
});
