import { describe, expect, it } from 'vitest';
import { CRYPTO_CALENDAR, FX_CALENDAR, NYSE_CALENDAR } from './market-calendars.js';

const at = (iso: string): number => Date.parse(iso);
const isoList = (times: readonly number[]): string[] => times.map((time) => new Date(time).toISOString());

describe('bar slots and closes', () => {
  it('aligns equity hourly bars to 09:30 New York and ends the last one at the close', () => {
    const day = NYSE_CALENDAR.barSlots('1h', at('2024-06-12T00:00:00Z'), at('2024-06-13T00:00:00Z'));
    expect(isoList(day.map((slot) => slot.time))).toEqual([
      '2024-06-12T13:30:00.000Z', '2024-06-12T14:30:00.000Z', '2024-06-12T15:30:00.000Z', '2024-06-12T16:30:00.000Z',
      '2024-06-12T17:30:00.000Z', '2024-06-12T18:30:00.000Z', '2024-06-12T19:30:00.000Z',
    ]);
    expect(new Date(day[6].close).toISOString()).toBe('2024-06-12T20:00:00.000Z');
    const fourHours = NYSE_CALENDAR.barCloses('4h', at('2024-06-12T00:00:00Z'), at('2024-06-13T00:00:00Z'));
    expect(isoList(fourHours)).toEqual(['2024-06-12T17:30:00.000Z', '2024-06-12T20:00:00.000Z']);
  });

  it('cuts the hourly bars of the 2024-07-03 early close at 13:00', () => {
    const closes = NYSE_CALENDAR.barCloses('1h', at('2024-07-03T00:00:00Z'), at('2024-07-04T00:00:00Z'));
    expect(isoList(closes)).toEqual(['2024-07-03T14:30:00.000Z', '2024-07-03T15:30:00.000Z', '2024-07-03T16:30:00.000Z', '2024-07-03T17:00:00.000Z']);
  });

  it('labels daily bars by trading date at 00:00 UTC and closes them at the session close, skipping holidays', () => {
    const slots = NYSE_CALENDAR.barSlots('1d', at('2024-03-25T00:00:00Z'), at('2024-04-02T00:00:00Z'));
    expect(isoList(slots.map((slot) => slot.time)).map((time) => time.slice(0, 10))).toEqual(['2024-03-25', '2024-03-26', '2024-03-27', '2024-03-28', '2024-04-01']);
    expect(new Date(slots[3].close).toISOString()).toBe('2024-03-28T20:00:00.000Z');
    const closes = NYSE_CALENDAR.barCloses('1d', at('2024-03-28T20:00:00Z'), at('2024-04-01T20:00:00Z'));
    expect(isoList(closes)).toEqual(['2024-04-01T20:00:00.000Z']);
  });

  it('closes the Good Friday week on Thursday and labels it with Monday', () => {
    const [week] = NYSE_CALENDAR.barSlots('1w', at('2024-03-25T00:00:00Z'), at('2024-03-26T00:00:00Z'));
    expect(isoList([week.time, week.open, week.close])).toEqual(['2024-03-25T00:00:00.000Z', '2024-03-25T13:30:00.000Z', '2024-03-28T20:00:00.000Z']);
  });

  it('aligns crypto bars to UTC multiples of the timeframe around the clock', () => {
    const closes = CRYPTO_CALENDAR.barCloses('4h', at('2024-03-30T01:00:00Z'), at('2024-03-31T00:00:00Z'));
    expect(isoList(closes).map((time) => time.slice(11, 16))).toEqual(['04:00', '08:00', '12:00', '16:00', '20:00', '00:00']);
  });

  it('aligns FX 4h bars to the 17:00 New York rollover', () => {
    const slots = FX_CALENDAR.barSlots('4h', at('2024-06-10T21:00:00Z'), at('2024-06-11T21:00:00Z'));
    expect(isoList(slots.map((slot) => slot.time)).map((time) => time.slice(11, 16))).toEqual(['21:00', '01:00', '05:00', '09:00', '13:00', '17:00']);
  });

  it('finds the last closed bar across a holiday weekend and inside a session', () => {
    expect(new Date(NYSE_CALENDAR.lastClosedBarStart('1d', at('2024-03-29T16:00:00Z'))).toISOString()).toBe('2024-03-28T00:00:00.000Z');
    expect(new Date(NYSE_CALENDAR.lastClosedBarStart('1h', at('2024-04-01T14:15:00Z'))).toISOString()).toBe('2024-03-28T19:30:00.000Z');
    expect(new Date(NYSE_CALENDAR.lastClosedBarStart('1h', at('2024-04-01T15:00:00Z'))).toISOString()).toBe('2024-04-01T13:30:00.000Z');
    expect(new Date(CRYPTO_CALENDAR.lastClosedBarStart('1h', at('2024-03-30T10:45:00Z'))).toISOString()).toBe('2024-03-30T09:00:00.000Z');
  });

  it('finds the next bar to close from a weekend', () => {
    const slot = NYSE_CALENDAR.nextBarSlot('15m', at('2024-03-30T12:00:00Z'));
    expect(isoList([slot.time, slot.close])).toEqual(['2024-04-01T13:30:00.000Z', '2024-04-01T13:45:00.000Z']);
  });

  it('rejects a range whose start is after its end', () => {
    expect(() => NYSE_CALENDAR.barSlots('1h', 2, 1)).toThrow('from (1970-01-01T00:00:00.002Z) is after to (1970-01-01T00:00:00.001Z)');
    expect(() => NYSE_CALENDAR.status(Number.NaN)).toThrow('now must be a finite epoch-ms time, got NaN');
  });
});
