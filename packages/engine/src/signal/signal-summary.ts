import type { ConsensusResult } from '../consensus/consensus-result.js';
import type { TradeRisk } from '../risk/assess-risk.js';
import { formatPrice } from './format-price.js';

/** The parts of a consensus result the summary reads (a signal keeps just these until its summary is written). */
export type SummaryConsensus = Pick<ConsensusResult, 'action' | 'consensusStrength' | 'confidence' | 'holdReason' | 'shares' | 'counts' | 'quorum' | 'faultTolerance'>;

/** What the summary is written from. */
export interface SignalSummaryInput {
  readonly symbol: string;
  readonly price: number;
  readonly consensus: SummaryConsensus;
  readonly risk: TradeRisk;
}

const percent = (share: number): string => `${(share * 100).toFixed(0)}%`;

/** The sentence after the colon: why the consensus decided as it did. */
function decision(c: SummaryConsensus): string {
  const { voters, required } = c.quorum;
  const tried = voters + c.quorum.excluded;
  const numbers = `strength ${c.consensusStrength.toFixed(2)}, confidence ${c.confidence.toFixed(2)}`;
  switch (c.holdReason) {
    case null:
      return `${c.counts[c.action]} of ${voters} voting agents agree (${numbers})`;
    case 'no-quorum':
      return `no quorum: ${voters} of ${tried} agents voted and ${required} are needed`;
    case 'no-weight':
      return `the ${voters} voting agents carry no weight yet`;
    case 'hold-majority':
      return `${c.counts.HOLD} of ${voters} voting agents say HOLD (${numbers})`;
    case 'no-supermajority':
      return `no side reached ${percent(c.faultTolerance.threshold)} of the voting weight (BUY ${percent(c.shares.BUY)}, SELL ${percent(c.shares.SELL)}, HOLD ${percent(c.shares.HOLD)} among ${voters} voting agents; ${numbers})`;
  }
}

/** The trade part: stops, risk level and size, or why there is no position. */
function trade(risk: TradeRisk): string {
  const stops =
    risk.stopLoss !== null && risk.takeProfit !== null
      ? `stop ${formatPrice(risk.stopLoss)}, target ${formatPrice(risk.takeProfit)} (${risk.rewardRisk.toFixed(1)}R); `
      : risk.sizeLimit === 'no-stop'
        ? 'no stop yet (ATR still warming up); '
        : '';
  const size =
    risk.positionSize > 0
      ? `size ${(risk.positionSize * 100).toFixed(1)}% of equity`
      : risk.sizeLimit === 'no-edge'
        ? 'no position (no measured edge)'
        : 'no position';
  return `${stops}risk ${risk.riskLevel}; ${size}`;
}

/**
 * The signal's one-paragraph summary with its numbers, e.g. "BUY AAPL at 187.20: 21 of 30 voting
 * agents agree (strength 0.74, confidence 0.68); stop 181.40, target 198.80 (2.0R); risk medium;
 * size 8.5% of equity; 4 abstained, 1 excluded."
 */
export function signalSummary({ symbol, price, consensus, risk }: SignalSummaryInput): string {
  const { abstained, excluded } = consensus.quorum;
  return `${consensus.action} ${symbol} at ${formatPrice(price)}: ${decision(consensus)}; ${trade(risk)}; ${abstained} abstained, ${excluded} excluded.`;
}
