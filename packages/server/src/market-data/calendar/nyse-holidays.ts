import { epochDayOf, nthWeekdayOfMonth, parseCalendarDay, weekdayOfEpochDay } from './calendar-day.js';
import { easterSunday } from './easter-sunday.js';

const MONDAY = 1;
const THURSDAY = 4;
const FRIDAY = 5;
const SATURDAY = 6;
const SUNDAY = 0;

/**
 * Unscheduled full-day NYSE closures since 1990 (days of mourning, storms, 9/11). These cannot be
 * computed by rule; the exchange announces them days ahead, and this table must be extended then.
 */
const SPECIAL_CLOSURES: ReadonlyArray<readonly [string, string]> = [
  ['1994-04-27', 'National Day of Mourning (President Nixon)'],
  ['2001-09-11', 'September 11 attacks'],
  ['2001-09-12', 'September 11 attacks'],
  ['2001-09-13', 'September 11 attacks'],
  ['2001-09-14', 'September 11 attacks'],
  ['2004-06-11', 'National Day of Mourning (President Reagan)'],
  ['2007-01-02', 'National Day of Mourning (President Ford)'],
  ['2012-10-29', 'Hurricane Sandy'],
  ['2012-10-30', 'Hurricane Sandy'],
  ['2018-12-05', 'National Day of Mourning (President George H. W. Bush)'],
  ['2025-01-09', 'National Day of Mourning (President Carter)'],
];

const holidayCache = new Map<number, ReadonlyMap<number, string>>();
const earlyCloseCache = new Map<number, ReadonlyMap<number, string>>();

/**
 * Federal-style observance as NYSE Rule 7.2 applies it: a holiday on Saturday is observed on Friday,
 * on Sunday on Monday. New Year's Day is the exception the caller handles: a Saturday New Year is not
 * observed on the Friday before, because that Friday closes the previous year's books.
 */
function observed(day: number): { day: number; shifted: boolean } {
  const weekday = weekdayOfEpochDay(day);
  if (weekday === SATURDAY) return { day: day - 1, shifted: true };
  if (weekday === SUNDAY) return { day: day + 1, shifted: true };
  return { day, shifted: false };
}

/**
 * NYSE full-day closures of a year: epoch day → name. New Year's Day, Martin Luther King Jr. Day
 * (from 1998), Washington's Birthday, Good Friday, Memorial Day, Juneteenth (from 2022), Independence
 * Day, Labor Day, Thanksgiving and Christmas by rule, plus the known unscheduled closures.
 */
export function nyseHolidays(year: number): ReadonlyMap<number, string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const holidays = new Map<number, string>();
  const addObserved = (day: number, name: string): void => {
    const { day: observedDay, shifted } = observed(day);
    holidays.set(observedDay, shifted ? `${name} (observed)` : name);
  };
  const newYear = epochDayOf(year, 1, 1);
  if (weekdayOfEpochDay(newYear) === SUNDAY) holidays.set(newYear + 1, "New Year's Day (observed)");
  else if (weekdayOfEpochDay(newYear) !== SATURDAY) holidays.set(newYear, "New Year's Day");
  if (year >= 1998) holidays.set(nthWeekdayOfMonth(year, 1, MONDAY, 3), 'Martin Luther King Jr. Day');
  holidays.set(nthWeekdayOfMonth(year, 2, MONDAY, 3), "Washington's Birthday");
  holidays.set(easterSunday(year) - 2, 'Good Friday');
  holidays.set(nthWeekdayOfMonth(year, 5, MONDAY, -1), 'Memorial Day');
  if (year >= 2022) addObserved(epochDayOf(year, 6, 19), 'Juneteenth National Independence Day');
  addObserved(epochDayOf(year, 7, 4), 'Independence Day');
  holidays.set(nthWeekdayOfMonth(year, 9, MONDAY, 1), 'Labor Day');
  holidays.set(nthWeekdayOfMonth(year, 11, THURSDAY, 4), 'Thanksgiving Day');
  addObserved(epochDayOf(year, 12, 25), 'Christmas Day');
  for (const [date, name] of SPECIAL_CLOSURES) {
    if (date.startsWith(`${year}-`)) holidays.set(parseCalendarDay(date), name);
  }
  holidayCache.set(year, holidays);
  return holidays;
}

/**
 * NYSE 13:00 early closes of a year: epoch day → reason. July 3 when it is a Monday to Thursday
 * (a Friday July 3 is the observed Independence Day), the day after Thanksgiving, and December 24
 * when it is a Monday to Thursday (a Friday December 24 is the observed Christmas).
 */
export function nyseEarlyCloses(year: number): ReadonlyMap<number, string> {
  const cached = earlyCloseCache.get(year);
  if (cached) return cached;
  const earlyCloses = new Map<number, string>();
  const holidays = nyseHolidays(year);
  const addIfMondayToThursday = (day: number, reason: string): void => {
    const weekday = weekdayOfEpochDay(day);
    if (weekday >= MONDAY && weekday <= THURSDAY && !holidays.has(day)) earlyCloses.set(day, reason);
  };
  addIfMondayToThursday(epochDayOf(year, 7, 3), 'Day before Independence Day');
  const dayAfterThanksgiving = nthWeekdayOfMonth(year, 11, THURSDAY, 4) + 1;
  if (weekdayOfEpochDay(dayAfterThanksgiving) === FRIDAY) earlyCloses.set(dayAfterThanksgiving, 'Day after Thanksgiving');
  addIfMondayToThursday(epochDayOf(year, 12, 24), 'Christmas Eve');
  earlyCloseCache.set(year, earlyCloses);
  return earlyCloses;
}
