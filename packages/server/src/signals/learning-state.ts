import type { AccuracyTracker, Timeframe } from '@goldensignals/engine';
import type { Database } from '../storage/database.js';
import { AgentStatsRepository } from '../storage/repositories/agent-stats-repository.js';
import { LearningWatermarkRepository, type ClaimOutcome, type LearningClaim } from '../storage/repositories/learning-watermark-repository.js';

/**
 * What the accuracy tracker learns from, kept consistent across restarts and across processes that
 * share the database:
 * - before learning from a symbol's new bars a process claims them ({@link claim}: the symbol's
 *   watermark row is locked, moved, and the votes still waiting for their horizon are handed over),
 *   so each bar's votes are recorded by one process and scored once, by whoever sees the bar they
 *   resolve on;
 * - every {@link save} (a sync) merges what the tracker learned since the last one into the saved
 *   state and adopts the result, so learning adds up instead of being overwritten, and the tracker
 *   weighs agents with what every process learned up to its last sync.
 */
export class LearningState {
  private claims = 0;
  private queue: Promise<void> = Promise.resolve();

  private constructor(private readonly database: Database) {}

  /** The saved tracker (`null` on a fresh install), marked synced, and the state to learn through. */
  static async load(database: Database): Promise<{ tracker: AccuracyTracker | null; state: LearningState }> {
    const tracker = await new AgentStatsRepository(database.db).load();
    return { tracker, state: new LearningState(database) };
  }

  /** Runs `learn` holding the claim on a symbol and timeframe (see `LearningWatermarkRepository.claim`). */
  async claim<R>(symbol: string, timeframe: Timeframe, learn: (claim: LearningClaim) => ClaimOutcome<R>): Promise<R> {
    return new LearningWatermarkRepository(this.database.db).claim(symbol, timeframe, (claim) => {
      const outcome = learn(claim);
      if (outcome.learned !== null) this.claims++;
      return outcome;
    });
  }

  /** True when bars were claimed and learned since the last save. */
  get unsaved(): boolean {
    return this.claims > 0;
  }

  /**
   * Syncs the tracker with the saved state: merges in what it learned since its last sync and adopts
   * the result, which brings in what other processes saved. With nothing new it only adopts. Syncs of
   * one process run one after another; a failed one keeps its learning for the next.
   */
  save(database: Database, tracker: AccuracyTracker, now: Date = new Date()): Promise<void> {
    const run = this.queue.then(() => this.sync(database, tracker, now));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async sync(database: Database, tracker: AccuracyTracker, now: Date): Promise<void> {
    const claims = this.claims;
    const sync = tracker.beginSync();
    const repository = new AgentStatsRepository(database.db);
    try {
      const nothingNew = sync.delta.records.length === 0 && sync.delta.trades.length === 0;
      sync.complete(nothingNew ? await repository.shared() : await repository.mergeLearned(sync.delta, now));
    } catch (error) {
      sync.abort();
      throw error;
    }
    this.claims -= claims;
  }
}
