const SLOTS = 4096;

/**
 * Hands out the original time text of a row, reusing the string of an earlier row with the same
 * time and text. Multi-symbol files repeat each date once per symbol (the S&P 500 file has 1259 dates
 * in 619,040 rows), so this saves most string allocations and the garbage collection that follows.
 * A small direct-mapped table keyed by a hash of the minute keeps lookups O(1) without a Map.
 */
export class TimeLabelCache {
  private readonly labels = new Array<string>(SLOTS).fill('');
  private readonly times = new Float64Array(SLOTS).fill(NaN);

  /** The text `text[start, end)` of a row whose parsed time is `time`. */
  label(text: string, start: number, end: number, time: number): string {
    const slot = Math.imul(Math.floor(time / 60_000) | 0, 0x9e3779b1) >>> 20;
    const cached = this.labels[slot];
    if (this.times[slot] === time && cached.length === end - start && text.startsWith(cached, start)) return cached;
    const label = text.slice(start, end);
    this.labels[slot] = label;
    this.times[slot] = time;
    return label;
  }
}
