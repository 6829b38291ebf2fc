import { InvalidArgumentError } from 'commander';

/** commander's parser for a numeric option: any finite number (the backtest options check their ranges). */
export function parseNumberOption(value: string): number {
  const number = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(number)) throw new InvalidArgumentError(`expected a number, got "${value}"`);
  return number;
}
