/** Market calendars: asset classes, NYSE/crypto/FX sessions, holidays, market status and bar boundaries. */
export * from './asset-class.js';
export * from './bar-slot.js';
export * from './calendar-day.js';
export * from './easter-sunday.js';
export * from './market-calendar.js';
export * from './market-calendars.js';
export * from './market-status.js';
export * from './nyse-holidays.js';
export * from './session-rules.js';
export * from './trading-session.js';
export * from './zone-clock.js';
