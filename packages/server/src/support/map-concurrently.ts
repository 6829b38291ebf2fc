/**
 * `items.map(work)` for async work, at most `limit` running at once, results in the order of the items.
 * Used where each item waits on I/O (providers, the database): a few at a time overlap the waits
 * without flooding the other side. A rejection rejects the whole call; catch inside `work` to keep going.
 */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}
