import { describe, expect, it } from 'vitest';
import { randomSequenceModel, randomVectors } from './sequence-model.test-support.js';

describe('SequenceModel.probabilityUp', () => {
  const model = randomSequenceModel({ lookback: 4, featureCount: 3, hiddenUnits: 5, seed: 2 });
  const bars = randomVectors(10, 3, 8);

  it('reads history oldest first, then the predicting bar, and ignores older history', () => {
    const probability = model.probabilityUp(bars[9], bars.slice(0, 9));
    expect(probability).toBe(model.probabilityUp(bars[9], bars.slice(6, 9)));
    expect(probability).not.toBe(model.probabilityUp(bars[9], [bars[8], bars[7], bars[6]]));
    const { slope, intercept } = model.parts.calibration;
    expect(probability).toBeCloseTo(1 / (1 + Math.exp(-(slope * model.rawScore(bars.slice(6, 10)) + intercept))), 14);
    expect(probability).toBeGreaterThan(0);
    expect(probability).toBeLessThan(1);
  });

  it('returns NaN while history is shorter than lookback - 1 bars, so the agent abstains', () => {
    expect(model.probabilityUp(bars[9], bars.slice(7, 9))).toBeNaN();
    expect(model.probabilityUp(bars[9])).toBeNaN();
    expect(model.probabilityUp(bars[9], bars.slice(6, 9))).not.toBeNaN();
  });

  it('returns NaN when a feature inside the window is NaN', () => {
    const gap = Float64Array.of(0.1, Number.NaN, 0.3);
    expect(model.probabilityUp(bars[9], [bars[6], gap, bars[8]])).toBeNaN();
  });

  it('throws a RangeError naming the vector whose length is wrong', () => {
    expect(() => model.probabilityUp(new Float64Array(2), bars.slice(6, 9))).toThrow(
      new RangeError('features has 2 values; the lstm model was trained on 3 features'),
    );
    expect(() => model.probabilityUp(bars[9], [bars[6], new Float64Array(4), bars[8]])).toThrow(
      'history[1] has 4 values; the lstm model was trained on 3 features',
    );
  });

  it('predicts in well under a millisecond for 16 units over 20 bars of 16 features', () => {
    const large = randomSequenceModel({ lookback: 20, featureCount: 16, hiddenUnits: 16, seed: 3 });
    const series = randomVectors(120, 16, 4);
    const histories = Array.from({ length: 100 }, (_, start) => series.slice(start, start + 19));
    for (let round = 0; round < 200; round += 1) large.probabilityUp(series[19 + (round % 100)], histories[round % 100]);
    // CPU time, not wall time: the test machine is shared, and a prediction is single-threaded work.
    const rounds = 5000;
    const started = process.cpuUsage();
    let total = 0;
    for (let round = 0; round < rounds; round += 1) total += large.probabilityUp(series[19 + (round % 100)], histories[round % 100]);
    const used = process.cpuUsage(started);
    const millisecondsPerPrediction = (used.user + used.system) / 1000 / rounds;
    expect(total).toBeGreaterThan(0);
    expect(millisecondsPerPrediction).toBeLessThan(1);
  });
});
