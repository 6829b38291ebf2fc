/**
 * Python's float floor division `a // b`. It is the exact floor of the real quotient, which
 * `Math.floor(a / b)` is not when the division rounds up onto an integer (Python: `1 // 0.1 == 9`).
 * Whole-unit order sizing uses it so the unit counts match backtesting.py at the boundaries.
 */
export function pythonFloorDiv(a: number, b: number): number {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  }
  if (div === 0) return a / b < 0 ? -0 : 0;
  let floor = Math.floor(div);
  if (div - floor > 0.5) floor += 1;
  return floor;
}
