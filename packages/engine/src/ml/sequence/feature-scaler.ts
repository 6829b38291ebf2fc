/** Per-feature standardisation (z-score) fitted on training data only. */
export class FeatureScaler {
  private constructor(
    readonly mean: Float64Array,
    readonly standardDeviation: Float64Array,
  ) {}

  /** Fits mean and population standard deviation per feature; a constant feature gets deviation 1 (it maps to 0). */
  static fit(vectors: readonly Float64Array[], featureCount: number): FeatureScaler {
    const sum = new Float64Array(featureCount);
    const sumOfSquares = new Float64Array(featureCount);
    const count = vectors.length;
    for (const vector of vectors) {
      for (let feature = 0; feature < featureCount; feature += 1) sum[feature] += vector[feature];
    }
    if (count === 0) throw new RangeError('cannot fit a feature scaler on no vectors');
    const mean = sum.map((value) => value / count);
    // Second pass on deviations: one-pass sum of squares loses precision for features far from zero (e.g. volume).
    for (const vector of vectors) {
      for (let feature = 0; feature < featureCount; feature += 1) {
        const deviation = vector[feature] - mean[feature];
        sumOfSquares[feature] += deviation * deviation;
      }
    }
    const standardDeviation = sumOfSquares.map((value) => {
      const deviation = Math.sqrt(value / count);
      return deviation > 1e-12 ? deviation : 1;
    });
    return new FeatureScaler(mean, standardDeviation);
  }

  /** Rebuilds a scaler from stored means and deviations (all deviations must be > 0). */
  static fromValues(mean: readonly number[], standardDeviation: readonly number[]): FeatureScaler {
    if (mean.length !== standardDeviation.length) {
      throw new RangeError(`scaler has ${mean.length} means and ${standardDeviation.length} standard deviations`);
    }
    standardDeviation.forEach((value, feature) => {
      if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`scaler standard deviation ${feature} must be > 0, got ${value}`);
    });
    return new FeatureScaler(Float64Array.from(mean), Float64Array.from(standardDeviation));
  }

  get featureCount(): number {
    return this.mean.length;
  }

  /** Writes the standardised `vector` into `target` starting at `offset`. */
  transformInto(vector: Float64Array, target: Float64Array | Float32Array, offset: number): void {
    for (let feature = 0; feature < this.mean.length; feature += 1) {
      target[offset + feature] = (vector[feature] - this.mean[feature]) / this.standardDeviation[feature];
    }
  }
}
