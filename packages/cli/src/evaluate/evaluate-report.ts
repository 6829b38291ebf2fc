import { summarizeScorecard, type AgentAggregate, type CalibrationRow, type OutcomeAggregate } from '@goldensignals/engine';
import { aggregateEvaluations, EVALUATE_AGGREGATE_METHOD, type StrategyAggregate } from './aggregate-evaluations.js';
import type { EvaluatePlan } from './evaluate-plan.js';
import { evaluateVerdict } from './evaluate-verdict.js';
import { BUY_AND_HOLD_LABEL } from './evaluated-strategies.js';
import { mergeAgentAggregates } from './merge-agent-aggregates.js';
import type { SymbolEvaluation, SymbolEvaluationOutcome } from './symbol-evaluation.js';

/** Everything `evaluate` prints (the JSON shape of `--json`). */
export interface EvaluateReport {
  readonly split: string;
  readonly symbols: number;
  readonly testBars: number;
  readonly failed: readonly { readonly symbol: string; readonly error: string }[];
  readonly method: string;
  /** The two consensus variants and buy-and-hold first, then the single agents by return, best first. */
  readonly strategies: readonly StrategyAggregate[];
  readonly verdict: readonly string[];
  /** The consensus' (learned weights) test-period signals followed by the scorecard. */
  readonly scorecard: {
    readonly overall: OutcomeAggregate;
    readonly calibration: readonly CalibrationRow[];
    readonly byConfidence: Readonly<Record<string, OutcomeAggregate>>;
    readonly byAgent: readonly AgentAggregate[];
    readonly unresolved: number;
  };
}

/** Sort key: the return, with an undefined one last. */
const rank = (a: StrategyAggregate): number => (Number.isNaN(a.returnPct) ? -Infinity : a.returnPct);

function splitText(plan: EvaluatePlan): string {
  const split = plan.split;
  return split.kind === 'fraction'
    ? `first ${Math.round(split.fraction * 100)} % of each symbol's bars train, the rest test`
    : `bars before ${new Date(split.time).toISOString().slice(0, 10)} train, from it test`;
}

/** Builds the report from every symbol's outcome; throws when no symbol could be evaluated. */
export function evaluateReport(outcomes: readonly SymbolEvaluationOutcome[], plan: EvaluatePlan): EvaluateReport {
  const evaluations = outcomes.filter((o): o is SymbolEvaluation => !('error' in o));
  const failed = outcomes.filter((o): o is { symbol: string; error: string } => 'error' in o);
  if (evaluations.length === 0) throw new Error(`no symbol could be evaluated${failed.length > 0 ? `: ${failed[0].symbol}: ${failed[0].error}` : ''}`);
  const aggregates = aggregateEvaluations(evaluations, plan.strategies.map((s) => s.label), BUY_AND_HOLD_LABEL);
  const head = aggregates.filter((a) => !a.label.startsWith('agent:'));
  const agents = aggregates.filter((a) => a.label.startsWith('agent:')).sort((a, b) => rank(b) - rank(a));
  const summary = summarizeScorecard(evaluations.flatMap((e) => e.outcomes));
  return {
    split: splitText(plan),
    symbols: evaluations.length,
    testBars: evaluations.reduce((sum, e) => sum + e.testBars, 0),
    failed,
    method: EVALUATE_AGGREGATE_METHOD,
    strategies: [...head, ...agents],
    verdict: evaluateVerdict(aggregates, evaluations),
    scorecard: {
      overall: summary.overall,
      calibration: summary.calibration,
      byConfidence: summary.byConfidence,
      byAgent: mergeAgentAggregates(evaluations.map((e) => e.agents)),
      unresolved: evaluations.reduce((sum, e) => sum + e.unresolved, 0),
    },
  };
}
