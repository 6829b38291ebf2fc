/** A fraction as a percentage with one decimal (0.553 → "55.3 %"); an em dash for `null`. */
export function formatFraction(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '—' : `${(value * 100).toFixed(1)} %`;
}
