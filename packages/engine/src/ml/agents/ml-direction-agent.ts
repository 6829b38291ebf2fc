import { z } from 'zod';
import { abstain, vote, type AgentDefinition, type AgentOutput } from '../../agents/agent.js';
import type { ModelStore, StoredModel } from '../artifacts/model-store.js';
import { ContextFeatureSource, directionFeatureRequests } from '../features/context-feature-source.js';
import { featureVectorAt } from '../features/feature-vector-at.js';

const configSchema = z.strictObject({
  /** BUY needs P(up) >= 0.5 + margin, SELL P(up) <= 0.5 - margin; HOLD between. */
  margin: z.number().min(0).max(0.5).default(0.02),
  /** Feature vectors kept for sequence models (the current one included); must cover the model's lookback. */
  sequenceLength: z.number().int().min(1).max(500).default(20),
  /**
   * Abstain on bars before the last bar the model's training labels read: the model has seen what
   * followed them, so a vote there (a backtest over its own training years) would be in-sample.
   */
  abstainInsideTraining: z.boolean().default(true),
});

/** Config of the ML agents. */
export type MlDirectionAgentConfig = z.infer<typeof configSchema>;

/** Which model an ML agent runs. */
export interface MlDirectionAgentSpec {
  readonly id: string;
  readonly name: string;
  /** The model kind it asks the store for. */
  readonly kind: string;
  /** True when the model reads earlier feature vectors (sequence models and ensembles that may hold one). */
  readonly readsHistory: boolean;
}

const percent = (share: number): string => `${(100 * share).toFixed(1)}%`;
const day = (iso: string): string => iso.slice(0, 10);

function decide(stored: StoredModel, probability: number, margin: number, name: string): AgentOutput {
  const { header } = stored;
  const { accuracy, majorityBaseline, predictions } = header.metrics;
  const action = probability >= 0.5 + margin ? 'BUY' : probability <= 0.5 - margin ? 'SELL' : 'HOLD';
  // BUY/SELL: the calibrated probability that the called direction is right; HOLD: how near a coin flip it is.
  const confidence = action === 'BUY' ? probability : action === 'SELL' ? 1 - probability : 1 - Math.abs(2 * probability - 1);
  const indicators = { probabilityUp: probability, margin, horizon: header.horizon, outOfSampleAccuracy: accuracy, majorityBaseline };
  return vote(
    action,
    confidence,
    () =>
      `${name} ${header.version} gives P(up over ${header.horizon} bars) = ${probability.toFixed(3)} ` +
      `(walk-forward out-of-sample hit rate ${percent(accuracy)} vs ${percent(majorityBaseline)} majority baseline over ${predictions} predictions): ${action}.`,
    indicators,
  );
}

/**
 * An agent voting with a trained direction model from `store`: BUY when the calibrated P(up over the
 * model's horizon) is at least 0.5 + margin, SELL at most 0.5 - margin, HOLD between. Its features
 * come from the shared feature store and the bars, computed exactly as in training. Without a model
 * for the symbol and timeframe it abstains and says how to get one.
 */
export function mlDirectionAgent(spec: MlDirectionAgentSpec, store: ModelStore): AgentDefinition<MlDirectionAgentConfig> {
  return {
    id: spec.id,
    name: spec.name,
    category: 'ml',
    description: `${spec.name}: BUY when the trained model's calibrated P(up) is at least 0.5 + margin, SELL when at most 0.5 - margin; abstains without a trained model.`,
    configSchema,
    create(config) {
      const vectors = spec.readsHistory ? config.sequenceLength : 1;
      const requests = directionFeatureRequests(vectors);
      return {
        features: requests.all,
        historyNeeded: requests.historyNeeded,
        analyze(context) {
          const stored = store.get(spec.kind, context.symbol, context.timeframe);
          if (!stored) return abstain(`no trained ${spec.kind} model for ${context.symbol} ${context.timeframe}: run goldensignals train`);
          const labelEnd = Date.parse(stored.header.trainedRange.labelEnd);
          const now = context.bars.time(0);
          if (config.abstainInsideTraining && now < labelEnd) {
            return abstain(`${stored.header.version} was trained on bars up to ${day(stored.header.trainedRange.labelEnd)}, after this bar (${new Date(now).toISOString().slice(0, 10)}): a vote here would be in-sample`);
          }
          const source = new ContextFeatureSource(context, requests);
          const features = featureVectorAt(source, 0);
          if (features === null) return abstain(`features are still warming up: they need 50 bars (the 50-bar SMA) with positive closes`);
          // Models of one vector answer without history; only a sequence model (alone or in an
          // ensemble) answers NaN, and only then are the earlier vectors built.
          let probability = stored.model.probabilityUp(features);
          let vectorsRead = 1;
          if (Number.isNaN(probability) && spec.readsHistory) {
            const history: Float64Array[] = [];
            for (let ago = 1; ago < vectors; ago++) {
              const vector = featureVectorAt(source, ago);
              if (vector === null) break;
              history.unshift(vector);
            }
            vectorsRead += history.length;
            probability = stored.model.probabilityUp(features, history);
          }
          if (Number.isNaN(probability)) return abstain(`${stored.header.version} cannot predict from ${vectorsRead} feature vector(s) yet (sequence model warming up)`);
          return decide(stored, probability, config.margin, spec.name);
        },
      };
    },
  };
}
