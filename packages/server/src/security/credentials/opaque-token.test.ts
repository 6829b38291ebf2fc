import { describe, expect, it } from 'vitest';
import { newOpaqueToken } from './opaque-token.js';

describe('newOpaqueToken', () => {
  it('writes the prefix and then 43 base64url characters', () => {
    expect(newOpaqueToken('gsr_')).toMatch(/^gsr_[A-Za-z0-9_-]{43}$/);
    expect(newOpaqueToken('')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('carries 32 random bytes', () => {
    const token = newOpaqueToken('x_');
    expect(Buffer.from(token.slice(2), 'base64url')).toHaveLength(32);
  });

  it('never repeats itself', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newOpaqueToken('gsr_')));
    expect(tokens.size).toBe(1000);
  });
});
