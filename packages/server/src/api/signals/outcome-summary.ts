import type { OutcomeCount } from '../../storage/repositories/signal-repository.js';

/** How the signals of a period fared, from the scorecard's outcomes. */
export interface OutcomeSummary {
  readonly signals: number;
  readonly byAction: { readonly BUY: number; readonly SELL: number; readonly HOLD: number };
  /** BUY/SELL signals still followed (no outcome yet). */
  readonly open: number;
  readonly outcomes: { readonly target: number; readonly stop: number; readonly expired: number };
  /** Targets / (targets + stops); `null` before any of either. Expired signals are neither. */
  readonly hitRate: number | null;
  /** Mean return of the resolved signals, as a fraction; `null` before any. */
  readonly averageReturn: number | null;
}

/** JSON schema of {@link OutcomeSummary}. */
export const OUTCOME_SUMMARY_SCHEMA = {
  type: 'object',
  required: ['signals', 'byAction', 'open', 'outcomes', 'hitRate', 'averageReturn'],
  properties: {
    signals: { type: 'integer' },
    byAction: { type: 'object', properties: { BUY: { type: 'integer' }, SELL: { type: 'integer' }, HOLD: { type: 'integer' } } },
    open: { type: 'integer' },
    outcomes: { type: 'object', properties: { target: { type: 'integer' }, stop: { type: 'integer' }, expired: { type: 'integer' } } },
    hitRate: { type: ['number', 'null'] },
    averageReturn: { type: ['number', 'null'] },
  },
} as const;

/** Folds the repository's counts by action and outcome into a summary. */
export function summarizeOutcomes(counts: readonly OutcomeCount[]): OutcomeSummary {
  const byAction = { BUY: 0, SELL: 0, HOLD: 0 };
  const outcomes = { target: 0, stop: 0, expired: 0 };
  let open = 0;
  let returnSum = 0;
  let returnCount = 0;
  for (const row of counts) {
    byAction[row.action] += row.count;
    if (row.action === 'HOLD') continue;
    if (row.outcome === null) open += row.count;
    else if (row.outcome === 'target' || row.outcome === 'stop' || row.outcome === 'expired') outcomes[row.outcome] += row.count;
    if (row.outcome !== null && row.meanReturn !== null) {
      returnSum += row.meanReturn * row.count;
      returnCount += row.count;
    }
  }
  const decided = outcomes.target + outcomes.stop;
  return {
    signals: byAction.BUY + byAction.SELL + byAction.HOLD,
    byAction,
    open,
    outcomes,
    hitRate: decided === 0 ? null : outcomes.target / decided,
    averageReturn: returnCount === 0 ? null : returnSum / returnCount,
  };
}
