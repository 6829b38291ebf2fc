import type { Decimal } from '../decimal.js';

/** Amounts from 1 up with two decimals and thousands separators (`22,464.00`); smaller ones with 4 significant digits (`0.0001234`). */
export function formatAmount(value: Decimal | number): string {
  const number = typeof value === 'number' ? value : value.toNumber();
  if (Math.abs(number) >= 1 || number === 0) return number.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return String(Number(number.toPrecision(4)));
}

/** A percentage without trailing zeros, at most 2 decimals (`10`, `2.5`, `3.14`). */
export function formatPercent(value: number): string {
  return String(Number(value.toFixed(2)));
}

/**
 * Two figures compared in a sentence, with two decimals unless that would print them equal
 * (`0.52 below 0.60`, but `0.5995 below 0.6000`).
 */
export function formatPair(value: number, limit: number): [string, string] {
  for (let places = 2; places < 8; places++) {
    const pair: [string, string] = [value.toFixed(places), limit.toFixed(places)];
    if (pair[0] !== pair[1]) return pair;
  }
  return [String(value), String(limit)];
}
