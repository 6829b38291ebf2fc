import { describe, expect, it } from 'vitest';
import { selectSubprotocol, tokenFromSubprotocols } from './subprotocol.js';

describe('subprotocol token', () => {
  it('finds a bearer token among the offered subprotocols', () => {
    expect(tokenFromSubprotocols('goldensignals.v1, bearer.eyJhbGciOi.J9.sig')).toBe('eyJhbGciOi.J9.sig');
    expect(tokenFromSubprotocols(['goldensignals.v1', 'bearer.abc'])).toBe('abc');
    expect(tokenFromSubprotocols('goldensignals.v1, bearer.')).toBeUndefined();
    expect(tokenFromSubprotocols(undefined)).toBeUndefined();
  });

  it('answers goldensignals.v1 only when the client offered it, never the token', () => {
    expect(selectSubprotocol(new Set(['bearer.abc', 'goldensignals.v1']))).toBe('goldensignals.v1');
    expect(selectSubprotocol(new Set(['bearer.abc']))).toBe(false);
  });
});
