/**
 * Throws a RangeError naming the column when the input columns of a batch function differ in
 * length; `names` and `columns` are parallel. Returns the common length.
 */
export function assertSameLength(names: readonly string[], columns: readonly ArrayLike<number>[]): number {
  const n = columns[0].length;
  for (let c = 1; c < columns.length; c++) {
    if (columns[c].length !== n) {
      throw new RangeError(`${names[c]} has ${columns[c].length} values, ${names[0]} has ${n}`);
    }
  }
  return n;
}
