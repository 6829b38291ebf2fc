import { describe, expect, it } from 'vitest';
import { earningsPublicTime, newYorkSessionClose, newYorkTime } from './new-york-time.js';

function iso(time: number | undefined): string | undefined {
  return time === undefined ? undefined : new Date(time).toISOString();
}

describe('newYorkTime', () => {
  it('places the session close of a winter and a summer day in UTC', () => {
    expect(iso(newYorkTime('2024-01-05', 16, 0))).toBe('2024-01-05T21:00:00.000Z');
    expect(iso(newYorkTime('2024-07-05', 16, 0))).toBe('2024-07-05T20:00:00.000Z');
  });

  it('gives undefined for text that is not a date', () => {
    expect(newYorkTime('2024-01-05 10:00', 16, 0)).toBeUndefined();
    expect(newYorkTime('Jan 5', 16, 0)).toBeUndefined();
  });
});

describe('newYorkSessionClose', () => {
  it('finds 16:00 New York on the New York date of an instant, also late in the UTC evening', () => {
    expect(iso(newYorkSessionClose(Date.UTC(2024, 0, 5, 5, 0)))).toBe('2024-01-05T21:00:00.000Z');
    expect(iso(newYorkSessionClose(Date.UTC(2024, 6, 6, 2, 0)))).toBe('2024-07-05T20:00:00.000Z');
  });
});

describe('earningsPublicTime', () => {
  it('dates a release by the part of the day it came out in, late when unknown', () => {
    expect(iso(earningsPublicTime('2024-01-24', 'before-open'))).toBe('2024-01-24T14:30:00.000Z');
    expect(iso(earningsPublicTime('2024-01-24', 'during-session'))).toBe('2024-01-24T21:00:00.000Z');
    expect(iso(earningsPublicTime('2024-01-24', 'after-close'))).toBe('2024-01-25T01:00:00.000Z');
    expect(iso(earningsPublicTime('2024-01-24', 'unknown'))).toBe('2024-01-25T01:00:00.000Z');
  });
});
