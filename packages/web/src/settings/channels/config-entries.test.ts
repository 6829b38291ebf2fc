import { describe, expect, it } from 'vitest';
import { configEntries } from './config-entries.js';

describe('configEntries', () => {
  it('names the settings of each kind in a fixed order, unknown ones last', () => {
    expect(configEntries({ chatId: '-100123', botToken: '…9xYz' })).toEqual([
      ['Bot token', '…9xYz'],
      ['Chat id', '-100123'],
    ]);
    expect(configEntries({ region: 'eu', url: 'https://example.com/hook' })).toEqual([
      ['URL', 'https://example.com/hook'],
      ['region', 'eu'],
    ]);
    expect(configEntries({})).toEqual([]);
  });
});
