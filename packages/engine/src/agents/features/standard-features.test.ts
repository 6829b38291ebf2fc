import { describe, expect, it } from 'vitest';
import type { FeatureRequest } from '../feature-request.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import * as features from './standard-features.js';

/** Every exported `...Feature` factory called with its defaults. */
const defaults: FeatureRequest<unknown>[] = Object.entries(features)
  .filter(([name, value]) => name.endsWith('Feature') && typeof value === 'function')
  .map(([, factory]) => (factory as () => FeatureRequest<unknown>)());

describe('standard feature factories', () => {
  it('name each feature NAME(p1,...) with the parameters printed plainly', () => {
    expect(features.relativeStrengthIndexFeature(14).key).toBe('RSI(14)');
    expect(features.movingAverageConvergenceDivergenceFeature().key).toBe('MACD(12,26,9)');
    expect(features.bollingerBandsFeature().key).toBe('BBANDS(20,2)');
    expect(features.stochasticOscillatorFeature().key).toBe('STOCH(14,3,3)');
    expect(features.directionalMovementFeature().key).toBe('DMI(14)');
    expect(features.onBalanceVolumeFeature().key).toBe('OBV');
    expect(features.volumeWeightedAveragePriceFeature().key).toBe('VWAP');
    expect(features.ichimokuCloudFeature().key).toBe('ICHIMOKU(9,26,52)');
    expect(features.supertrendFeature().key).toBe('SUPERTREND(10,3)');
    expect(features.donchianChannelFeature().key).toBe('DONCHIAN(20)');
    expect(features.keltnerChannelFeature().key).toBe('KELTNER(20,2,10)');
    expect(features.swingPointsFeature().key).toBe('SWING(5)');
    expect(features.rollingZScoreFeature().key).toBe('ZSCORE(20)');
    expect(features.parabolicSarFeature().key).toBe('SAR(0.02,0.2)');
    expect(features.simpleMovingAverageFeature(50).key).toBe('SMA(50)');
    expect(features.averageTrueRangeFeature(14).key).toBe('ATR(14)');
    for (const feature of defaults) expect(feature.key).toMatch(/^[A-Z][A-Z0-9_]*(\([0-9.,]+\))?$/);
  });

  it('give each default configuration its own key', () => {
    const keys = defaults.map((feature) => feature.key);
    expect(defaults.length).toBeGreaterThanOrEqual(40);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('create the same computation for the same key: two instances agree bar for bar, and the lookback holds', () => {
    const bars = randomWalkBars({ length: 400, seed: 11 });
    for (const feature of defaults) {
      const first = feature.create();
      const second = feature.create();
      let firstValue = -1;
      for (let i = 0; i < bars.length; i++) {
        const a = first.update(bars.bar(i));
        expect(a, `${feature.key} at ${i}`).toEqual(second.update(bars.bar(i)));
        if (a !== null && firstValue < 0) firstValue = i;
      }
      expect(firstValue, `${feature.key} never produced a value`).toBeGreaterThanOrEqual(0);
      // Swing points wait for data-dependent swings; every other feature starts exactly at its lookback.
      if (!feature.key.startsWith('SWING')) expect(firstValue, feature.key).toBe(first.lookback);
    }
  });

  it('keep the requested history', () => {
    expect(features.relativeStrengthIndexFeature(14, 5).history).toBe(5);
    expect(() => features.relativeStrengthIndexFeature(14, 0)).toThrow('history must be a positive integer');
  });
});
