import type { AgentRunResult } from '../consensus/agent-run-result.js';
import type { AgentRegistry } from '../agents/agent-registry.js';
import type { AccuracyOptions } from '../accuracy/accuracy-options.js';
import type { AccuracyTracker } from '../accuracy/accuracy-tracker.js';
import type { ConsensusOptions } from '../consensus/consensus-options.js';
import type { RiskOptions } from '../risk/risk-options.js';

/** Options of the {@link SignalEngine}; every one has a working default. */
export interface SignalEngineOptions {
  /** Where agents come from; default `createDefaultAgentRegistry()`. */
  readonly registry?: AgentRegistry;
  /** Ids of the agents to run (default: all registered); they run, and appear in signals, in registry order. */
  readonly agents?: readonly string[];
  /** Config per agent id, validated by the agent's strict schema; defaults fill the rest. */
  readonly agentConfigs?: Readonly<Record<string, unknown>>;
  readonly consensus?: Partial<ConsensusOptions>;
  readonly risk?: Partial<RiskOptions>;
  /** Options of a new tracker; not allowed together with `tracker`. */
  readonly accuracy?: Partial<AccuracyOptions>;
  /** A tracker to use (e.g. restored with `AccuracyTracker.fromJSON`, or shared between engines). */
  readonly tracker?: AccuracyTracker;
  /** Bars after the signal bar at which it expires; default the tracker's horizon. */
  readonly expiryBars?: number;
  /** Per-agent time limit in ms; default Infinity so that replays and backtests stay deterministic. */
  readonly timeoutMs?: number;
  /**
   * Clock for timing agents. Default: `Date.now` when `timeoutMs` is finite; otherwise agents are not
   * timed (their `elapsedMs` is NaN), which saves two clock reads per agent per bar.
   */
  readonly now?: () => number;
  /** Record every signal's votes for scoring (`update`); default true. */
  readonly learn?: boolean;
  /**
   * Told every agent result of every signal the engine computes (not of learning-only replay bars),
   * e.g. for per-agent latency and error metrics. Pass `now` too for timings (`elapsedMs` is NaN without).
   */
  readonly onAgentResults?: (results: readonly AgentRunResult[]) => void;
}
