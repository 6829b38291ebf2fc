import { and, desc, eq, getTableColumns, inArray, isNull, sql, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { backtests, type BacktestStatus } from '../schema/backtests.js';
import { isUuid } from './is-uuid.js';

/** A submitted backtest. */
export type Backtest = InferSelectModel<typeof backtests>;
/** A backtest without its result (which can be megabytes), for lists and polling. */
export type BacktestSummary = Omit<Backtest, 'result'>;

const { result: _result, ...SUMMARY_COLUMNS } = getTableColumns(backtests);

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

  /** The backtest with this id without its result, or `null`. */
  async summaryById(id: string): Promise<BacktestSummary | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.select(SUMMARY_COLUMNS).from(backtests).where(eq(backtests.id, id));
    return row ?? null;
  }

  /** A user's backtests without their results, newest first; `null` is the owner of an install without accounts. */
  async listForUser(userId: string | null, limit = 50): Promise<BacktestSummary[]> {
    if (userId !== null && !isUuid(userId)) return [];
    return this.db
      .select(SUMMARY_COLUMNS)
      .from(backtests)
      .where(userId === null ? isNull(backtests.userId) : eq(backtests.userId, userId))
      .orderBy(desc(backtests.createdAt), desc(backtests.id))
      .limit(limit);
  }

  /** The state of a backtest (`null` when there is none): workers poll it to notice a cancel. */
  async statusOf(id: string): Promise<BacktestStatus | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.select({ status: backtests.status }).from(backtests).where(eq(backtests.id, id));
    return row?.status ?? null;
  }

  /** Ids of the queued and running backtests, oldest first: for a queue worker re-submitting them at start. */
  async unfinishedIds(limit = 1000): Promise<string[]> {
    const rows = await this.db
      .select({ id: backtests.id })
      .from(backtests)
      .where(inArray(backtests.status, UNFINISHED))
      .orderBy(backtests.createdAt, backtests.id)
      .limit(limit);
    return rows.map((row) => row.id);
  }

  /**
   * Puts every running backtest back in the queue (progress 0) and returns their ids: for a runner
   * starting on a database whose previous runner died mid-job. Only right while one runner serves the database.
   */
  async requeueRunning(): Promise<string[]> {
    const rows = await this.db
      .update(backtests)
      .set({ status: 'queued', progress: 0, startedAt: null })
      .where(eq(backtests.status, 'running'))
      .returning({ id: backtests.id });
    return rows.map((row) => row.id);
  }

  /** Puts one running backtest back in the queue (a runner stopping before it finished); false when it was not running. */
  async requeue(id: string): Promise<boolean> {
    return this.transition(id, { status: 'queued', progress: 0, startedAt: null }, ['running']);
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

  /**
   * Marks this backtest running (from the start: progress 0) and returns it, or `null` when it is
   * finished, cancelled or missing. A running one is taken over: for a queue job (BullMQ) whose previous
   * worker died, the queue's lock, not the row, says who runs it.
   */
  async claim(id: string, at: Date = new Date()): Promise<Backtest | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db
      .update(backtests)
      .set({ status: 'running', progress: 0, startedAt: at })
      .where(and(eq(backtests.id, id), inArray(backtests.status, UNFINISHED)))
      .returning();
    return row ?? null;
  }

  /** Updates the progress (0..1) of a running backtest. */
  async setProgress(id: string, progress: number): Promise<void> {
    if (isUuid(id)) await this.db.update(backtests).set({ progress }).where(and(eq(backtests.id, id), eq(backtests.status, 'running')));
  }

  /** Finishes a backtest with its result; false when it was not running (e.g. cancelled meanwhile). */
  async complete(id: string, result: unknown, at: Date = new Date()): Promise<boolean> {
    return this.transition(id, { status: 'completed', result, progress: 1, finishedAt: at }, ['running']);
  }

  /** Finishes a backtest with an error message; false when it was not running. */
  async fail(id: string, error: string, at: Date = new Date()): Promise<boolean> {
    return this.transition(id, { status: 'failed', error, finishedAt: at }, ['running']);
  }

  /** Cancels a queued or running backtest; false when it had already finished. */
  async cancel(id: string, at: Date = new Date()): Promise<boolean> {
    return this.transition(id, { status: 'cancelled', finishedAt: at }, UNFINISHED);
  }

  private async transition(id: string, changes: Partial<Backtest>, from: BacktestStatus[]): Promise<boolean> {
    if (!isUuid(id)) return false;
    const rows = await this.db
      .update(backtests)
      .set(changes)
      .where(and(eq(backtests.id, id), inArray(backtests.status, from)))
      .returning({ id: backtests.id });
    return rows.length > 0;
  }
}
