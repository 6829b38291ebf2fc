/** How far a price moved from the previous close: absolute and in percent; `null` when the close is unknown or 0. */
export function priceChange(price: number, previousClose: number | null): { change: number | null; changePercent: number | null } {
  if (previousClose === null || previousClose === 0) return { change: previousClose === null ? null : price - previousClose, changePercent: null };
  const change = price - previousClose;
  return { change, changePercent: (change / previousClose) * 100 };
}
