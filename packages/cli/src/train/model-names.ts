/** The short names `--models` takes and the model kinds they stand for. */
export const MODEL_KINDS_BY_NAME: ReadonlyMap<string, string> = new Map([
  ['lr', 'logistic-regression'],
  ['gbt', 'gradient-boosted-trees'],
  ['lstm', 'lstm'],
  ['ensemble', 'ensemble'],
]);

/** The model kinds of a `--models` list (short names or kinds), in the list's order; throws a RangeError naming an unknown one. */
export function modelKindsOf(list: string): string[] {
  const kinds: string[] = [];
  for (const item of list.split(',').map((name) => name.trim().toLowerCase())) {
    if (item === '') continue;
    const kind = MODEL_KINDS_BY_NAME.get(item) ?? ([...MODEL_KINDS_BY_NAME.values()].includes(item) ? item : undefined);
    if (kind === undefined) throw new RangeError(`unknown model "${item}" in --models; known models: ${[...MODEL_KINDS_BY_NAME.keys()].join(', ')}`);
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) throw new RangeError('--models names no model');
  if (kinds.length === 1 && kinds[0] === 'ensemble') throw new RangeError('--models ensemble needs base models to stack, e.g. --models lr,gbt,ensemble');
  return kinds;
}
