import { describe, expect, it } from 'vitest';
import { formatEpochDay } from './calendar-day.js';
import { easterSunday } from './easter-sunday.js';
import { nyseEarlyCloses, nyseHolidays } from './nyse-holidays.js';

function dates(map: ReadonlyMap<number, string>): string[] {
  return [...map.keys()].sort((a, b) => a - b).map(formatEpochDay);
}

describe('NYSE holidays', () => {
  it('lists the ten 2024 holidays NYSE published', () => {
    expect(dates(nyseHolidays(2024))).toEqual([
      '2024-01-01', '2024-01-15', '2024-02-19', '2024-03-29', '2024-05-27',
      '2024-06-19', '2024-07-04', '2024-09-02', '2024-11-28', '2024-12-25',
    ]);
  });

  it('lists the 2025 holidays plus the January 9 day of mourning for President Carter', () => {
    const holidays = nyseHolidays(2025);
    expect(dates(holidays)).toEqual([
      '2025-01-01', '2025-01-09', '2025-01-20', '2025-02-17', '2025-04-18', '2025-05-26',
      '2025-06-19', '2025-07-04', '2025-09-01', '2025-11-27', '2025-12-25',
    ]);
    expect([...holidays.values()]).toContain('Good Friday');
  });

  it('observes a Saturday Christmas on Friday but keeps the Friday before a Saturday New Year open', () => {
    expect(dates(nyseHolidays(2021))).toContain('2021-12-24');
    expect([...nyseHolidays(2021).values()]).toContain('Christmas Day (observed)');
    const holidays2022 = dates(nyseHolidays(2022));
    expect(dates(nyseHolidays(2021))).not.toContain('2021-12-31');
    expect(holidays2022).not.toContain('2021-12-31');
    expect(holidays2022.some((date) => date.startsWith('2022-01-0'))).toBe(false);
    expect(holidays2022).toContain('2022-06-20');
    expect(holidays2022).toContain('2022-12-26');
  });

  it('observes a Sunday New Year on Monday and has no Juneteenth before 2022', () => {
    expect(dates(nyseHolidays(2023))).toContain('2023-01-02');
    expect(dates(nyseHolidays(2021)).filter((date) => date.startsWith('2021-06'))).toEqual([]);
  });

  it('closes early on the day before Independence Day, the day after Thanksgiving and Christmas Eve', () => {
    expect(dates(nyseEarlyCloses(2024))).toEqual(['2024-07-03', '2024-11-29', '2024-12-24']);
    expect(dates(nyseEarlyCloses(2025))).toEqual(['2025-07-03', '2025-11-28', '2025-12-24']);
    // 2023: July 3 was a Monday; Christmas Eve a Sunday.
    expect(dates(nyseEarlyCloses(2023))).toEqual(['2023-07-03', '2023-11-24']);
    // 2020: July 4 was a Saturday, so July 3 was the holiday and July 2 a full day.
    expect(dates(nyseEarlyCloses(2020))).toEqual(['2020-11-27', '2020-12-24']);
    expect(dates(nyseHolidays(2020))).toContain('2020-07-03');
  });

  it('computes Easter Sunday by the Gregorian computus', () => {
    const easters = [2008, 2019, 2024, 2025, 2038].map((year) => formatEpochDay(easterSunday(year)));
    expect(easters).toEqual(['2008-03-23', '2019-04-21', '2024-03-31', '2025-04-20', '2038-04-25']);
  });
});
