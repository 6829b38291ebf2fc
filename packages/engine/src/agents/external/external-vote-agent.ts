import { z } from 'zod';
import { formatPrice } from '../../signal/format-price.js';
import type { BarHistory } from '../../series/bar-history.js';
import { TIMEFRAME_MS } from '../../series/timeframe.js';
import { abstain, vote, type AgentDefinition } from '../agent.js';
import { itemsUpTo } from '../market-inputs.js';
import { symbolAbstention } from '../symbol-abstention.js';
import type { ExternalVote } from './external-vote.js';

const configSchema = z.strictObject({});

/** Config of {@link externalVoteAgent} (none: what to vote comes with each alert). */
export type ExternalVoteAgentConfig = z.infer<typeof configSchema>;

/** Bars read to say how many bars ago a vote arrived: the server keeps votes for 2 bars, so 3 bars cover every live one. */
const HISTORY_NEEDED = 3;

/**
 * How many bars opened after `time` (0: it arrived during the current bar). Counted over the bars themselves, so
 * nights and weekends are no bars; a vote older than the history kept is placed by the clock.
 */
function barsSince(bars: BarHistory, time: number, stepMs: number): number {
  let ago = 0;
  while (ago < bars.length && bars.time(ago) > time) ago++;
  return ago < bars.length ? ago : Math.max(ago, Math.ceil((bars.time(0) - time) / stepMs));
}

/** `on this bar`, `1 bar ago`, `3 bars ago`. */
function whenText(barsAgo: number): string {
  if (barsAgo === 0) return 'on this bar';
  return `${barsAgo} bar${barsAgo === 1 ? '' : 's'} ago`;
}

/** The newest vote among `known` that still counts at `now`. */
function newestLive(known: readonly ExternalVote[], now: number): ExternalVote | undefined {
  let newest: ExternalVote | undefined;
  for (const candidate of known) {
    if (candidate.expiresAt > now && (newest === undefined || candidate.time >= newest.time)) newest = candidate;
  }
  return newest;
}

/** The newest of `known`, expired or not. */
function newestOf(known: readonly ExternalVote[]): ExternalVote | undefined {
  let newest: ExternalVote | undefined;
  for (const candidate of known) if (newest === undefined || candidate.time >= newest.time) newest = candidate;
  return newest;
}

/**
 * TradingView alerts as a voter: the newest unexpired alert that reached the server for the symbol and timeframe by
 * the current bar's close votes its action with its own confidence. The bar's close, not its open, is the cut: a
 * signal is made once its bar has closed, so an alert that arrived during the bar (TradingView's "once per bar
 * close" alerts arrive right at it) was known then and is no look-ahead; one arriving later counts from the next bar.
 * Abstains when no alert is live.
 */
export const externalVoteAgent: AgentDefinition<ExternalVoteAgentConfig> = {
  id: 'tradingview',
  name: 'TradingView alerts',
  category: 'external',
  description:
    "The newest unexpired TradingView alert sent to this install's webhook for the symbol and timeframe: votes its BUY, SELL or HOLD with the alert's confidence; abstains when none is live.",
  configSchema,
  create() {
    const noAlerts = symbolAbstention((symbol) => `no TradingView alerts for ${symbol}`);
    return {
      features: [],
      historyNeeded: HISTORY_NEEDED,
      analyze(context) {
        const all = context.inputs.externalVotes;
        if (!all) return noAlerts(context.symbol);
        const stepMs = TIMEFRAME_MS[context.timeframe];
        const barClose = context.bars.time(0) + stepMs;
        const known = itemsUpTo(all, barClose);
        const live = newestLive(known, barClose);
        if (live === undefined) {
          const last = newestOf(known);
          if (last === undefined) return abstain(`no TradingView alert for ${context.symbol} ${context.timeframe} has arrived yet`);
          const lastAgo = barsSince(context.bars, last.time, stepMs);
          return abstain(`no unexpired TradingView alert for ${context.symbol} ${context.timeframe}: the last one (${last.action}) arrived ${whenText(lastAgo)} and has expired`);
        }
        const barsAgo = barsSince(context.bars, live.time, stepMs);
        const { action, confidence, price, strategy } = live;
        const indicators: Record<string, number> = { alertConfidence: confidence, barsAgo };
        if (price !== undefined && Number.isFinite(price)) indicators.alertPrice = price;
        const named = strategy === undefined || strategy === '' ? 'TradingView alert' : `TradingView alert '${strategy}'`;
        const at = price === undefined || !Number.isFinite(price) ? '' : ` at ${formatPrice(price)}`;
        return vote(action, confidence, () => `${named} said ${action}${at} ${whenText(barsAgo)}, confidence ${confidence.toFixed(2)}.`, indicators);
      },
    };
  },
};
