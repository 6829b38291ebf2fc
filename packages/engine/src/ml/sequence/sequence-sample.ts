/** One training example: feature vectors of consecutive bars (oldest first, the last one is the predicting bar). */
export interface SequenceSample {
  readonly sequence: readonly Float64Array[];
  readonly label: 0 | 1;
}

/**
 * Checks every sample has at least `lookback` finite feature vectors of one length and a 0/1 label; returns that
 * length. Non-finite features are refused rather than skipped: the caller decides which bars are warm-up.
 */
export function checkSequenceSamples(samples: readonly SequenceSample[], lookback: number): number {
  if (samples.length === 0) throw new RangeError('no training samples');
  const firstSequence = samples[0].sequence;
  if (firstSequence.length === 0) throw new RangeError('sample 0 has an empty sequence');
  const featureCount = firstSequence[firstSequence.length - 1].length;
  if (featureCount === 0) throw new RangeError('sample 0 has feature vectors of length 0');
  samples.forEach((sample, index) => {
    if (sample.label !== 0 && sample.label !== 1) throw new RangeError(`sample ${index} has label ${String(sample.label)}; expected 0 or 1`);
    const sequence = sample.sequence;
    if (sequence.length < lookback) {
      throw new RangeError(`sample ${index} has ${sequence.length} feature vectors; lookback needs ${lookback}`);
    }
    for (let step = sequence.length - lookback; step < sequence.length; step += 1) {
      const vector = sequence[step];
      if (vector.length !== featureCount) {
        throw new RangeError(`sample ${index} step ${step} has ${vector.length} features; sample 0 has ${featureCount}`);
      }
      for (let feature = 0; feature < featureCount; feature += 1) {
        if (!Number.isFinite(vector[feature])) {
          throw new RangeError(`sample ${index} step ${step} feature ${feature} is ${vector[feature]}; features must be finite`);
        }
      }
    }
  });
  return featureCount;
}
