/**
 * A decimal string from the API for display: grouped, 2 to `maxDecimals` places; `–` for none. Display only:
 * the exact text stays what the API sent.
 */
export function formatAmount(text: string | null, maxDecimals = 2): string {
  if (text === null) return '–';
  const value = Number(text);
  if (!Number.isFinite(value)) return text;
  return value.toLocaleString('en-US', { minimumFractionDigits: Math.min(2, maxDecimals), maximumFractionDigits: maxDecimals });
}
