/** Signal scorecard: every BUY/SELL signal followed to its stop, target or expiry, scored and aggregated. */
export { SignalScorecard } from './signal-scorecard.js';
export { scorecardOptions, type ScorecardOptions } from './scorecard-options.js';
export type { AgentVerdict, OutcomeKind, SignalOutcome } from './signal-outcome.js';
export { barExit, type BarExit } from './bar-exit.js';
export { CONFIDENCE_BUCKETS, confidenceBucket, type ConfidenceBucket } from './confidence-bucket.js';
export { aggregateOutcomes, type OutcomeAggregate } from './outcome-aggregate.js';
export { aggregateAgents, type AgentAggregate } from './agent-aggregate.js';
export { calibrationTable, type CalibrationRow } from './calibration-table.js';
export { summarizeScorecard, type ScorecardSummary } from './summarize-scorecard.js';
export { scoreSeriesSignals, type ScoreSeriesOptions, type SeriesScorecard } from './score-series-signals.js';
