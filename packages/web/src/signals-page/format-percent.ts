/** A 0..1 fraction as a whole percentage (`0.734` → `73%`). */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
