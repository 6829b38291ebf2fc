import type { OptionsChain } from '../../options/options-chain.js';
import { TIMEFRAME_MS } from '../../series/timeframe.js';
import { abstain, type Abstain, type AgentContext } from '../agent.js';
import { symbolAbstention } from '../symbol-abstention.js';

/** Chains are commonly snapshotted every 15-30 minutes, so even 1m bars accept one this old. */
const MIN_MAX_AGE_MS = 30 * 60_000;

const noChain = symbolAbstention((symbol) => `no options chain for ${symbol}`);

/** A chain usable at the current bar. */
export interface UsableOptionsChain {
  readonly kind: 'chain';
  readonly chain: OptionsChain;
}

/**
 * The options chain of the current bar, or an abstention saying why there is none to use: absent,
 * for another symbol, dated after the current bar closed (agents analyse closed bars, so a snapshot
 * up to the close is known; a later one would be look-ahead), or older than `maxAgeBars` bar lengths
 * (at least 30 minutes) at the close.
 */
export function readOptionsChain(context: AgentContext, maxAgeBars: number): UsableOptionsChain | Abstain {
  const chain = context.inputs.optionsChain;
  if (!chain) return noChain(context.symbol);
  if (chain.underlying.toUpperCase() !== context.symbol.toUpperCase()) {
    return abstain(`the options chain is for ${chain.underlying}, not ${context.symbol}`);
  }
  const barMs = TIMEFRAME_MS[context.timeframe];
  const barClose = context.bars.time(0) + barMs;
  if (chain.asOf > barClose) {
    return abstain(`the options chain for ${context.symbol} is dated ${new Date(chain.asOf).toISOString()}, after the current bar closed`);
  }
  const age = barClose - chain.asOf;
  const maxAge = Math.max(MIN_MAX_AGE_MS, maxAgeBars * barMs);
  if (age > maxAge) {
    return abstain(`the options chain for ${context.symbol} is stale: ${formatDuration(age)} old at the bar close, limit ${formatDuration(maxAge)}`);
  }
  if (chain.contracts.length === 0) return abstain(`the options chain for ${context.symbol} has no contracts`);
  return { kind: 'chain', chain };
}

function formatDuration(ms: number): string {
  const hours = ms / 3_600_000;
  return hours >= 48 ? `${(hours / 24).toFixed(1)} days` : `${hours.toFixed(1)} hours`;
}
