import type { StrategyAggregate } from './aggregate-evaluations.js';
import { BUY_AND_HOLD_LABEL, CONSENSUS_LABEL, EQUAL_WEIGHT_LABEL } from './evaluated-strategies.js';
import type { SymbolEvaluation } from './symbol-evaluation.js';

const pct = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(2)} %`;
const num = (value: number): string => (Number.isNaN(value) ? 'NaN' : value.toFixed(2));

/**
 * The answer to "does the weighting help?" in plain words, from the test periods only: the learned
 * consensus against the equal-weight vote (mean return and Sharpe, and on how many symbols it
 * returned more), the best single agent and buy-and-hold. Says what it finds, whichever way it goes.
 */
export function evaluateVerdict(aggregates: readonly StrategyAggregate[], evaluations: readonly SymbolEvaluation[]): string[] {
  const find = (label: string): StrategyAggregate | undefined => aggregates.find((a) => a.label === label);
  const learned = find(CONSENSUS_LABEL);
  const equal = find(EQUAL_WEIGHT_LABEL);
  const hold = find(BUY_AND_HOLD_LABEL);
  const lines: string[] = [];
  if (learned !== undefined && equal !== undefined) {
    const li = aggregates.indexOf(learned);
    const ei = aggregates.indexOf(equal);
    const more = evaluations.filter((e) => e.tests[li].returnPct > e.tests[ei].returnPct).length;
    const better = learned.returnPct > equal.returnPct && learned.sharpe > equal.sharpe;
    const worse = learned.returnPct < equal.returnPct && learned.sharpe < equal.sharpe;
    const judgement = better ? 'HELPED' : worse ? 'HURT' : 'made NO CLEAR DIFFERENCE (return and Sharpe disagree)';
    lines.push(
      `Out of sample, the accuracy weighting ${judgement}: learned weights ${pct(learned.returnPct)} (Sharpe ${num(learned.sharpe)}) ` +
        `vs equal weights ${pct(equal.returnPct)} (Sharpe ${num(equal.sharpe)}); learned beat equal on ${more} of ${evaluations.length} symbols.`,
    );
  }
  const agents = aggregates.filter((a) => a.label.startsWith('agent:') && Number.isFinite(a.returnPct));
  if (agents.length > 0) {
    const best = agents.reduce((top, a) => (a.returnPct > top.returnPct ? a : top));
    lines.push(`Best single agent out of sample: ${best.label} ${pct(best.returnPct)} (Sharpe ${num(best.sharpe)}).`);
  }
  if (learned !== undefined && hold !== undefined) {
    const verb = learned.returnPct > hold.returnPct ? 'beat' : 'did NOT beat';
    lines.push(
      `The consensus ${verb} buy-and-hold (${pct(hold.returnPct)}, Sharpe ${num(hold.sharpe)}) on average; it beat it on ${learned.beatBuyAndHold} of ${evaluations.length} symbols.`,
    );
  }
  return lines;
}
