/** `0.0523` -> `"5.23%"`: a fraction shown as a percentage with `digits` decimals. */
export function formatPercent(fraction: number, digits = 2): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** `0.853` -> `"85th"`: a 0..1 rank as an ordinal percentile. */
export function formatPercentile(fraction: number): string {
  const n = Math.round(fraction * 100);
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
