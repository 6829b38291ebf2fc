import { describe, expect, it } from 'vitest';
import { DAY_MS, epochDayOf, formatEpochDay, nthWeekdayOfMonth, parseCalendarDay, weekdayOfEpochDay } from './calendar-day.js';

describe('calendar days', () => {
  it('formats every day from 1900 to 2100 as Date does', () => {
    const mismatches: string[] = [];
    for (let day = epochDayOf(1900, 1, 1); day <= epochDayOf(2100, 12, 31); day++) {
      const expected = new Date(day * DAY_MS).toISOString().slice(0, 10);
      if (formatEpochDay(day) !== expected) mismatches.push(`${day}: ${formatEpochDay(day)} != ${expected}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('finds weekdays, including before 1970, and the n-th or last weekday of a month', () => {
    expect(weekdayOfEpochDay(epochDayOf(1969, 12, 31))).toBe(3);
    expect(weekdayOfEpochDay(epochDayOf(2024, 3, 29))).toBe(5);
    expect(formatEpochDay(nthWeekdayOfMonth(2024, 1, 1, 3))).toBe('2024-01-15');
    expect(formatEpochDay(nthWeekdayOfMonth(2024, 5, 1, -1))).toBe('2024-05-27');
    expect(formatEpochDay(nthWeekdayOfMonth(2024, 11, 4, 4))).toBe('2024-11-28');
  });

  it('parses YYYY-MM-DD and names impossible dates', () => {
    expect(parseCalendarDay('2024-02-29')).toBe(epochDayOf(2024, 2, 29));
    expect(() => parseCalendarDay('2023-02-29')).toThrow('calendar day "2023-02-29" does not exist');
    expect(() => parseCalendarDay('2024-2-29')).toThrow('calendar day "2024-2-29" is not in the form YYYY-MM-DD');
  });
});
