/** Throws a RangeError unless [from, to) is a non-empty window of whole bars inside a series of `length` bars. */
export function checkWindow(from: number, to: number, length: number): void {
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from < to && to <= length)) {
    throw new RangeError(`run window [${from}, ${to}) is not a non-empty range inside the series' ${length} bars`);
  }
}
