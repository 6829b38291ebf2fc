import { describe, expect, it } from 'vitest';
import type { ConsensusResult } from '../consensus/consensus-result.js';
import { consensusOptions } from '../consensus/consensus-options.js';
import { faultToleranceBound } from '../consensus/fault-tolerance.js';
import type { TradeRisk } from '../risk/assess-risk.js';
import { formatPrice } from './format-price.js';
import { signalSummary } from './signal-summary.js';

function consensus(overrides: Partial<ConsensusResult>): ConsensusResult {
  return {
    action: 'BUY',
    consensusStrength: 0.74,
    confidence: 0.68,
    meanConviction: 0.92,
    holdReason: null,
    weights: { BUY: 14.8, SELL: 3, HOLD: 2.2 },
    shares: { BUY: 0.74, SELL: 0.15, HOLD: 0.11 },
    counts: { BUY: 21, SELL: 5, HOLD: 4 },
    quorum: { voters: 30, abstained: 4, excluded: 1, required: 16, met: true },
    participants: [],
    abstained: [],
    excluded: [],
    faultTolerance: faultToleranceBound(consensusOptions(), 31),
    ...overrides,
  };
}

const risk: TradeRisk = {
  stopLoss: 181.4,
  takeProfit: 198.8,
  stopDistance: 5.8,
  rewardRisk: 2,
  riskLevel: 'medium',
  volatilityLevel: 'medium',
  volatilityPercentile: 0.5,
  winRate: 0.55,
  payoff: 2,
  payoffSource: 'reward-risk',
  kelly: 0.325,
  sizeMultiplier: 1,
  positionSize: 0.085,
  sizeLimit: 'max-risk-per-trade',
};
const noTrade: TradeRisk = { ...risk, stopLoss: null, takeProfit: null, positionSize: 0, sizeLimit: 'hold' };

describe('signalSummary', () => {
  it('writes the trade with its numbers (the example of the issue)', () => {
    expect(signalSummary({ symbol: 'AAPL', price: 187.2, consensus: consensus({}), risk })).toBe(
      'BUY AAPL at 187.20: 21 of 30 voting agents agree (strength 0.74, confidence 0.68); stop 181.40, target 198.80 (2.0R); risk medium; size 8.5% of equity; 4 abstained, 1 excluded.',
    );
  });

  it('says why it holds: no supermajority, with the shares', () => {
    const c = consensus({ action: 'HOLD', holdReason: 'no-supermajority', consensusStrength: 0.45, confidence: 0.4, shares: { BUY: 0.55, SELL: 0.2, HOLD: 0.25 } });
    expect(signalSummary({ symbol: 'AAPL', price: 187.2, consensus: c, risk: noTrade })).toBe(
      'HOLD AAPL at 187.20: no side reached 67% of the voting weight (BUY 55%, SELL 20%, HOLD 25% among 30 voting agents; strength 0.45, confidence 0.40); risk medium; no position; 4 abstained, 1 excluded.',
    );
  });

  it('says why it holds: no quorum', () => {
    const c = consensus({ action: 'HOLD', holdReason: 'no-quorum', quorum: { voters: 2, abstained: 3, excluded: 3, required: 3, met: false } });
    expect(signalSummary({ symbol: 'EURUSD=X', price: 1.08451, consensus: c, risk: noTrade })).toBe(
      'HOLD EURUSD=X at 1.0845: no quorum: 2 of 5 agents voted and 3 are needed; risk medium; no position; 3 abstained, 3 excluded.',
    );
  });

  it('says when a trade has no stop or no edge', () => {
    expect(signalSummary({ symbol: 'BTC-USD', price: 64_000, consensus: consensus({}), risk: { ...risk, stopLoss: null, takeProfit: null, positionSize: 0, sizeLimit: 'no-stop' } })).toBe(
      'BUY BTC-USD at 64000.00: 21 of 30 voting agents agree (strength 0.74, confidence 0.68); no stop yet (ATR still warming up); risk medium; no position; 4 abstained, 1 excluded.',
    );
    expect(signalSummary({ symbol: 'AAPL', price: 187.2, consensus: consensus({}), risk: { ...risk, positionSize: 0, sizeLimit: 'no-edge' } })).toMatch(/\(2\.0R\); risk medium; no position \(no measured edge\);/);
  });
});

describe('formatPrice', () => {
  it('uses 2 decimals from 10 up, 4 between 1 and 10, about 4 significant digits below 1', () => {
    expect([187.2, 93.941, 64000, 1.08451, 0.4512, 0.00012345, 0].map(formatPrice)).toEqual(['187.20', '93.94', '64000.00', '1.0845', '0.45120', '0.00012345', '0.0000']);
  });
});
