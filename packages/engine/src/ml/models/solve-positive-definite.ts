/**
 * Solves A x = b for a symmetric positive-definite `size` x `size` matrix A (row-major, only the
 * lower triangle read) by Cholesky decomposition. Throws when A is not positive definite, which for
 * the Newton steps here means a degenerate fit (add L2 regularisation).
 */
export function solvePositiveDefinite(matrix: Float64Array, rhs: Float64Array, size: number): Float64Array {
  const l = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * size + j];
      for (let k = 0; k < j; k++) sum -= l[i * size + k] * l[j * size + k];
      if (i === j) {
        if (!(sum > 0)) throw new RangeError('matrix is not positive definite (degenerate fit; increase l2)');
        l[i * size + i] = Math.sqrt(sum);
      } else {
        l[i * size + j] = sum / l[j * size + j];
      }
    }
  }
  const y = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let sum = rhs[i];
    for (let k = 0; k < i; k++) sum -= l[i * size + k] * y[k];
    y[i] = sum / l[i * size + i];
  }
  const x = new Float64Array(size);
  for (let i = size - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < size; k++) sum -= l[k * size + i] * x[k];
    x[i] = sum / l[i * size + i];
  }
  return x;
}
