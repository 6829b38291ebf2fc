import { describe, expect, it } from 'vitest';
import { hashToken } from './token-hash.js';

describe('hashToken', () => {
  it('is the SHA-256 hex digest of the token’s UTF-8 text', () => {
    expect(hashToken('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives the same digest for the same token and different digests for different ones', () => {
    expect(hashToken('gsr_token')).toBe(hashToken('gsr_token'));
    expect(hashToken('gsr_token')).not.toBe(hashToken('gsr_tokem'));
    expect(hashToken('gsr_token')).toMatch(/^[0-9a-f]{64}$/);
  });
});
