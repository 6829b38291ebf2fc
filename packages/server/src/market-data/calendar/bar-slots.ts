import { bucketStart, TIMEFRAME_MS, type Timeframe } from '@goldensignals/engine';
import { DAY_MS } from './calendar-day.js';
import type { BarSlot } from './bar-slot.js';
import type { TradingSession } from './trading-session.js';

const WEEK_MS = 7 * DAY_MS;

/** What slot enumeration needs from a calendar. */
export interface SessionLookup {
  sessionOnDay(epochDay: number): TradingSession | null;
  /** Sessions whose regular hours overlap [from, to), ascending. */
  sessionsBetween(from: number, to: number): TradingSession[];
}

/**
 * The bar slots of `timeframe` whose `time` lies in [from, to), ascending. Intraday bars are aligned
 * to each session's open and the last one of a session ends at its close; daily bars are one per
 * session; weekly bars gather the sessions of a Monday-to-Sunday week (by trading date).
 */
export function barSlotsStartingIn(lookup: SessionLookup, timeframe: Timeframe, from: number, to: number): BarSlot[] {
  if (timeframe === '1d') return dailySlots(lookup, from, to);
  if (timeframe === '1w') return weeklySlots(lookup, from, to);
  const step = TIMEFRAME_MS[timeframe];
  const slots: BarSlot[] = [];
  for (const session of lookup.sessionsBetween(from, to)) {
    const first = Math.max(0, Math.ceil((from - session.open) / step));
    const end = Math.min(session.close, to);
    for (let start = session.open + first * step; start < end; start += step) {
      slots.push({ time: start, open: start, close: Math.min(start + step, session.close) });
    }
  }
  return slots;
}

function dailySlots(lookup: SessionLookup, from: number, to: number): BarSlot[] {
  const slots: BarSlot[] = [];
  for (let day = Math.ceil(from / DAY_MS); day * DAY_MS < to; day++) {
    const session = lookup.sessionOnDay(day);
    if (session) slots.push({ time: day * DAY_MS, open: session.open, close: session.close });
  }
  return slots;
}

function weeklySlots(lookup: SessionLookup, from: number, to: number): BarSlot[] {
  const slots: BarSlot[] = [];
  let monday = bucketStart(from, '1w');
  if (monday < from) monday += WEEK_MS;
  for (; monday < to; monday += WEEK_MS) {
    let first: TradingSession | null = null;
    let last: TradingSession | null = null;
    for (let day = monday / DAY_MS; day < monday / DAY_MS + 7; day++) {
      const session = lookup.sessionOnDay(day);
      if (!session) continue;
      first ??= session;
      last = session;
    }
    if (first && last) slots.push({ time: monday, open: first.open, close: last.close });
  }
  return slots;
}

/** How far before its close a bar of `timeframe` can start (its label included), used to size searches. */
export function longestSlotSpan(timeframe: Timeframe): number {
  if (timeframe === '1w') return WEEK_MS + DAY_MS;
  if (timeframe === '1d') return 2 * DAY_MS;
  return TIMEFRAME_MS[timeframe];
}
