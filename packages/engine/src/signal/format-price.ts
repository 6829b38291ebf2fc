/**
 * A price with the decimals a trader expects: 2 from 10 up (187.20, 93.94), 4 between 1 and 10
 * (1.0845 for EUR/USD), and about 4 significant digits below 1 (0.45120, 0.00012345).
 */
export function formatPrice(price: number): string {
  if (!Number.isFinite(price)) return String(price);
  const magnitude = price === 0 ? 0 : Math.floor(Math.log10(Math.abs(price)));
  const decimals = magnitude >= 1 ? 2 : Math.min(10, 4 - magnitude);
  return price.toFixed(decimals);
}
