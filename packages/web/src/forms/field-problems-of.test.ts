import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { fieldProblemsOf } from './field-problems-of.js';

describe('fieldProblemsOf', () => {
  it('keys the API problems by form field, the first problem of a field winning', () => {
    const error = new ApiError(400, 'GS_ERR_VALIDATION', 'body.quantity needs 18,700 cash; 10,000 is available', [
      { field: 'body.quantity', message: 'needs 18,700 cash; 10,000 is available' },
      { field: 'body.quantity', message: 'second complaint' },
      { field: 'body.symbol', message: 'must match pattern' },
    ]);
    expect(fieldProblemsOf(error)).toEqual({ quantity: 'needs 18,700 cash; 10,000 is available', symbol: 'must match pattern' });
  });

  it('finds none in other failures', () => {
    expect(fieldProblemsOf(new ApiError(503, 'GS_ERR_UNAVAILABLE', 'no quote'))).toEqual({});
    expect(fieldProblemsOf(new Error('boom'))).toEqual({});
  });

  it('keys a nested path by its control, inside the object the form edits when named', () => {
    const error = new ApiError(400, 'GS_ERR_VALIDATION', 'invalid', [
      { field: 'body.riskLevels/0', message: 'must be one of low, medium, high' },
      { field: 'body.config.url', message: 'must be an http(s) URL' },
    ]);
    expect(fieldProblemsOf(error)).toEqual({ riskLevels: 'must be one of low, medium, high', config: 'must be an http(s) URL' });
    expect(fieldProblemsOf(error, 'config')).toEqual({ riskLevels: 'must be one of low, medium, high', url: 'must be an http(s) URL' });
  });
});
