import { describe, expect, it } from 'vitest';
import { triggerStatus } from './trigger-status.js';

const NIGHT_IN_TOKYO = { start: '23:00', end: '06:00', timeZone: 'Asia/Tokyo' };
/** 15:30 UTC = 00:30 in Tokyo (UTC+9, no daylight saving time). */
const TOKYO_HALF_PAST_MIDNIGHT = Date.parse('2026-03-02T15:30:00Z');
const TOKYO_NOON = Date.parse('2026-03-02T03:00:00Z');

describe('triggerStatus', () => {
  it('sends when nothing holds the trigger back', () => {
    expect(triggerStatus({ quietHours: null, maxPerHour: null, sentInLastHour: 500 }, TOKYO_NOON)).toBe('sent');
    expect(triggerStatus({ quietHours: NIGHT_IN_TOKYO, maxPerHour: 3, sentInLastHour: 2 }, TOKYO_NOON)).toBe('sent');
  });

  it('holds it back in the quiet hours, across midnight of the rule’s zone', () => {
    expect(triggerStatus({ quietHours: NIGHT_IN_TOKYO, maxPerHour: null, sentInLastHour: 0 }, TOKYO_HALF_PAST_MIDNIGHT)).toBe('quiet_hours');
  });

  it('holds it back once the rule sent its hourly allowance', () => {
    expect(triggerStatus({ quietHours: null, maxPerHour: 3, sentInLastHour: 3 }, TOKYO_NOON)).toBe('rate_limited');
    expect(triggerStatus({ quietHours: null, maxPerHour: 1, sentInLastHour: 1 }, TOKYO_NOON)).toBe('rate_limited');
  });

  it('says quiet hours rather than rate limited when both hold, since quiet triggers use up no allowance', () => {
    expect(triggerStatus({ quietHours: NIGHT_IN_TOKYO, maxPerHour: 1, sentInLastHour: 1 }, TOKYO_HALF_PAST_MIDNIGHT)).toBe('quiet_hours');
  });
});
