import { describe, expect, it } from 'vitest';
import { errorKindForStatus } from './error-kind-for-status.js';

describe('errorKindForStatus', () => {
  it('maps each documented status class to its kind', () => {
    const kinds = [429, 500, 502, 503, 504, 408, 401, 403, 404, 400, 409, 422, 302].map((status) => [status, errorKindForStatus(status)]);
    expect(kinds).toEqual([
      [429, 'rate-limited'],
      [500, 'unavailable'],
      [502, 'unavailable'],
      [503, 'unavailable'],
      [504, 'unavailable'],
      [408, 'unavailable'],
      [401, 'unauthorized'],
      [403, 'unauthorized'],
      [404, 'not-found'],
      [400, 'bad-request'],
      [409, 'bad-request'],
      [422, 'bad-request'],
      [302, 'bad-response'],
    ]);
  });
});
