import { aggregateAgents, type AgentAggregate } from './agent-aggregate.js';
import { calibrationTable, type CalibrationRow } from './calibration-table.js';
import { CONFIDENCE_BUCKETS, confidenceBucket } from './confidence-bucket.js';
import { aggregateOutcomes, type OutcomeAggregate } from './outcome-aggregate.js';
import type { SignalOutcome } from './signal-outcome.js';

/** Everything the scorecard reports about a set of followed signals. */
export interface ScorecardSummary {
  readonly overall: OutcomeAggregate;
  readonly bySymbol: Readonly<Record<string, OutcomeAggregate>>;
  readonly byTimeframe: Readonly<Record<string, OutcomeAggregate>>;
  /** By confidence bucket label (non-empty buckets only). */
  readonly byConfidence: Readonly<Record<string, OutcomeAggregate>>;
  readonly byAgent: readonly AgentAggregate[];
  readonly calibration: readonly CalibrationRow[];
}

function groupBy(outcomes: readonly SignalOutcome[], key: (outcome: SignalOutcome) => string): Record<string, OutcomeAggregate> {
  const groups = new Map<string, SignalOutcome[]>();
  for (const outcome of outcomes) {
    const k = key(outcome);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [outcome]);
    else group.push(outcome);
  }
  return Object.fromEntries([...groups].map(([k, group]) => [k, aggregateOutcomes(group)]));
}

/** Aggregates followed signals overall, by symbol, timeframe, confidence bucket and agent, with the calibration table. */
export function summarizeScorecard(outcomes: readonly SignalOutcome[]): ScorecardSummary {
  return {
    overall: aggregateOutcomes(outcomes),
    bySymbol: groupBy(outcomes, (o) => o.symbol),
    byTimeframe: groupBy(outcomes, (o) => o.timeframe),
    byConfidence: groupBy(outcomes, (o) => CONFIDENCE_BUCKETS[confidenceBucket(o.confidence)].label),
    byAgent: aggregateAgents(outcomes),
    calibration: calibrationTable(outcomes),
  };
}
