import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.js';

describe('formatBytes', () => {
  it('names sizes in the largest unit below them', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(12_700)).toBe('12 KB');
    expect(formatBytes(3_250_586)).toBe('3.1 MB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
  });
});
