import type { Timeframe } from '@goldensignals/engine';
import type { Database } from '../storage/database.js';
import { ScanRepository } from '../storage/repositories/scan-repository.js';
import type { ScanDispatcher } from './scan-dispatcher.js';
import { scanSymbol, type ScanSymbolDependencies } from './scan-symbol.js';

/** Dependencies and settings of the {@link InProcessScanDispatcher}. */
export interface InProcessScanDispatcherOptions {
  readonly database: Database;
  /** `SignalService.generate`. */
  readonly generate: ScanSymbolDependencies['generate'];
  /** Symbols signalled at once over all scans. Default 2 (the scheduler's, one per core). */
  readonly concurrency?: number;
  readonly now?: () => number;
  /** Told about unexpected errors of a symbol: generating it (its item says only "internal error") or recording it. */
  readonly onError?: (error: unknown, scanId: string, symbol: string | null) => void;
}

interface Task {
  readonly scanId: string;
  readonly timeframe: Timeframe;
  readonly symbol: string;
}

/**
 * Runs scans in this process (embedded mode): the symbols of every submitted scan go into one queue and
 * are signalled a few at a time, each recorded on its scan as it finishes. Stopping drops the queue and
 * waits for the symbols running; the rest stay pending in the database and {@link start} resumes them.
 */
export class InProcessScanDispatcher implements ScanDispatcher {
  private readonly scans: ScanRepository;
  private readonly queue: Task[] = [];
  /** Scans whose symbols are queued or running, so a second submit adds nothing. */
  private readonly active = new Map<string, number>();
  private running = 0;
  private stopped = false;
  private idle: (() => void)[] = [];

  constructor(private readonly options: InProcessScanDispatcherOptions) {
    this.scans = new ScanRepository(options.database.db);
    const concurrency = options.concurrency ?? 2;
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be an integer >= 1, got ${concurrency}`);
  }

  /** Symbols waiting or being signalled. */
  get depth(): number {
    return this.queue.length + this.running;
  }

  /** Resumes the scans a previous run of the process left unfinished; returns their ids. */
  async start(): Promise<string[]> {
    this.stopped = false;
    const unfinished = await this.scans.unfinished();
    for (const scan of unfinished) await this.submit(scan.id);
    return unfinished.map((scan) => scan.id);
  }

  /** Marks the scan running and queues its pending symbols; resolves once they are queued. */
  async submit(scanId: string): Promise<void> {
    if (this.stopped || this.active.has(scanId)) return;
    this.active.set(scanId, 0);
    try {
      const scan = await this.scans.start(scanId, this.at());
      const symbols = scan === null ? [] : await this.scans.pendingSymbols(scanId);
      if (scan === null || symbols.length === 0 || this.stopped) {
        this.active.delete(scanId);
        return;
      }
      this.active.set(scanId, symbols.length);
      for (const symbol of symbols) this.queue.push({ scanId, timeframe: scan.timeframe, symbol });
    } catch (error) {
      this.active.delete(scanId);
      throw error;
    }
    this.pump();
  }

  /** Drops the queued symbols (they stay pending) and resolves when the running ones are recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const task of this.queue.splice(0)) this.finished(task.scanId);
    if (this.running > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  private at(): Date {
    return new Date((this.options.now ?? Date.now)());
  }

  private finished(scanId: string): void {
    const left = (this.active.get(scanId) ?? 1) - 1;
    if (left > 0) this.active.set(scanId, left);
    else this.active.delete(scanId);
  }

  private pump(): void {
    const limit = this.options.concurrency ?? 2;
    while (!this.stopped && this.running < limit && this.queue.length > 0) {
      const task = this.queue.shift();
      if (task === undefined) break;
      this.running++;
      void this.run(task).finally(() => {
        this.running--;
        this.finished(task.scanId);
        if (this.running === 0) for (const resolve of this.idle.splice(0)) resolve();
        this.pump();
      });
    }
  }

  private async run(task: Task): Promise<void> {
    const deps = { generate: this.options.generate, scans: this.scans, now: this.options.now };
    try {
      // No retries in process: every error is recorded on the item, and the scan always finishes.
      const outcome = await scanSymbol(deps, { id: task.scanId, timeframe: task.timeframe }, task.symbol, true);
      if ('error' in outcome && outcome.unexpected) this.options.onError?.(outcome.error, task.scanId, task.symbol);
    } catch (error) {
      // Recording failed (the database is down): the item stays pending for the next start.
      this.options.onError?.(error, task.scanId, task.symbol);
    }
  }
}
