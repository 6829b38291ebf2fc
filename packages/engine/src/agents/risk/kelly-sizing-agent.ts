import { z } from 'zod';
import { kellyCriterion } from '../../risk/kelly.js';
import { abstain, vote, type AgentDefinition, type RiskLevel } from '../agent.js';
import { symbolAbstention } from '../symbol-abstention.js';
import { formatPercent } from './format-percent.js';
import { holdingReturnDistributionFeature } from './holding-return-distribution.js';

const configSchema = z
  .strictObject({
    /** Holding period of the naive trade, in bars. */
    horizon: z.number().int().min(1).max(60).default(5),
    window: z.number().int().min(20).max(2520).default(250),
    /** Fraction of full Kelly to bet (0.5 = half Kelly, the usual guard against estimation error). */
    kellyFraction: z.number().gt(0).max(1).default(0.5),
    /** Cap on the fractional Kelly bet. */
    maxFraction: z.number().gt(0).max(1).default(0.2),
    /** Capped fraction from which the agent votes for that side. */
    minFraction: z.number().min(0).max(1).default(0.05),
    minSizeMultiplier: z.number().min(0).max(1).default(0.25),
  })
  .refine((c) => c.minFraction < c.maxFraction, { message: 'minFraction must be below maxFraction', path: ['minFraction'] });

/** Config of {@link kellySizingAgent}. */
export type KellySizingConfig = z.infer<typeof configSchema>;

/** Kelly f* from a win rate and mean win/loss sizes: -1 without wins, p without losses (payoff unbounded). */
export function kellyFromWinsAndLosses(winRate: number, averageWin: number, averageLoss: number): number {
  if (!(averageWin > 0)) return -1;
  if (!(averageLoss > 0)) return winRate;
  return kellyCriterion(winRate, averageWin / averageLoss);
}

/**
 * Capped fractional Kelly from the symbol's own history: the win rate p and payoff b (mean win /
 * mean loss) of a naive long held `horizon` bars, entered on every bar of the window, give
 * f* = p - (1 - p) / b (Kelly 1956, in the trading form W - (1 - W) / R); a naive short has win rate
 * 1 - p and payoff 1 / b. The better side's f* × kellyFraction, capped at maxFraction, is the bet.
 * It votes for that side when the bet reaches minFraction, else HOLD. Its size multiplier is that
 * bet relative to the cap (floored at minSizeMultiplier, so a driftless symbol does not veto every
 * trade); the risk level is low when the bet is at least half the cap, medium otherwise.
 */
export const kellySizingAgent: AgentDefinition<KellySizingConfig> = {
  id: 'kelly-sizing',
  name: 'Kelly sizing',
  category: 'risk',
  description: 'Half-Kelly bet from the win rate and payoff of 5-bar holds over 250 bars, capped at 20 %: sizes the position and votes for the side with an edge.',
  configSchema,
  create(config) {
    const feature = holdingReturnDistributionFeature(config.horizon, config.window);
    const warming = symbolAbstention((symbol) => `${feature.key} needs ${config.horizon + config.window} bars of ${symbol}; still warming up`);
    return {
      features: [feature],
      historyNeeded: 1,
      analyze(context) {
        const d = context.features.get(feature);
        if (!d) return warming(context.symbol);
        if (d.count < config.window / 2) return abstain(`only ${d.count} of ${config.window} ${config.horizon}-bar returns were non-zero`);
        const longKelly = kellyFromWinsAndLosses(d.winRate, d.averageWin, d.averageLoss);
        const shortKelly = kellyFromWinsAndLosses(1 - d.winRate, d.averageLoss, d.averageWin);
        const long = longKelly >= shortKelly;
        const fullKelly = long ? longKelly : shortKelly;
        const bet = Math.min(config.maxFraction, Math.max(0, fullKelly * config.kellyFraction));
        const sizeMultiplier = Math.max(config.minSizeMultiplier, bet / config.maxFraction);
        const level: RiskLevel = bet >= config.maxFraction / 2 ? 'low' : 'medium';
        const { winRate, averageWin, averageLoss, count } = d;
        const payoff = averageLoss > 0 ? averageWin / averageLoss : Infinity;
        const indicators: Record<string, number> = {
          winRate,
          averageWin,
          averageLoss,
          longKelly,
          shortKelly,
          bet,
          sizeMultiplier,
        };
        if (Number.isFinite(payoff)) indicators.payoffRatio = payoff;
        const stats = (): string =>
          `A naive ${config.horizon}-bar long won ${formatPercent(winRate, 1)} of ${count} trades with payoff ${Number.isFinite(payoff) ? payoff.toFixed(2) : 'unbounded'} ` +
          `(avg win ${formatPercent(averageWin)}, avg loss ${formatPercent(averageLoss)}), so full Kelly is ${formatPercent(longKelly, 1)} long / ${formatPercent(shortKelly, 1)} short; ` +
          `${formatPercent(config.kellyFraction, 0)} Kelly capped at ${formatPercent(config.maxFraction, 0)} bets ${formatPercent(bet, 1)} ${long ? 'long' : 'short'}`;
        if (bet >= config.minFraction) {
          const action = long ? 'BUY' : 'SELL';
          return vote(action, bet / config.maxFraction, () => `${stats()}: ${action}, size × ${sizeMultiplier.toFixed(2)}.`, indicators, { level, sizeMultiplier });
        }
        return vote('HOLD', 0.15, () => `${stats()}, below the ${formatPercent(config.minFraction, 0)} minimum: HOLD, size × ${sizeMultiplier.toFixed(2)}.`, indicators, {
          level,
          sizeMultiplier,
        });
      },
    };
  },
};
