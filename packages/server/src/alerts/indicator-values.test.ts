import { commodityChannelIndex, randomWalkBars, relativeStrengthIndex, type Bar } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { lastTwoValues } from './indicator-values.js';

function barsOf(series: ReturnType<typeof randomWalkBars>): Bar[] {
  return Array.from({ length: series.length }, (_, index) => series.bar(index));
}

describe('lastTwoValues', () => {
  const bars = barsOf(randomWalkBars({ length: 120, seed: 11, symbol: 'AAPL' }));

  it("gives the streaming indicator's values at the last two bars, equal to the engine's batch function there", () => {
    const rsi = relativeStrengthIndex(Float64Array.from(bars.map((bar) => bar.close)), 14);
    expect(lastTwoValues('rsi', 14, bars)).toEqual({ previous: rsi[bars.length - 2], current: rsi[bars.length - 1] });
    const cci = commodityChannelIndex(
      Float64Array.from(bars.map((bar) => bar.high)),
      Float64Array.from(bars.map((bar) => bar.low)),
      Float64Array.from(bars.map((bar) => bar.close)),
      20,
    );
    expect(lastTwoValues('cci', 20, bars)).toEqual({ previous: cci[bars.length - 2], current: cci[bars.length - 1] });
  });

  it('gives null while the indicator is warming up', () => {
    expect(lastTwoValues('rsi', 14, bars.slice(0, 15))).toEqual({ previous: null, current: expect.any(Number) });
    expect(lastTwoValues('adx', 14, bars.slice(0, 10))).toEqual({ previous: null, current: null });
  });
});
