/** A statistic for a compact table cell: integers as they are, money and percentages to 2 decimals, ratios to 4; NaN as "NaN". */
export function formatStatCell(name: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'string') return value;
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value) || Number.isInteger(value)) return String(value);
  return value.toFixed(/\[[%$]\]/.test(name) ? 2 : 4);
}
