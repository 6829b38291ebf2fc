import type { SignalAction } from '../agents/agent.js';
import type { AgentRunResult } from './agent-run-result.js';
import { DEFAULT_CONSENSUS_OPTIONS, type ConsensusOptions } from './consensus-options.js';
import { checkedWeight, consensusDecision } from './weighted-consensus.js';

/**
 * Just the action {@link weightedConsensus} would answer, from the same sums and the same rule but
 * without building its report (participants, absences, shares): what a learning replay records on
 * every scored bar. Throws like `weightedConsensus` for weights that do not fit the results.
 */
export function consensusAction(results: readonly AgentRunResult[], weights: ArrayLike<number>, options: ConsensusOptions = DEFAULT_CONSENSUS_OPTIONS): SignalAction {
  if (weights.length !== results.length) {
    throw new RangeError(`weights has ${weights.length} values for ${results.length} results`);
  }
  let buy = 0;
  let sell = 0;
  let hold = 0;
  let voters = 0;
  let excluded = 0;
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    const { vote } = result;
    if (result.status !== 'voted' || vote === undefined) {
      if (result.status === 'excluded') excluded++;
      continue;
    }
    const effectiveWeight = checkedWeight(weights, i, result.agent) * vote.confidence;
    if (vote.action === 'BUY') buy += effectiveWeight;
    else if (vote.action === 'SELL') sell += effectiveWeight;
    else hold += effectiveWeight;
    voters++;
  }
  const decision = consensusDecision(buy, sell, hold, voters, voters + excluded, options);
  return decision === 'BUY' || decision === 'SELL' ? decision : 'HOLD';
}
