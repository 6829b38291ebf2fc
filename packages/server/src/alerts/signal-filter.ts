import type { SignalAction, VoteStatus } from '@goldensignals/engine';
import type { SignalCondition } from './alert-condition.js';
import type { AlertSignal } from './alert-event-data.js';

/** What the agent filters need of a vote. */
export interface RuleVote {
  readonly agent: string;
  readonly action: SignalAction | null;
  readonly status: VoteStatus;
}

/** True when the rule filters on agents, so the signal's votes must be read (the bus carries signals without them). */
export function needsVotes(condition: SignalCondition): boolean {
  return (condition.agents?.length ?? 0) > 0 || condition.minAgreeingAgents !== undefined;
}

/** The filters on the signal itself: action, confidence, consensus strength, risk level and timeframe. */
export function signalPassesFilters(condition: SignalCondition, signal: AlertSignal): boolean {
  return (
    condition.actions.includes(signal.action) &&
    signal.confidence >= condition.minConfidence &&
    signal.consensusStrength >= condition.minConsensusStrength &&
    condition.riskLevels.includes(signal.riskLevel) &&
    condition.timeframes.includes(signal.timeframe)
  );
}

/**
 * The filters on the votes: every agent the rule names voted the signal's action (an abstention or exclusion is
 * not agreement), and at least `minAgreeingAgents` agents did.
 */
export function votesAgree(condition: SignalCondition, action: SignalAction, votes: readonly RuleVote[]): boolean {
  const agreeing = new Set(votes.filter((vote) => vote.status === 'voted' && vote.action === action).map((vote) => vote.agent));
  if (condition.agents !== undefined && !condition.agents.every((agent) => agreeing.has(agent))) return false;
  return condition.minAgreeingAgents === undefined || agreeing.size >= condition.minAgreeingAgents;
}
