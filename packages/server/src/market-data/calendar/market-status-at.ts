import type { MarketCalendar } from './market-calendar.js';
import type { MarketState, MarketStatus } from './market-status.js';
import type { SessionRules } from './session-rules.js';
import type { TradingSession } from './trading-session.js';

/** FX runs five sessions back to back; a run never holds more than a week of sessions. */
const LONGEST_RUN = 7;

/** The close of the last session in the back-to-back run that starts with `session`. */
function runClose(calendar: MarketCalendar, session: TradingSession): number {
  let current = session;
  for (let i = 0; i < LONGEST_RUN; i++) {
    const next = calendar.nextSessionAfter(current.open);
    if (next.open !== current.close) break;
    current = next;
  }
  return current.close;
}

/** The first session after `time` that starts a new run, i.e. does not continue the session before it. */
function nextRunStart(calendar: MarketCalendar, time: number): TradingSession {
  let candidate = calendar.nextSessionAfter(time);
  for (let i = 0; i < LONGEST_RUN; i++) {
    const previous = calendar.previousSessionBefore(candidate.open);
    if (previous.close !== candidate.open) return candidate;
    candidate = calendar.nextSessionAfter(candidate.open);
  }
  return candidate;
}

/** Where `calendar`'s market stands at `now`; see {@link MarketStatus} for the meaning of each field. */
export function marketStatusAt(calendar: MarketCalendar, rules: SessionRules, now: number): MarketStatus {
  const base = { market: rules.market, assetClass: rules.assetClass, time: now };
  if (rules.alwaysOpen) return { ...base, state: 'open', holiday: null, earlyClose: false, nextOpen: null, nextClose: null };
  const today = rules.localDayOf(now);
  const todaySession = calendar.sessionOnDay(today);
  const holiday = todaySession ? null : rules.holidayOnDay(today);
  const session = calendar.sessionAt(now);
  let state: MarketState = 'closed';
  if (session) state = now < session.open ? 'pre' : now < session.close ? 'open' : 'post';
  const upcoming = nextRunStart(calendar, now);
  const nextClose = state === 'open' && session ? runClose(calendar, session) : runClose(calendar, upcoming);
  return { ...base, state, holiday, earlyClose: todaySession?.earlyClose ?? false, nextOpen: upcoming.open, nextClose };
}
