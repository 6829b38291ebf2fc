import { describe, expect, it } from 'vitest';
import { hashLinkCode, LINK_CODE_LENGTH, newLinkCode, normalizeLinkCode } from './link-code.js';

describe('link codes', () => {
  it('are ten characters of the unambiguous alphabet in two groups, different each time', () => {
    const codes = Array.from({ length: 200 }, () => newLinkCode());
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(new Set(codes).size).toBe(200);
    // Every character of the alphabet turns up: none is left out by the byte-to-character mapping.
    expect(new Set(codes.join('').replaceAll('-', '')).size).toBe(32);
  });

  it('read back from what a user types: any case, with spaces or without the dash, O as 0 and I or L as 1', () => {
    expect(normalizeLinkCode('7KQ2M-9XDPA')).toBe('7KQ2M9XDPA');
    expect(normalizeLinkCode(' 7kq2m 9xdpa ')).toBe('7KQ2M9XDPA');
    expect(normalizeLinkCode('1O0IL-ABCDE')).toBe('10011ABCDE');
    expect(normalizeLinkCode('7KQ2M9XDP')).toBeNull();
    expect(normalizeLinkCode('7KQ2M-9XDPAB')).toBeNull();
    expect(normalizeLinkCode('7KQ2M-9XDPU')).toBeNull();
    expect(normalizeLinkCode('')).toBeNull();
    expect(LINK_CODE_LENGTH).toBe(10);
  });

  it('are stored as a SHA-256 digest of the canonical form, never as typed', () => {
    const digest = hashLinkCode('7KQ2M9XDPA');
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).not.toContain('7KQ2M9XDPA');
    expect(hashLinkCode(normalizeLinkCode('7kq2m-9xdpa') ?? '')).toBe(digest);
    expect(hashLinkCode('7KQ2M9XDPB')).not.toBe(digest);
  });
});
