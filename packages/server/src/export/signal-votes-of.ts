import type { SignalVote } from '@goldensignals/engine';
import { asc, inArray } from 'drizzle-orm';
import type { Queryable } from '../storage/database.js';
import { toSignalVote } from '../storage/repositories/signal-row.js';
import { signalVotes } from '../storage/schema/signal-votes.js';

/**
 * The votes of many signals in one query (registry order), by signal id: exports and feeds show who voted for each
 * signal of a page without a query per signal. A signal without stored votes maps to an empty list.
 */
export async function signalVotesOf(db: Queryable, signalIds: readonly string[]): Promise<Map<string, SignalVote[]>> {
  const bySignal = new Map<string, SignalVote[]>(signalIds.map((id) => [id, []]));
  if (signalIds.length === 0) return bySignal;
  const rows = await db
    .select()
    .from(signalVotes)
    .where(inArray(signalVotes.signalId, [...signalIds]))
    .orderBy(asc(signalVotes.signalId), asc(signalVotes.ordinal));
  for (const row of rows) bySignal.get(row.signalId)?.push(toSignalVote(row));
  return bySignal;
}

/** The agents that voted the signal's own action (abstentions and excluded votes do not count), in registry order. */
export function agentsForAction(action: SignalVote['action'], votes: readonly SignalVote[]): string[] {
  return votes.filter((vote) => vote.status === 'voted' && vote.action === action).map((vote) => vote.agent);
}
