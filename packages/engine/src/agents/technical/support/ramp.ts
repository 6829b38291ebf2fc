/**
 * Where `value` lies on the way from `from` to `to`, clamped to 0..1 (`from` may exceed `to` for
 * readings that strengthen as they fall). Agents scale confidence with it.
 */
export function ramp(value: number, from: number, to: number): number {
  const t = (value - from) / (to - from);
  return t <= 0 ? 0 : t >= 1 ? 1 : t;
}
