import { z } from 'zod';
import { putCallRatios } from '../../options/put-call-ratio.js';
import { abstain, vote, type AgentDefinition } from '../agent.js';
import { readOptionsChain } from './read-options-chain.js';

const configSchema = z
  .strictObject({
    maxAgeBars: z.number().min(0).default(1.5),
    /** Contracts traded across the chain below which the ratio is noise. */
    minTotalVolume: z.number().min(0).default(1000),
    /** Put/call volume ratio from which puts dominate (fear). */
    fearRatio: z.number().gt(0).default(1),
    /** Put/call volume ratio below which calls dominate (complacency). */
    complacencyRatio: z.number().gt(0).default(0.5),
    /** 'contrarian' fades the crowd (classic sentiment reading); 'informed' follows the flow. */
    reading: z.enum(['contrarian', 'informed']).default('contrarian'),
  })
  .refine((c) => c.complacencyRatio < c.fearRatio, { message: 'complacencyRatio must be below fearRatio', path: ['complacencyRatio'] });

/** Config of {@link putCallRatioAgent}. */
export type PutCallRatioConfig = z.infer<typeof configSchema>;

/**
 * Put/call volume ratio of the chain, confirmed by the open-interest ratio. Default reading is
 * CONTRARIAN, the classic sentiment convention (L. G. McMillan, "Options as a Strategic Investment",
 * on put-call ratios as contrarian indicators): heavy put buying (ratio >= fearRatio) marks fear
 * near bottoms -> BUY; heavy call buying (ratio <= complacencyRatio) marks complacency -> SELL.
 * `reading: 'informed'` follows the flow instead, after Pan & Poteshman (2006, Review of Financial
 * Studies 19(3)), who found high put/call volume predicts LOWER returns for individual stocks.
 * Confidence grows with the log distance past the threshold (full at twice/half it) and is cut by a
 * quarter when the open-interest ratio disagrees (is on the other side of the thresholds' geometric mean).
 */
export const putCallRatioAgent: AgentDefinition<PutCallRatioConfig> = {
  id: 'put-call-ratio',
  name: 'Put/call ratio',
  category: 'options',
  description: 'Put/call volume and open-interest ratios: contrarian BUY when puts dominate (ratio >= 1.0), SELL when calls dominate (<= 0.5).',
  configSchema,
  create(config) {
    const neutral = Math.sqrt(config.fearRatio * config.complacencyRatio);
    return {
      features: [],
      historyNeeded: 1,
      analyze(context) {
        const input = readOptionsChain(context, config.maxAgeBars);
        if (input.kind === 'abstain') return input;
        const r = putCallRatios(input.chain);
        const total = r.putVolume + r.callVolume;
        if (total < config.minTotalVolume) {
          return abstain(`the options chain for ${context.symbol} traded ${total} contracts, below the ${config.minTotalVolume} minimum`);
        }
        const { volumeRatio: ratio, openInterestRatio, putVolume, callVolume } = r;
        const indicators: Record<string, number> = { putVolume, callVolume };
        if (Number.isFinite(ratio)) indicators.volumeRatio = ratio;
        if (Number.isFinite(openInterestRatio)) indicators.openInterestRatio = openInterestRatio;
        const stats = (): string =>
          `Put/call volume ratio is ${Number.isFinite(ratio) ? ratio.toFixed(2) : 'unbounded'} (${putVolume} puts / ${callVolume} calls) with open-interest ratio ${Number.isFinite(openInterestRatio) ? openInterestRatio.toFixed(2) : 'undefined'}`;
        const fear = ratio >= config.fearRatio;
        const complacency = ratio <= config.complacencyRatio;
        if (!fear && !complacency) {
          return vote('HOLD', 0.15, () => `${stats()}, between the ${config.complacencyRatio.toFixed(2)} and ${config.fearRatio.toFixed(2)} levels: HOLD.`, indicators);
        }
        const distance = fear ? Math.log(ratio / config.fearRatio) : Math.log(config.complacencyRatio / ratio);
        const strength = Math.min(1, distance / Math.LN2);
        const oiConfirms = fear ? openInterestRatio > neutral : openInterestRatio < neutral;
        const confidence = (0.3 + 0.6 * strength) * (oiConfirms ? 1 : 0.75);
        const followsFlow = config.reading === 'informed';
        const action = fear !== followsFlow ? 'BUY' : 'SELL';
        return vote(
          action,
          confidence,
          () =>
            `${stats()}, ${fear ? `above the ${config.fearRatio.toFixed(2)} fear level` : `below the ${config.complacencyRatio.toFixed(2)} complacency level`} and ` +
            `${oiConfirms ? 'open interest agrees' : 'open interest does not agree'}: ${config.reading} ${action}.`,
          indicators,
        );
      },
    };
  },
};
