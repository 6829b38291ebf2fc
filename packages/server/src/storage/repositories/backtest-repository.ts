import { and, desc, eq, inArray, sql, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { backtests, type BacktestStatus } from '../schema/backtests.js';
import { isUuid } from './is-uuid.js';

/** A submitted backtest. */
export type Backtest = InferSelectModel<typeof backtests>;

const UNFINISHED: BacktestStatus[] = ['queued', 'running'];

/** Backtest jobs: submitted, claimed by a worker, finished with a result or an error. */
export class BacktestRepository {
  constructor(private readonly db: Queryable) {}

  /** Queues a backtest. */
  async submit(request: unknown, userId: string | null = null): Promise<Backtest> {
    const [row] = await this.db.insert(backtests).values({ request, userId }).returning();
    return row;
  }

  /** The backtest with this id, or `null`. */
  async byId(id: string): Promise<Backtest | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.select().from(backtests).where(eq(backtests.id, id));
    return row ?? null;
  }

  /** A user's backtests, newest first. */
  async listForUser(userId: string, limit = 50): Promise<Backtest[]> {
    if (!isUuid(userId)) return [];
    return this.db.select().from(backtests).where(eq(backtests.userId, userId)).orderBy(desc(backtests.createdAt), desc(backtests.id)).limit(limit);
  }

  /**
   * Takes the oldest queued backtest and marks it running, or returns `null`. Rows being claimed are
   * skipped, so any number of workers can poll at once and each job is claimed once.
   */
  async claimNext(at: Date = new Date()): Promise<Backtest | null> {
    const [row] = await this.db
      .update(backtests)
      .set({ status: 'running', startedAt: at })
      .where(
        eq(
          backtests.id,
          sql`(SELECT id FROM ${backtests} WHERE ${backtests.status} = 'queued' ORDER BY ${backtests.createdAt}, ${backtests.id} LIMIT 1 FOR UPDATE SKIP LOCKED)`,
        ),
      )
      .returning();
    return row ?? null;
  }

  /** Updates the progress (0..1) of a running backtest. */
  async setProgress(id: string, progress: number): Promise<void> {
    if (isUuid(id)) await this.db.update(backtests).set({ progress }).where(and(eq(backtests.id, id), eq(backtests.status, 'running')));
  }

  /** Finishes a backtest with its result; false when it was not running (e.g. cancelled meanwhile). */
  async complete(id: string, result: unknown, at: Date = new Date()): Promise<boolean> {
    return this.finish(id, { status: 'completed', result, progress: 1, finishedAt: at }, ['running']);
  }

  /** Finishes a backtest with an error message; false when it was not running. */
  async fail(id: string, error: string, at: Date = new Date()): Promise<boolean> {
    return this.finish(id, { status: 'failed', error, finishedAt: at }, ['running']);
  }

  /** Cancels a queued or running backtest; false when it had already finished. */
  async cancel(id: string, at: Date = new Date()): Promise<boolean> {
    return this.finish(id, { status: 'cancelled', finishedAt: at }, UNFINISHED);
  }

  private async finish(id: string, changes: Partial<Backtest>, from: BacktestStatus[]): Promise<boolean> {
    if (!isUuid(id)) return false;
    const rows = await this.db
      .update(backtests)
      .set(changes)
      .where(and(eq(backtests.id, id), inArray(backtests.status, from)))
      .returning({ id: backtests.id });
    return rows.length > 0;
  }
}
