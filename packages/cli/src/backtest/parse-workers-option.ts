import { InvalidArgumentError } from 'commander';

/** commander's parser for `--workers`: an integer >= 1. */
export function parseWorkersOption(value: string): number {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1) throw new InvalidArgumentError(`workers must be an integer >= 1, got "${value}"`);
  return workers;
}
