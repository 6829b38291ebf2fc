import { TIMEFRAMES, SYMBOL_CLASSES, type AgentCategory, type RiskLevel, type SignalAction, type VoteStatus } from '@goldensignals/engine';

// Records keyed by the engine's union types: adding a member there fails to compile here until the
// CHECK constraints (and a migration) follow.
const ACTIONS: Record<SignalAction, true> = { BUY: true, SELL: true, HOLD: true };
const RISKS: Record<RiskLevel, true> = { low: true, medium: true, high: true };
const CATEGORIES: Record<AgentCategory, true> = { technical: true, risk: true, options: true, sentiment: true, ml: true, external: true };
const STATUSES: Record<VoteStatus, true> = { voted: true, abstained: true, excluded: true };

/** Signal actions as stored. */
export const SIGNAL_ACTIONS = Object.keys(ACTIONS) as SignalAction[];
/** Risk levels as stored. */
export const RISK_LEVELS = Object.keys(RISKS) as RiskLevel[];
/** Agent categories as stored. */
export const AGENT_CATEGORIES = Object.keys(CATEGORIES) as AgentCategory[];
/** Vote statuses as stored. */
export const VOTE_STATUSES = Object.keys(STATUSES) as VoteStatus[];
/** Timeframes as stored. */
export const STORED_TIMEFRAMES: readonly string[] = TIMEFRAMES;
/** Symbol classes as stored. */
export const STORED_SYMBOL_CLASSES: readonly string[] = SYMBOL_CLASSES;
