import { describe, expect, it } from 'vitest';
import { CRYPTO_CALENDAR, FX_CALENDAR, NYSE_CALENDAR, calendarForSymbol } from './market-calendars.js';

const at = (iso: string): number => Date.parse(iso);
const iso = (time: number | null): string | null => (time === null ? null : new Date(time).toISOString());

describe('NYSE sessions', () => {
  it('opens at 09:30 and closes at 16:00 New York across the March and November DST switches', () => {
    const friday = NYSE_CALENDAR.sessionOn('2024-03-08');
    const monday = NYSE_CALENDAR.sessionOn('2024-03-11');
    expect([iso(friday?.open ?? null), iso(friday?.close ?? null)]).toEqual(['2024-03-08T14:30:00.000Z', '2024-03-08T21:00:00.000Z']);
    expect([iso(monday?.open ?? null), iso(monday?.close ?? null)]).toEqual(['2024-03-11T13:30:00.000Z', '2024-03-11T20:00:00.000Z']);
    expect(iso(NYSE_CALENDAR.sessionOn('2024-11-01')?.open ?? null)).toBe('2024-11-01T13:30:00.000Z');
    expect(iso(NYSE_CALENDAR.sessionOn('2024-11-04')?.open ?? null)).toBe('2024-11-04T14:30:00.000Z');
    expect(NYSE_CALENDAR.isTradingDay('2024-03-10')).toBe(false);
    expect(NYSE_CALENDAR.isTradingDay('2024-11-03')).toBe(false);
  });

  it('has pre-market from 04:00 and post-market until 20:00, or until 17:00 after a 13:00 early close', () => {
    const normal = NYSE_CALENDAR.sessionOn('2024-11-27');
    expect([iso(normal?.extendedOpen ?? null), iso(normal?.extendedClose ?? null)]).toEqual(['2024-11-27T09:00:00.000Z', '2024-11-28T01:00:00.000Z']);
    const early = NYSE_CALENDAR.sessionOn('2024-11-29');
    expect(early?.earlyClose).toBe(true);
    expect([iso(early?.close ?? null), iso(early?.extendedClose ?? null)]).toEqual(['2024-11-29T18:00:00.000Z', '2024-11-29T22:00:00.000Z']);
  });

  it('is closed on holidays and trades on 2021-12-31 before the Saturday New Year', () => {
    expect(NYSE_CALENDAR.isTradingDay('2024-03-29')).toBe(false);
    expect(NYSE_CALENDAR.holidayOn('2024-03-29')).toBe('Good Friday');
    expect(NYSE_CALENDAR.isTradingDay('2021-12-24')).toBe(false);
    expect(NYSE_CALENDAR.isTradingDay('2021-12-31')).toBe(true);
    expect(NYSE_CALENDAR.holidayOn('2024-03-30')).toBeNull();
  });

  it('names a malformed or impossible trading date', () => {
    expect(() => NYSE_CALENDAR.sessionOn('2024-02-30')).toThrow('calendar day "2024-02-30" does not exist');
    expect(() => NYSE_CALENDAR.isTradingDay('29/03/2024')).toThrow('calendar day "29/03/2024" is not in the form YYYY-MM-DD');
  });
});

describe('NYSE status', () => {
  it('moves from pre-market to open to post-market to closed during a day', () => {
    const states = ['08:00', '09:30', '15:59', '16:00', '19:59', '20:00'].map(
      (time) => NYSE_CALENDAR.status(at(`2024-06-12T${time}:00-04:00`)).state,
    );
    expect(states).toEqual(['pre', 'open', 'open', 'post', 'post', 'closed']);
    const open = NYSE_CALENDAR.status(at('2024-06-12T11:00:00-04:00'));
    expect([iso(open.nextOpen), iso(open.nextClose)]).toEqual(['2024-06-13T13:30:00.000Z', '2024-06-12T20:00:00.000Z']);
  });

  it('reports Good Friday 2024 as a holiday and the next open on Monday', () => {
    const status = NYSE_CALENDAR.status(at('2024-03-29T12:00:00-04:00'));
    expect(status).toMatchObject({ market: 'NYSE', state: 'closed', holiday: 'Good Friday', earlyClose: false });
    expect([iso(status.nextOpen), iso(status.nextClose)]).toEqual(['2024-04-01T13:30:00.000Z', '2024-04-01T20:00:00.000Z']);
  });

  it('reports the early close of 2024-11-29 and post-market after 13:00', () => {
    const morning = NYSE_CALENDAR.status(at('2024-11-29T10:00:00-05:00'));
    expect(morning).toMatchObject({ state: 'open', earlyClose: true, holiday: null });
    expect(iso(morning.nextClose)).toBe('2024-11-29T18:00:00.000Z');
    expect(NYSE_CALENDAR.status(at('2024-11-29T13:30:00-05:00')).state).toBe('post');
  });

  it('is closed on the Sunday of the DST switch and opens Monday at 09:30 daylight time', () => {
    const status = NYSE_CALENDAR.status(at('2024-03-10T12:00:00-04:00'));
    expect(status).toMatchObject({ state: 'closed', holiday: null });
    expect(iso(status.nextOpen)).toBe('2024-03-11T13:30:00.000Z');
  });
});

describe('crypto and FX calendars', () => {
  it('keeps crypto open around the clock with no open or close to report', () => {
    expect(calendarForSymbol('BTC-USD')).toBe(CRYPTO_CALENDAR);
    expect(CRYPTO_CALENDAR.status(at('2024-12-25T03:00:00Z'))).toEqual({
      market: 'CRYPTO', assetClass: 'crypto', time: at('2024-12-25T03:00:00Z'), state: 'open', holiday: null, earlyClose: false, nextOpen: null, nextClose: null,
    });
    expect(CRYPTO_CALENDAR.isTradingDay('2024-03-30')).toBe(true);
  });

  it('trades FX from Sunday 17:00 to Friday 17:00 New York', () => {
    expect(calendarForSymbol('EURUSD=X')).toBe(FX_CALENDAR);
    const monday = FX_CALENDAR.sessionOn('2024-06-10');
    expect([iso(monday?.open ?? null), iso(monday?.close ?? null)]).toEqual(['2024-06-09T21:00:00.000Z', '2024-06-10T21:00:00.000Z']);
    expect(FX_CALENDAR.isTradingDay('2024-06-08')).toBe(false);
    const saturday = FX_CALENDAR.status(at('2024-06-08T12:00:00Z'));
    expect(saturday.state).toBe('closed');
    expect([iso(saturday.nextOpen), iso(saturday.nextClose)]).toEqual(['2024-06-09T21:00:00.000Z', '2024-06-14T21:00:00.000Z']);
    const wednesday = FX_CALENDAR.status(at('2024-06-12T22:00:00Z'));
    expect(wednesday.state).toBe('open');
    expect([iso(wednesday.nextOpen), iso(wednesday.nextClose)]).toEqual(['2024-06-16T21:00:00.000Z', '2024-06-14T21:00:00.000Z']);
    expect(FX_CALENDAR.tradingDateOf(at('2024-06-12T22:00:00Z'))).toBe('2024-06-13');
  });
});
