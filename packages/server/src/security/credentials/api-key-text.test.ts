import { describe, expect, it } from 'vitest';
import { newApiKeyText, parseApiKeyText } from './api-key-text.js';

describe('newApiKeyText', () => {
  it('writes gs_, an 8-character lowercase prefix, _ and 43 base64url characters', () => {
    const { key, prefix } = newApiKeyText();
    expect(key).toMatch(/^gs_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(prefix).toMatch(/^[a-z0-9]{8}$/);
    expect(key.startsWith(`gs_${prefix}_`)).toBe(true);
    expect(Buffer.from(key.slice(12), 'base64url')).toHaveLength(32);
  });

  it('makes different keys and prefixes every time, drawing on all 36 prefix characters', () => {
    const keys = Array.from({ length: 500 }, () => newApiKeyText());
    expect(new Set(keys.map((k) => k.key)).size).toBe(500);
    expect(new Set(keys.map((k) => k.prefix)).size).toBe(500);
    expect(new Set(keys.flatMap((k) => [...k.prefix])).size).toBe(36);
  });
});

describe('parseApiKeyText', () => {
  it('finds the prefix of a key it made', () => {
    const { key, prefix } = newApiKeyText();
    expect(parseApiKeyText(key)).toEqual({ prefix });
  });

  it('accepts exactly the format', () => {
    const secret = 'A'.repeat(21) + '-_' + 'z9'.repeat(10);
    expect(parseApiKeyText(`gs_ab12cd34_${secret}`)).toEqual({ prefix: 'ab12cd34' });
  });

  it('refuses anything else', () => {
    const secret = 'a'.repeat(43);
    for (const text of [
      '',
      'gs_',
      `gs_ab12cd3_${secret}a`, // 7-character prefix
      `gs_AB12CD34_${secret}`, // uppercase prefix
      `gs_ab12cd34_${secret.slice(1)}`, // 42-character secret
      `gs_ab12cd34_${secret}a`, // 44-character secret
      `gs_ab12cd34_${secret.slice(1)}=`, // padding
      `gs_ab12cd34_${secret.slice(1)}+`, // plain base64
      `gsr_b12cd34_${secret}`, // another token kind
      `gs_ab12cd34-${secret}`, // wrong separator
      ` gs_ab12cd34_${secret.slice(1)}`, // surrounding space
      `gs_ab12cd34_${secret}\n`,
      `gs_ab12cd34_${secret}`.repeat(1000),
    ]) {
      expect(parseApiKeyText(text)).toBeNull();
    }
  });
});
