/** Polls `condition` every 20 ms until it holds; rejects after `timeoutMs` (a generous bound, not a timing assertion). */
export async function waitFor(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A promise a test opens by hand: work that awaits `passed` waits until `open()`. */
export class Gate {
  private release: () => void = () => undefined;
  readonly passed = new Promise<void>((resolve) => {
    this.release = resolve;
  });
  /** How many callers are waiting at (or went through) the gate. */
  arrivals = 0;

  async pass(): Promise<void> {
    this.arrivals++;
    await this.passed;
  }

  open(): void {
    this.release();
  }
}
