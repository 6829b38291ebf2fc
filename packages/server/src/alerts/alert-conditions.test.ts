import { TIMEFRAMES } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { AppError, type FieldProblem } from '../errors/app-error.js';
import { parseAlertCondition } from './alert-conditions.js';

function problemsOf(kind: string, params: Record<string, unknown>): readonly FieldProblem[] {
  try {
    parseAlertCondition(kind, params);
  } catch (error) {
    if (error instanceof AppError) return error.problems;
    throw error;
  }
  throw new Error(`${kind} ${JSON.stringify(params)} was accepted`);
}

describe('parseAlertCondition', () => {
  it('fills in the defaults, so a stored rule says exactly what it watches', () => {
    expect(parseAlertCondition('price_above', { price: 199.5 })).toEqual({ price: 199.5 });
    expect(parseAlertCondition('signal', {})).toEqual({
      actions: ['BUY', 'SELL'],
      minConfidence: 0,
      minConsensusStrength: 0,
      riskLevels: ['low', 'medium', 'high'],
      timeframes: [...TIMEFRAMES],
    });
    expect(parseAlertCondition('signal', { actions: ['SELL'], minConfidence: 0.7, riskLevels: ['low'], timeframes: ['1h', '1d'] })).toMatchObject({
      actions: ['SELL'],
      minConfidence: 0.7,
      riskLevels: ['low'],
      timeframes: ['1h', '1d'],
    });
    expect(parseAlertCondition('signal_outcome', {})).toEqual({ outcomes: ['target', 'stop', 'expired'] });
    expect(parseAlertCondition('indicator_below', { indicator: 'rsi', value: 30 })).toEqual({ indicator: 'rsi', period: 14, timeframe: '1d', value: 30 });
    expect(parseAlertCondition('indicator_above', { indicator: 'cci', value: 150, timeframe: '1h' })).toEqual({ indicator: 'cci', period: 20, timeframe: '1h', value: 150 });
  });

  it('refuses a price level that is missing, not positive, or comes with fields the kind does not take', () => {
    expect(problemsOf('price_above', {})).toEqual([{ field: 'body.params.price', message: 'is required' }]);
    expect(problemsOf('price_below', { price: 0 })).toEqual([{ field: 'body.params.price', message: 'must be a number > 0' }]);
    expect(problemsOf('price_below', { price: '12' })).toEqual([{ field: 'body.params.price', message: 'must be a number > 0' }]);
    expect(problemsOf('price_above', { price: 10, indicator: 'rsi' })).toEqual([{ field: 'body.params.indicator', message: 'is not a field of an alert of kind price_above (it takes price)' }]);
  });

  it('refuses indicator levels outside what the indicator can reach or cross, and names every bad field at once', () => {
    expect(problemsOf('indicator_above', { indicator: 'rsi', value: 100 })).toEqual([{ field: 'body.params.value', message: 'must be a number ≥ 0 and < 100' }]);
    expect(problemsOf('indicator_below', { indicator: 'williams-r', value: -100 })).toEqual([{ field: 'body.params.value', message: 'must be a number > -100 and ≤ 0' }]);
    expect(problemsOf('indicator_above', { indicator: 'rsi', value: 70, period: 1.5, timeframe: '2h' })).toEqual([
      { field: 'body.params.period', message: 'must be an integer ≥ 2 and ≤ 500' },
      { field: 'body.params.timeframe', message: `must be one of ${TIMEFRAMES.join(', ')}` },
    ]);
    // Without a known indicator there is no range to check the value against and no usual period to require.
    expect(problemsOf('indicator_above', { indicator: 'macd', value: 1 })).toEqual([{ field: 'body.params.indicator', message: 'must be one of rsi, mfi, stochastic-k, williams-r, adx, cci' }]);
    expect(problemsOf('indicator_below', { value: 1 })).toEqual([{ field: 'body.params.indicator', message: 'is required' }]);
  });

  it('refuses empty, unknown or repeated signal filters, naming the list item', () => {
    expect(problemsOf('signal', { actions: [], minConfidence: 1.5 })).toEqual([
      { field: 'body.params.actions', message: 'must be a non-empty list of BUY, SELL, HOLD' },
      { field: 'body.params.minConfidence', message: 'must be a number ≥ 0 and ≤ 1' },
    ]);
    expect(problemsOf('signal', { actions: ['BUY', 'BUY'], riskLevels: ['low', 'extreme'] })).toEqual([
      { field: 'body.params.actions[1]', message: 'repeats BUY' },
      { field: 'body.params.riskLevels[1]', message: 'must be one of low, medium, high' },
    ]);
    expect(problemsOf('signal_outcome', { outcomes: ['target', 'win'] })).toEqual([{ field: 'body.params.outcomes[1]', message: 'must be one of target, stop, expired' }]);
  });

  it('refuses an unknown kind on the kind field', () => {
    expect(problemsOf('volume_spike', {})).toEqual([{ field: 'body.kind', message: 'must be one of price_above, price_below, signal, signal_outcome, indicator_above, indicator_below, system' }]);
  });
});
