import { createSeededRandom } from '../../random/index.js';
import type { SequenceSample } from './sequence-sample.js';

/**
 * A task only a model with memory can solve: each bar has a signal value and a noise value (both standard normal),
 * and the label of a window is whether the signal `delay` bars before its last bar was positive.
 */
export function delayedSignTask(options: { count: number; lookback: number; delay: number; seed: number }): SequenceSample[] {
  const { count, lookback, delay, seed } = options;
  const random = createSeededRandom(seed);
  const bars = Array.from({ length: count + lookback - 1 }, () => Float64Array.of(random.normal(), random.normal()));
  return Array.from({ length: count }, (_, index) => {
    const sequence = bars.slice(index, index + lookback);
    const label: 0 | 1 = sequence[lookback - 1 - delay][0] > 0 ? 1 : 0;
    return { sequence, label };
  });
}

/** Share of samples where P(up) >= 0.5 agrees with the label. */
export function hitRate(probabilities: readonly number[], samples: readonly SequenceSample[]): number {
  let hits = 0;
  probabilities.forEach((probability, index) => {
    if ((probability >= 0.5 ? 1 : 0) === samples[index].label) hits += 1;
  });
  return hits / samples.length;
}
