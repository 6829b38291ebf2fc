import { describe, expect, it } from 'vitest';
import { migrationChecksum } from './migration-checksum.js';
import { migrationLockKey } from './migration-lock-key.js';

describe('migrationChecksum', () => {
  it('is the SHA-256 of the SQL, the same for LF and CRLF line endings', () => {
    expect(migrationChecksum('SELECT 1;')).toBe('17db4fd369edb9244b9f91d9aeed145c3d04ad8ba6e95d06247f07a63527d11a');
    expect(migrationChecksum('A;\r\nB;\r\n')).toBe(migrationChecksum('A;\nB;\n'));
    expect(migrationChecksum('A;\nB;')).not.toBe(migrationChecksum('A;\nB; '));
  });
});

describe('migrationLockKey', () => {
  it('is a stable signed 64-bit number per schema', () => {
    const key = migrationLockKey('public');
    expect(key).toBe(migrationLockKey('public'));
    expect(key).not.toBe(migrationLockKey('tenant_a'));
    const value = BigInt(key);
    expect(value >= -(2n ** 63n) && value < 2n ** 63n).toBe(true);
  });
});
