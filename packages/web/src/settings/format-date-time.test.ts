import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format-date-time.js';

describe('formatDateTime', () => {
  it('shows the time in the chosen zone', () => {
    const tokyo = formatDateTime('2026-03-01T23:30:00.000Z', 'Asia/Tokyo');
    const utc = formatDateTime('2026-03-01T23:30:00.000Z', 'UTC');
    expect(tokyo).toMatch(/2026/);
    expect(tokyo).toMatch(/08:30/);
    expect(utc).toMatch(/11:30/);
  });

  it('shows a dash for no time and the raw text for an unreadable one', () => {
    expect(formatDateTime(null, 'UTC')).toBe('–');
    expect(formatDateTime('soon', 'UTC')).toBe('soon');
  });
});
