import { z } from 'zod';
import type { EarningsReport } from '../market-inputs.js';
import { abstain, vote, type AgentDefinition } from '../agent.js';
import { itemsUpTo } from '../market-inputs.js';
import { symbolAbstention } from '../symbol-abstention.js';
import { formatPercent } from '../risk/format-percent.js';

const DAY = 86_400_000;

const configSchema = z
  .strictObject({
    /** Post-announcement drift lasts about 60 trading days; older reports are ignored. */
    maxAgeDays: z.number().gt(0).default(90),
    halfLifeDays: z.number().gt(0).default(30),
    /** EPS surprise (fraction of |estimate|) needed for a vote. */
    threshold: z.number().gt(0).default(0.05),
    /** Smallest |EPS estimate| used as the denominator, so a 0.01 estimate does not make a 300 % surprise. */
    minEstimate: z.number().gt(0).default(0.05),
  })
  .refine((c) => c.halfLifeDays <= c.maxAgeDays, { message: 'halfLifeDays must not exceed maxAgeDays', path: ['halfLifeDays'] });

/** Config of {@link earningsSurpriseAgent}. */
export type EarningsSurpriseConfig = z.infer<typeof configSchema>;

/** EPS surprise as a fraction of |estimate| (floored at `minEstimate`). */
export function epsSurprise(report: EarningsReport, minEstimate: number): number {
  return (report.epsActual - report.epsEstimate) / Math.max(Math.abs(report.epsEstimate), minEstimate);
}

/**
 * Earnings surprise, TREND-FOLLOWING: prices drift in the direction of an earnings surprise for
 * about 60 trading days (post-earnings-announcement drift; Bernard & Thomas, "Post-Earnings-
 * Announcement Drift: Delayed Price Response or Risk Premium?", Journal of Accounting Research 27,
 * 1989). Reads the latest report published up to the bar: BUY on a beat of at least `threshold`,
 * SELL on such a miss; confidence grows with the size of the surprise, fades with a 30-day
 * half-life, and is cut when the revenue surprise points the other way.
 */
export const earningsSurpriseAgent: AgentDefinition<EarningsSurpriseConfig> = {
  id: 'earnings-surprise',
  name: 'Earnings surprise',
  description: 'Latest EPS surprise within 90 days: BUY on a beat >= 5 %, SELL on a miss >= 5 %, fading with a 30-day half-life.',
  category: 'sentiment',
  configSchema,
  create(config) {
    const noReports = symbolAbstention((symbol) => `no earnings reports for ${symbol}`);
    return {
      features: [],
      historyNeeded: 1,
      analyze(context) {
        const all = context.inputs.earnings;
        if (!all) return noReports(context.symbol);
        const now = context.bars.time(0);
        let latest: EarningsReport | undefined;
        for (const report of itemsUpTo(all, now)) {
          if (!latest || report.time > latest.time) latest = report;
        }
        if (!latest || now - latest.time > config.maxAgeDays * DAY) {
          return abstain(`no earnings report for ${context.symbol} in the last ${config.maxAgeDays} days`);
        }
        if (!Number.isFinite(latest.epsActual) || !Number.isFinite(latest.epsEstimate)) {
          return abstain(`the latest earnings report of ${context.symbol} lacks EPS actual or estimate`);
        }
        const surprise = epsSurprise(latest, config.minEstimate);
        const ageDays = (now - latest.time) / DAY;
        const decay = Math.pow(0.5, ageDays / config.halfLifeDays);
        const { epsActual, epsEstimate, revenueActual, revenueEstimate } = latest;
        const indicators: Record<string, number> = { epsSurprise: surprise, epsActual, epsEstimate, ageDays };
        const revenueSurprise = revenueActual !== undefined && revenueEstimate !== undefined && revenueEstimate > 0 ? revenueActual / revenueEstimate - 1 : NaN;
        const hasRevenue = !Number.isNaN(revenueSurprise);
        if (hasRevenue) indicators.revenueSurprise = revenueSurprise;
        const stats = (): string =>
          `EPS of ${epsActual.toFixed(2)} vs ${epsEstimate.toFixed(2)} expected (${formatPercent(surprise, 1)})${hasRevenue ? ` and revenue ${formatPercent(revenueSurprise, 1)} vs estimate` : ''}, ` +
          `reported ${ageDays.toFixed(0)} days ago`;
        if (Math.abs(surprise) < config.threshold) {
          return vote('HOLD', 0.15, () => `${stats()}: inside ±${formatPercent(config.threshold, 0)}, HOLD.`, indicators);
        }
        const action = surprise > 0 ? 'BUY' : 'SELL';
        const revenueAgreement = !hasRevenue ? 0.85 : Math.sign(revenueSurprise) === Math.sign(surprise) ? 1 : 0.7;
        const size = Math.min(1, Math.abs(surprise) / (4 * config.threshold));
        const confidence = (0.3 + 0.7 * size) * decay * revenueAgreement;
        return vote(action, confidence, () => `${stats()}: a ${surprise > 0 ? 'beat' : 'miss'} past ±${formatPercent(config.threshold, 0)}, post-earnings drift ${action}.`, indicators);
      },
    };
  },
};
