/**
 * An abort signal that fires when nothing happened for `ms`: armed when the request starts and re-armed
 * by {@link touch} whenever bytes arrive, so a long answer that keeps streaming is not cut while a
 * server that stalls (before its headers or mid-stream) is.
 */
export class IdleTimeout {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private hasFired = false;

  constructor(private readonly ms: number) {
    this.touch();
  }

  /** Aborts after `ms` of silence. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once the timeout aborted the signal. */
  get fired(): boolean {
    return this.hasFired;
  }

  /** Something arrived: restart the wait. */
  touch(): void {
    if (this.hasFired) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.hasFired = true;
      this.controller.abort(new DOMException(`no data for ${this.ms} ms`, 'TimeoutError'));
    }, this.ms);
    // A pending timeout alone must not keep the process alive.
    this.timer.unref();
  }

  /** The request ended: stop the timer. */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
