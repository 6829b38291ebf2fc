import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from './is-search-shortcut.js';

const key = (key: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; tagName: string }> = {}) => ({
  key,
  ctrlKey: extra.ctrlKey ?? false,
  metaKey: extra.metaKey ?? false,
  target: { tagName: extra.tagName ?? 'BODY' } as unknown as EventTarget,
});

describe('isSearchShortcut', () => {
  it('opens on / outside fields and on Ctrl+K or Cmd+K anywhere', () => {
    expect(isSearchShortcut(key('/'))).toBe(true);
    expect(isSearchShortcut(key('/', { tagName: 'INPUT' }))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, tagName: 'INPUT' }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
    expect(isSearchShortcut(key('k'))).toBe(false);
  });
});
