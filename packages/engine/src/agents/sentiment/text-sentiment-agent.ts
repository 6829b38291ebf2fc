import { z } from 'zod';
import type { ScoredText } from '../../sentiment/text-item.js';
import { abstain, vote, type AgentDefinition } from '../agent.js';
import { itemsUpTo } from '../market-inputs.js';
import { symbolAbstention } from '../symbol-abstention.js';
import { decayedSentiment } from './decayed-sentiment.js';
import { formatSigned } from './format-signed.js';

const HOUR = 3_600_000;

/** Config of an agent built by {@link createTextSentimentAgent}. */
export interface TextSentimentConfig {
  readonly halfLifeHours: number;
  readonly maxAgeHours: number;
  readonly minItems: number;
  readonly buyThreshold: number;
  readonly sellThreshold: number;
}

/** What differs between the news, social and earnings-call agents. */
export interface TextSentimentSpec {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly input: 'news' | 'social' | 'earningsCalls';
  /** Plural noun for reasons and reasoning ("news items", "social posts"). */
  readonly noun: string;
  readonly defaults: TextSentimentConfig;
  /** Extra weight per item, e.g. from a post's engagement. */
  readonly weight?: (item: ScoredText) => number;
}

/**
 * Builds a trend-following text-sentiment agent: the time-decayed, confidence-weighted mean
 * polarity of the scored texts published up to the current bar. BUY at or above `buyThreshold`,
 * SELL at or below `sellThreshold`, else HOLD; abstains without the input or with fewer than
 * `minItems` items inside `maxAgeHours`. Confidence grows with the distance past the threshold and
 * with the effective number of items behind the mean.
 */
export function createTextSentimentAgent(spec: TextSentimentSpec): AgentDefinition<TextSentimentConfig> {
  const d = spec.defaults;
  const configSchema = z
    .strictObject({
      halfLifeHours: z.number().gt(0).default(d.halfLifeHours),
      maxAgeHours: z.number().gt(0).default(d.maxAgeHours),
      minItems: z.number().int().min(1).default(d.minItems),
      buyThreshold: z.number().gt(0).lt(1).default(d.buyThreshold),
      sellThreshold: z.number().gt(-1).lt(0).default(d.sellThreshold),
    })
    .refine((c) => c.halfLifeHours <= c.maxAgeHours, { message: 'halfLifeHours must not exceed maxAgeHours', path: ['halfLifeHours'] });
  return {
    id: spec.id,
    name: spec.name,
    category: 'sentiment',
    description: spec.description,
    configSchema,
    create(config) {
      const noItems = symbolAbstention((symbol) => `no ${spec.noun} for ${symbol}`);
      return {
        features: [],
        historyNeeded: 1,
        analyze(context) {
          const all = context.inputs[spec.input];
          if (!all) return noItems(context.symbol);
          const now = context.bars.time(0);
          const visible = itemsUpTo(all, now);
          const s = decayedSentiment(visible, now, config.halfLifeHours * HOUR, config.maxAgeHours * HOUR, spec.weight);
          if (s.count < config.minItems) {
            return abstain(`only ${s.count} ${spec.noun} for ${context.symbol} in the last ${config.maxAgeHours} h, need ${config.minItems}`);
          }
          const { score, count, effectiveCount, positive, negative } = s;
          const indicators = { sentiment: score, items: count, effectiveItems: effectiveCount, positiveItems: positive, negativeItems: negative };
          const stats = (): string =>
            `${count} ${spec.noun} in the last ${config.maxAgeHours} h (${positive} positive, ${negative} negative; ` +
            `${effectiveCount.toFixed(1)} effective after a ${config.halfLifeHours} h half-life) average sentiment ${formatSigned(score)}`;
          const buy = score >= config.buyThreshold;
          const sell = score <= config.sellThreshold;
          if (!buy && !sell) {
            return vote('HOLD', 0.15, () => `${stats()}, between the ${formatSigned(config.sellThreshold)} and ${formatSigned(config.buyThreshold)} levels: HOLD.`, indicators);
          }
          const threshold = buy ? config.buyThreshold : config.sellThreshold;
          const strength = Math.min(1, (Math.abs(score) - Math.abs(threshold)) / (1 - Math.abs(threshold)));
          const evidence = effectiveCount / (effectiveCount + config.minItems);
          const confidence = (0.4 + 0.6 * strength) * (0.5 + 0.5 * evidence);
          const action = buy ? 'BUY' : 'SELL';
          return vote(action, confidence, () => `${stats()}, ${buy ? 'at or above' : 'at or below'} the ${formatSigned(threshold)} level: ${action}.`, indicators);
        },
      };
    },
  };
}
