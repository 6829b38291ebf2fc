/**
 * The vector scaled to unit length (a copy), or `null` when it has no direction (all zeros): cosine
 * similarity is then the dot product, which exact search in SQL relies on.
 */
export function normalizeVector(vector: Float32Array): Float32Array | null {
  let sum = 0;
  for (const value of vector) {
    if (!Number.isFinite(value)) throw new RangeError('the vector holds a non-finite number');
    sum += value * value;
  }
  if (sum === 0) return null;
  const scale = 1 / Math.sqrt(sum);
  return vector.map((value) => value * scale);
}
