/**
 * Receipt times of signals over many clients of one process, kept small: each signal id gets an index once, each
 * client a bitmap of the indexes it has seen (for duplicates), each signal one array of receipt times. 1,250 clients
 * times 1,000 signals so cost a few MB instead of a Set entry per delivery.
 */
export class SignalReceipts {
  readonly #indexes = new Map<string, number>();
  readonly #times: number[][] = [];
  duplicates = 0;

  /** A new client's record of what it has seen. */
  newClient(): { seen: Uint8Array } {
    return { seen: new Uint8Array(128) };
  }

  /** Records that `client` received signal `id` at `receivedAt`. */
  record(client: { seen: Uint8Array }, id: string, receivedAt: number): void {
    let index = this.#indexes.get(id);
    if (index === undefined) {
      index = this.#times.length;
      this.#indexes.set(id, index);
      this.#times.push([]);
    }
    const byte = index >> 3;
    if (byte >= client.seen.length) {
      const grown = new Uint8Array(Math.max(client.seen.length * 2, byte + 1));
      grown.set(client.seen);
      client.seen = grown;
    }
    const bit = 1 << (index & 7);
    if ((client.seen[byte] & bit) !== 0) this.duplicates++;
    client.seen[byte] |= bit;
    this.#times[index].push(receivedAt);
  }

  /** Receipts of signal `id` so far. */
  count(id: string): number {
    const index = this.#indexes.get(id);
    return index === undefined ? 0 : this.#times[index].length;
  }

  /** Receipt times of signal `id`. */
  times(id: string): readonly number[] {
    const index = this.#indexes.get(id);
    return index === undefined ? [] : this.#times[index];
  }

  /** Deliveries of signals not in `ids`. */
  countOthers(ids: ReadonlySet<string>): number {
    let others = 0;
    for (const [id, index] of this.#indexes) if (!ids.has(id)) others += this.#times[index].length;
    return others;
  }

  /** Drops the receipt times of `id` (its index stays, so a late duplicate is still noticed). */
  forget(id: string): void {
    const index = this.#indexes.get(id);
    if (index !== undefined) this.#times[index] = [];
  }
}
