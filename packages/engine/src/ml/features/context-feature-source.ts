import type { AgentContext } from '../../agents/agent.js';
import type { FeatureRequest } from '../../agents/feature-request.js';
import { movingAverageConvergenceDivergenceFeature, simpleMovingAverageFeature } from '../../agents/features/moving-average-features.js';
import { relativeStrengthIndexFeature } from '../../agents/features/momentum-features.js';
import { averageTrueRangeFeature, bollingerBandsFeature } from '../../agents/features/volatility-features.js';
import type { MacdValue } from '../../indicators/moving-averages/moving-average-convergence-divergence.js';
import type { BollingerBandsValue } from '../../indicators/volatility/bollinger-bands.js';
import { DIRECTION_FEATURE_WINDOW } from './direction-feature-names.js';
import type { FeatureSource } from './feature-source.js';

/** The shared engine features the direction features read, each kept for `vectors` bars. */
export interface DirectionFeatureRequests {
  readonly relativeStrengthIndex: FeatureRequest<number>;
  readonly macd: FeatureRequest<MacdValue>;
  readonly simpleMovingAverage20: FeatureRequest<number>;
  readonly simpleMovingAverage50: FeatureRequest<number>;
  readonly bollinger: FeatureRequest<BollingerBandsValue>;
  readonly averageTrueRange: FeatureRequest<number>;
  /** All of them, for an agent's `features`. */
  readonly all: readonly FeatureRequest<unknown>[];
  /** Bars of history an agent needs to build `vectors` consecutive feature vectors. */
  readonly historyNeeded: number;
}

/** The feature requests (canonical keys, so shared with the technical agents) for `vectors` consecutive feature vectors. */
export function directionFeatureRequests(vectors = 1): DirectionFeatureRequests {
  if (!Number.isInteger(vectors) || vectors < 1) throw new RangeError(`vectors must be an integer >= 1, got ${vectors}`);
  const requests = {
    relativeStrengthIndex: relativeStrengthIndexFeature(14, vectors),
    macd: movingAverageConvergenceDivergenceFeature(12, 26, 9, vectors),
    simpleMovingAverage20: simpleMovingAverageFeature(20, vectors),
    simpleMovingAverage50: simpleMovingAverageFeature(50, vectors),
    bollinger: bollingerBandsFeature(20, 2, vectors),
    averageTrueRange: averageTrueRangeFeature(14, vectors),
  };
  return { ...requests, all: Object.values(requests), historyNeeded: vectors - 1 + DIRECTION_FEATURE_WINDOW };
}

/** A {@link FeatureSource} over an agent's context: its bars and the shared feature store. */
export class ContextFeatureSource implements FeatureSource {
  constructor(
    private readonly context: AgentContext,
    private readonly requests: DirectionFeatureRequests,
  ) {}

  private number(request: FeatureRequest<number>, ago: number): number {
    return this.context.features.get(request, ago) ?? NaN;
  }

  time(ago: number): number {
    return this.context.bars.time(ago);
  }
  close(ago: number): number {
    return this.context.bars.close(ago);
  }
  volume(ago: number): number {
    return this.context.bars.volume(ago);
  }
  relativeStrengthIndex(ago: number): number {
    return this.number(this.requests.relativeStrengthIndex, ago);
  }
  macdHistogram(ago: number): number {
    return this.context.features.get(this.requests.macd, ago)?.histogram ?? NaN;
  }
  simpleMovingAverage20(ago: number): number {
    return this.number(this.requests.simpleMovingAverage20, ago);
  }
  simpleMovingAverage50(ago: number): number {
    return this.number(this.requests.simpleMovingAverage50, ago);
  }
  bollingerUpper(ago: number): number {
    return this.context.features.get(this.requests.bollinger, ago)?.upper ?? NaN;
  }
  bollingerLower(ago: number): number {
    return this.context.features.get(this.requests.bollinger, ago)?.lower ?? NaN;
  }
  averageTrueRange(ago: number): number {
    return this.number(this.requests.averageTrueRange, ago);
  }
}
