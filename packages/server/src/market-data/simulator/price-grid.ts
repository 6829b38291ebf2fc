/**
 * The tick size of a price level: cents for stocks above $1, 1/10,000 below; FX quotes to five
 * decimals (three for pairs priced above 20, such as USD/JPY); crypto keeps about six significant digits.
 * Returned as ticks per unit (100 = cents) so rounding stays exact in floating point.
 */
export function ticksPerUnit(assetClass: 'equity' | 'crypto' | 'fx', referencePrice: number): number {
  if (assetClass === 'equity') return referencePrice >= 1 ? 100 : 10_000;
  if (assetClass === 'fx') return referencePrice > 20 ? 1_000 : 100_000;
  const digitsBeforePoint = Math.floor(Math.log10(referencePrice)) + 1;
  return 10 ** Math.min(8, Math.max(2, 6 - digitsBeforePoint));
}

/** `price` rounded to the nearest tick; never below one tick, so a price stays positive. */
export function roundToTick(price: number, perUnit: number): number {
  return Math.max(1, Math.round(price * perUnit)) / perUnit;
}
