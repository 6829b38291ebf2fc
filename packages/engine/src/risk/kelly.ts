/**
 * Kelly fraction of equity for a bet won with probability `winRate` that pays `payoff` times the
 * stake lost: p − (1 − p) / b. Zero or negative means there is no edge and no bet.
 */
export function kellyCriterion(winRate: number, payoff: number): number {
  return winRate - (1 - winRate) / payoff;
}
