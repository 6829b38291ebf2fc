import type { SignalAction } from '../agents/agent.js';

/**
 * Actions as small integers, so the tracker can keep pending votes in typed arrays instead of
 * allocating per bar: the code is the direction of the position (+1 long, −1 short, 0 flat).
 */
export const ACTION_CODE = Object.freeze({ BUY: 1, SELL: -1, HOLD: 0 } as const);

/** "No vote" (abstained, excluded, or not run) in an action-code array. */
export const NO_VOTE = 2;

/** The code of an action. */
export function actionCode(action: SignalAction): number {
  return action === 'BUY' ? 1 : action === 'SELL' ? -1 : 0;
}
