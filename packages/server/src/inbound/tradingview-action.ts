import type { SignalAction } from '@goldensignals/engine';

const ACTIONS: Readonly<Record<string, SignalAction>> = {
  buy: 'BUY',
  long: 'BUY',
  sell: 'SELL',
  short: 'SELL',
  hold: 'HOLD',
  flat: 'HOLD',
  exit: 'HOLD',
  close: 'HOLD',
};

/** The words accepted as an action, for messages. */
export const ACCEPTED_ACTIONS = 'buy, long, sell, short, hold, flat, exit or close';

/**
 * The vote an alert's action word casts, case-insensitively: buy/long BUY, sell/short SELL, and hold/flat/exit/close
 * HOLD (leaving a position is no opinion on direction); `undefined` for anything else.
 */
export function actionOfAlert(word: string): SignalAction | undefined {
  const key = word.trim().toLowerCase();
  return Object.hasOwn(ACTIONS, key) ? ACTIONS[key] : undefined;
}
