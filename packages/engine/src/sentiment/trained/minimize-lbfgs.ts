/** Writes the gradient at `point` into `gradient` and returns the objective's value there. */
export type DifferentiableObjective = (point: Float64Array, gradient: Float64Array) => number;

/** Options of {@link minimizeLbfgs}. */
export interface LbfgsOptions {
  readonly maxIterations?: number;
  /** Curvature pairs kept (the "limited memory"). */
  readonly history?: number;
  /** Stop when an iteration lowers the value by less than this, relative to max(1, |value|). */
  readonly tolerance?: number;
}

/** Where {@link minimizeLbfgs} stopped. */
export interface LbfgsResult {
  readonly point: Float64Array;
  readonly value: number;
  readonly iterations: number;
  /** False when it stopped at `maxIterations` or because the line search found no decrease. */
  readonly converged: boolean;
}

const ARMIJO = 1e-4;
const MAX_BACKTRACKS = 40;

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/** The two-loop recursion: `direction` = -(inverse Hessian estimate) * gradient. */
function searchDirection(gradient: Float64Array, steps: Float64Array[], changes: Float64Array[], direction: Float64Array): void {
  const count = steps.length;
  const alpha = new Float64Array(count);
  const rho = new Float64Array(count);
  for (let i = 0; i < gradient.length; i++) direction[i] = -gradient[i];
  for (let k = count - 1; k >= 0; k--) {
    rho[k] = 1 / dot(changes[k], steps[k]);
    alpha[k] = rho[k] * dot(steps[k], direction);
    const y = changes[k];
    for (let i = 0; i < direction.length; i++) direction[i] -= alpha[k] * y[i];
  }
  if (count > 0) {
    const last = count - 1;
    const gamma = dot(steps[last], changes[last]) / dot(changes[last], changes[last]);
    for (let i = 0; i < direction.length; i++) direction[i] *= gamma;
  }
  for (let k = 0; k < count; k++) {
    const beta = rho[k] * dot(changes[k], direction);
    const s = steps[k];
    for (let i = 0; i < direction.length; i++) direction[i] += (alpha[k] - beta) * s[i];
  }
}

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search, for smooth convex objectives such as
 * regularised logistic regression. Deterministic: the same objective and start give the same point.
 */
export function minimizeLbfgs(objective: DifferentiableObjective, start: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const maxIterations = options.maxIterations ?? 500;
  const history = options.history ?? 10;
  const tolerance = options.tolerance ?? 1e-9;
  const size = start.length;
  let point = Float64Array.from(start);
  let gradient = new Float64Array(size);
  let value = objective(point, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const direction = new Float64Array(size);
  let candidate = new Float64Array(size);
  let candidateGradient = new Float64Array(size);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    searchDirection(gradient, steps, changes, direction);
    let slope = dot(gradient, direction);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      steps.length = 0;
      changes.length = 0;
      for (let i = 0; i < size; i++) direction[i] = -gradient[i];
      slope = dot(gradient, direction);
    }
    let step = steps.length === 0 ? 1 / Math.max(1, Math.sqrt(-slope)) : 1;
    let candidateValue = Infinity;
    for (let tries = 0; tries < MAX_BACKTRACKS; tries++) {
      for (let i = 0; i < size; i++) candidate[i] = point[i] + step * direction[i];
      candidateValue = objective(candidate, candidateGradient);
      if (candidateValue <= value + ARMIJO * step * slope) break;
      step /= 2;
    }
    if (!(candidateValue < value)) return { point, value, iterations: iteration, converged: false };
    const s = new Float64Array(size);
    const y = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      s[i] = candidate[i] - point[i];
      y[i] = candidateGradient[i] - gradient[i];
    }
    // Keep only pairs with positive curvature, which keeps the Hessian estimate positive definite.
    if (dot(s, y) > 1e-12) {
      steps.push(s);
      changes.push(y);
      if (steps.length > history) {
        steps.shift();
        changes.shift();
      }
    }
    const decrease = value - candidateValue;
    [point, candidate] = [candidate, point];
    [gradient, candidateGradient] = [candidateGradient, gradient];
    value = candidateValue;
    if (decrease <= tolerance * Math.max(1, Math.abs(value))) return { point, value, iterations: iteration, converged: true };
  }
  return { point, value, iterations: maxIterations, converged: false };
}
