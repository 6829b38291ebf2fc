import type { SignalAction } from '../agents/agent.js';
import type { AgentRunResult } from './agent-run-result.js';
import { DEFAULT_CONSENSUS_OPTIONS, type ConsensusOptions } from './consensus-options.js';
import type { ConsensusAbsence, ConsensusParticipant, ConsensusResult, HoldReason } from './consensus-result.js';
import { faultToleranceBound } from './fault-tolerance.js';
import { requiredVoters } from './quorum.js';

/** Absorbs the rounding of weight sums so that e.g. 20 of 30 equal votes meet τ = 2/3 exactly. */
const SHARE_TOLERANCE = 1e-12;

/**
 * The rule of {@link weightedConsensus} on its totals: BUY or SELL when that side wins, otherwise why
 * the answer is HOLD. `buy`, `sell` and `hold` are effective weights; `tried` counts voters and excluded agents.
 */
export function consensusDecision(buy: number, sell: number, hold: number, voters: number, tried: number, options: ConsensusOptions): 'BUY' | 'SELL' | HoldReason {
  if (voters < requiredVoters(options, tried)) return 'no-quorum';
  const total = buy + sell + hold;
  if (!(total > 0)) return 'no-weight';
  const floor = options.threshold - SHARE_TOLERANCE;
  if (buy / total >= floor) return 'BUY';
  if (sell / total >= floor) return 'SELL';
  return hold / total >= floor ? 'hold-majority' : 'no-supermajority';
}

/** The weight of voter `i`, checked to be finite and >= 0 (the error names the agent). */
export function checkedWeight(weights: ArrayLike<number>, i: number, agent: string): number {
  const weight = weights[i];
  if (!(weight >= 0) || weight === Infinity) throw new RangeError(`weights[${i}] (${agent}) must be a finite number >= 0, got ${weight}`);
  return weight;
}

/**
 * Weighted supermajority over the agents' results. A vote adds its effective weight, accuracy weight
 * × confidence, to its side (so a lukewarm HOLD dilutes little). BUY (or SELL) wins when its share of
 * the participating effective weight is at least `threshold` τ and the quorum is met; otherwise HOLD.
 * Abstentions and exclusions are listed with their reasons and carry no weight.
 *
 * Fault tolerance (also in the output's `faultTolerance`): faulty agents holding < τ of the
 * participating effective weight can never force a BUY/SELL on their own, and a unanimous honest side
 * still wins while the faulty share is ≤ 1 − τ; for τ = 2/3 and equal weights, f ≤ n/3 faulty agents
 * out of n. Excluded agents lose all their weight, so only the quorum limits how many of them are survived.
 *
 * `weights[i]` is the accuracy weight of `results[i]` (finite, ≥ 0).
 */
export function weightedConsensus(
  results: readonly AgentRunResult[],
  weights: ArrayLike<number>,
  options: ConsensusOptions = DEFAULT_CONSENSUS_OPTIONS,
): ConsensusResult {
  if (weights.length !== results.length) {
    throw new RangeError(`weights has ${weights.length} values for ${results.length} results`);
  }
  const participants: ConsensusParticipant[] = [];
  const abstained: ConsensusAbsence[] = [];
  const excluded: ConsensusAbsence[] = [];
  let buy = 0;
  let sell = 0;
  let hold = 0;
  let buyers = 0;
  let sellers = 0;
  let holders = 0;
  let accuracyWeight = 0;
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    const { vote } = result;
    if (result.status !== 'voted' || vote === undefined) {
      const absence = { agent: result.agent, reason: result.reason ?? 'no reason given' };
      if (result.status === 'excluded') excluded.push(absence);
      else abstained.push(absence);
      continue;
    }
    const weight = checkedWeight(weights, i, result.agent);
    const effectiveWeight = weight * vote.confidence;
    accuracyWeight += weight;
    if (vote.action === 'BUY') {
      buy += effectiveWeight;
      buyers++;
    } else if (vote.action === 'SELL') {
      sell += effectiveWeight;
      sellers++;
    } else {
      hold += effectiveWeight;
      holders++;
    }
    participants.push({ agent: result.agent, action: vote.action, confidence: vote.confidence, weight, effectiveWeight });
  }

  const voters = participants.length;
  const tried = voters + excluded.length;
  const required = requiredVoters(options, tried);
  const met = voters >= required;
  const total = buy + sell + hold;
  const buyShare = total > 0 ? buy / total : 0;
  const sellShare = total > 0 ? sell / total : 0;
  const holdShare = total > 0 ? hold / total : 0;
  const meanConviction = accuracyWeight > 0 ? total / accuracyWeight : 0;
  const decision = consensusDecision(buy, sell, hold, voters, tried, options);
  const action: SignalAction = decision === 'BUY' || decision === 'SELL' ? decision : 'HOLD';
  const holdReason: HoldReason | null = decision === 'BUY' || decision === 'SELL' ? null : decision;

  const consensusStrength = action === 'BUY' ? buyShare : action === 'SELL' ? sellShare : total > 0 ? 1 - Math.max(buyShare, sellShare) : 0;
  return {
    action,
    consensusStrength,
    confidence: consensusStrength * meanConviction,
    meanConviction,
    holdReason,
    weights: { BUY: buy, SELL: sell, HOLD: hold },
    shares: { BUY: buyShare, SELL: sellShare, HOLD: holdShare },
    counts: { BUY: buyers, SELL: sellers, HOLD: holders },
    quorum: { voters, abstained: abstained.length, excluded: excluded.length, required, met },
    participants,
    abstained,
    excluded,
    faultTolerance: faultToleranceBound(options, tried),
  };
}
