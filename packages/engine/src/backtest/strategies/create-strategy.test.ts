import { describe, expect, it } from 'vitest';
import { createStrategy } from './create-strategy.js';

describe('createStrategy', () => {
  it('builds sma-cross from text parameters, defaulting the missing ones', () => {
    expect(createStrategy('sma-cross', { fast: '5', slow: '15' }).name).toBe('sma-cross(5,15)');
    expect(createStrategy('sma-cross', { slow: 30 }).name).toBe('sma-cross(10,30)');
    expect(createStrategy('sma-cross').name).toBe('sma-cross(10,20)');
    expect(createStrategy('buy-and-hold').name).toBe('buy-and-hold');
  });

  it('names the strategy, the parameter and the value in its errors', () => {
    expect(() => createStrategy('sma-crossover')).toThrow('unknown strategy "sma-crossover"; expected one of sma-cross, buy-and-hold');
    expect(() => createStrategy('sma-cross', { fast: 'ten' })).toThrow('strategy sma-cross: parameter fast must be an integer >= 1, got "ten"');
    expect(() => createStrategy('sma-cross', { fast: '2.5' })).toThrow('parameter fast must be an integer >= 1, got "2.5"');
    expect(() => createStrategy('sma-cross', { slow: '0' })).toThrow('parameter slow must be an integer >= 1, got "0"');
    expect(() => createStrategy('sma-cross', { slow: '' })).toThrow('parameter slow must be an integer >= 1, got ""');
    expect(() => createStrategy('sma-cross', { period: '3' })).toThrow('strategy sma-cross has no parameter "period"; its parameters are fast, slow');
    expect(() => createStrategy('buy-and-hold', { fast: '3' })).toThrow('strategy buy-and-hold has no parameter "fast"; it takes none');
  });

  it('offers the strategies it is given', () => {
    const custom = [{ name: 'noop', description: 'does nothing', params: [], create: () => ({ name: 'noop', next() {} }) }];
    expect(createStrategy('noop', {}, custom).name).toBe('noop');
    expect(() => createStrategy('sma-cross', {}, custom)).toThrow('expected one of noop');
  });
});
