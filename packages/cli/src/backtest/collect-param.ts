import { InvalidArgumentError } from 'commander';

/** commander's collector for the repeatable `--param name=value`: the parameters given so far, by name. */
export function collectParam(value: string, previous: Readonly<Record<string, string>> = {}): Record<string, string> {
  const equals = value.indexOf('=');
  const name = value.slice(0, Math.max(0, equals)).trim();
  if (name === '') throw new InvalidArgumentError(`expected name=value, got "${value}"`);
  if (Object.hasOwn(previous, name)) throw new InvalidArgumentError(`parameter ${name} is given twice`);
  return { ...previous, [name]: value.slice(equals + 1).trim() };
}
