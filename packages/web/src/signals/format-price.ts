/** A price as the tables show it (up to 4 decimals, grouped); `–` for none. */
export function formatPrice(value: number | null): string {
  return value === null ? '–' : value.toLocaleString(undefined, { maximumFractionDigits: 4 });
}
