import { describe, expect, it } from 'vitest';
import { scanProgressText } from './scan-progress-text.js';

describe('scanProgressText', () => {
  it('counts the symbols with a signal out of all, and the failed ones only when there are some', () => {
    expect(scanProgressText({ total: 5, completed: 0, failed: 0 })).toBe('0 of 5 signalled');
    expect(scanProgressText({ total: 5, completed: 3, failed: 0 })).toBe('3 of 5 signalled');
    expect(scanProgressText({ total: 5, completed: 3, failed: 2 })).toBe('3 of 5 signalled (2 failed)');
  });
});
