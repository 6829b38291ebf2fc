import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { distinctValues } from './distinct-values.js';

describe('distinctValues', () => {
  it('returns the values in order when none repeats', () => {
    expect(distinctValues(['MSFT', 'AAPL', 'NVDA'], 'body.symbols')).toEqual(['MSFT', 'AAPL', 'NVDA']);
  });

  it('names every repeat with its position and where the value first appeared', () => {
    let thrown: unknown;
    try {
      distinctValues(['AAPL', 'MSFT', 'AAPL', 'MSFT', 'AAPL'], 'body.symbols');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({
      code: 'GS_ERR_VALIDATION',
      problems: [
        { field: 'body.symbols[2]', message: 'repeats AAPL (body.symbols[0])' },
        { field: 'body.symbols[3]', message: 'repeats MSFT (body.symbols[1])' },
        { field: 'body.symbols[4]', message: 'repeats AAPL (body.symbols[0])' },
      ],
    });
  });
});
