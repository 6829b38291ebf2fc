/** Where a progress bar draws: a terminal stream (only drawn when `isTTY`). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/** A one-line progress bar on stderr, drawn only on a terminal so pipes and logs stay clean. */
export class ProgressBar {
  private done = 0;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly label: string,
    private readonly stream: ProgressStream = process.stderr,
  ) {}

  /** Advances by `count` items, redrawing at most ~20 times a second. */
  tick(count = 1): void {
    this.done += count;
    const now = Date.now();
    if (this.done < this.total && now - this.lastDraw < 50) return;
    this.lastDraw = now;
    this.draw();
  }

  /** Clears the line when finished. */
  finish(): void {
    if (this.stream.isTTY) this.stream.write('\r\x1b[2K');
  }

  private draw(): void {
    if (!this.stream.isTTY) return;
    const fraction = this.total === 0 ? 1 : Math.min(1, this.done / this.total);
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - this.label.length - 30));
    const filled = Math.round(fraction * width);
    const elapsed = (Date.now() - this.started) / 1000;
    const eta = fraction > 0 ? (elapsed / fraction) * (1 - fraction) : 0;
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    this.stream.write(`\r${this.label} [${bar}] ${this.done}/${this.total} ${Math.round(fraction * 100)}% eta ${eta.toFixed(0)}s`);
  }
}
