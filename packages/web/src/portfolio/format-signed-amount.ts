import { formatAmount } from './format-amount.js';

/** A profit or loss for display: `+1,234.50`, `-12.00`, `0.00`; `–` for none. */
export function formatSignedAmount(text: string | null): string {
  if (text === null) return '–';
  const formatted = formatAmount(text);
  return Number(text) > 0 ? `+${formatted}` : formatted;
}
