/** A parsed YAML/JSON mapping, before anything is known about its fields. */
export type Mapping = Readonly<Record<string, unknown>>;

/** True for a mapping (an object that is not an array). */
export function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value under `keys` (each a mapping field or an array index), or undefined when any step is missing. */
export function at(value: unknown, ...keys: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof key === 'number') current = Array.isArray(current) ? current[key] : undefined;
    else current = isMapping(current) ? current[key] : undefined;
  }
  return current;
}

/** `value` as a mapping; throws naming `where` otherwise, so a failing test says which field is wrong. */
export function mapping(value: unknown, where: string): Mapping {
  if (!isMapping(value)) throw new Error(`${where}: expected a mapping, got ${describe(value)}`);
  return value;
}

/** `value` as an array; throws naming `where` otherwise. */
export function list(value: unknown, where: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where}: expected a list, got ${describe(value)}`);
  return value;
}

/** `value` as a string; throws naming `where` otherwise. */
export function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`${where}: expected a string, got ${describe(value)}`);
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  return Array.isArray(value) ? 'a list' : `${typeof value} ${JSON.stringify(value)}`;
}
