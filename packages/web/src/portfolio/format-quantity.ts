/** A quantity for display: grouped, as many places as it has (up to the ledger's 10). */
export function formatQuantity(text: string): string {
  const value = Number(text);
  if (!Number.isFinite(value)) return text;
  return value.toLocaleString('en-US', { maximumFractionDigits: 10 });
}
