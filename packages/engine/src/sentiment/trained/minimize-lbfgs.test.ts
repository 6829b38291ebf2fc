import { describe, expect, it } from 'vitest';
import { minimizeLbfgs } from './minimize-lbfgs.js';

describe('minimizeLbfgs', () => {
  it('finds the minimum of the Rosenbrock function at (1, 1)', () => {
    const result = minimizeLbfgs(
      (p, gradient) => {
        const [x, y] = p;
        gradient[0] = -2 * (1 - x) - 400 * x * (y - x * x);
        gradient[1] = 200 * (y - x * x);
        return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
      },
      Float64Array.from([-1.2, 1]),
      { tolerance: 1e-14 },
    );
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 4);
    expect(result.point[1]).toBeCloseTo(1, 4);
  });

  it('solves an ill-conditioned quadratic to its exact minimiser', () => {
    const scales = [1, 10, 100, 1000];
    const result = minimizeLbfgs(
      (p, gradient) => {
        let value = 0;
        p.forEach((x, i) => {
          value += 0.5 * scales[i] * (x - i) ** 2;
          gradient[i] = scales[i] * (x - i);
        });
        return value;
      },
      new Float64Array(4),
      { tolerance: 1e-16 },
    );
    expect(Array.from(result.point, (x) => Number(x.toFixed(5)))).toEqual([0, 1, 2, 3]);
  });
});
