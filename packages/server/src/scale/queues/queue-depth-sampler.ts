import type { JobQueues } from './job-queues.js';

/** Job states that count as waiting work. */
const WAITING_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;

/**
 * The jobs waiting or running in the shared queues, sampled on a timer: `/metrics` reads gauges synchronously, and
 * asking Redis on every scrape of every node would be wasteful. Every node reports the same shared figure (a
 * dashboard takes its max, not its sum).
 */
export class QueueDepthSampler {
  private latest = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly queues: Pick<JobQueues, 'scans' | 'signals' | 'backtests'>,
    private readonly intervalMs = 5_000,
    private readonly onError?: (error: unknown) => void,
  ) {}

  /** The last sampled depth (0 before the first sample). */
  get depth(): number {
    return this.latest;
  }

  /** Samples once now, then on the timer. */
  start(): void {
    if (this.timer !== undefined) return;
    void this.sample();
    this.timer = setInterval(() => void this.sample(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Reads the counts of the three queues; an unreachable Redis keeps the last figure. */
  async sample(): Promise<number> {
    try {
      const counts = await Promise.all([this.queues.scans, this.queues.signals, this.queues.backtests].map((queue) => queue.getJobCounts(...WAITING_STATES)));
      this.latest = counts.reduce((total, count) => total + Object.values(count).reduce((sum, value) => sum + value, 0), 0);
    } catch (error) {
      this.onError?.(error);
    }
    return this.latest;
  }
}
