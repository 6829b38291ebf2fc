import { describe, expect, it } from 'vitest';
import { lesserRole, roleAtLeast } from './role-rank.js';

describe('role rank', () => {
  it('orders viewer below trader below admin', () => {
    expect(roleAtLeast('admin', 'trader')).toBe(true);
    expect(roleAtLeast('trader', 'trader')).toBe(true);
    expect(roleAtLeast('viewer', 'trader')).toBe(false);
    expect(roleAtLeast('trader', 'admin')).toBe(false);
  });

  it('gives a key no more than its owner', () => {
    expect(lesserRole('admin', 'viewer')).toBe('viewer');
    expect(lesserRole('trader', 'admin')).toBe('trader');
  });
});
