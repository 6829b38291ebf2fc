/**
 * Reports the first failure of an outage, not every failed call during it: a Redis that is down for a minute under
 * load would otherwise write thousands of identical lines. After a success the next failure is reported again.
 */
export class OutageReporter {
  #down = false;

  /** `what` names the dependency ("the shared cache (Redis)"), `meanwhile` what is done without it ("answering misses"). */
  constructor(
    private readonly what: string,
    private readonly meanwhile: string,
    private readonly report: (error: Error) => void,
  ) {}

  /** True between a reported failure and the next success. */
  get down(): boolean {
    return this.#down;
  }

  /** A call failed: reported when it is the first failure since the last success. */
  failed(error: unknown): void {
    if (this.#down) return;
    this.#down = true;
    const reason = error instanceof Error ? error.message : String(error);
    try {
      this.report(new Error(`${this.what} is unavailable (${reason}); ${this.meanwhile} until it answers again, without reporting each failure`, { cause: error }));
    } catch {
      // A failing reporter must not turn a degraded call into a failed one.
    }
  }

  /** A call succeeded: the outage, if any, is over. */
  succeeded(): void {
    this.#down = false;
  }
}
