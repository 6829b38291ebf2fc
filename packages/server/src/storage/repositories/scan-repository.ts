import type { Timeframe } from '@goldensignals/engine';
import { and, asc, desc, eq, inArray, isNull, or, sql, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { executeRows } from '../execute-rows.js';
import { scanItems } from '../schema/scan-items.js';
import { scans, type ScanStatus, type ScanTrigger } from '../schema/scans.js';
import { isUuid } from './is-uuid.js';

/** A stored scan. */
export type Scan = InferSelectModel<typeof scans>;
/** One symbol of a scan. */
export type ScanItem = InferSelectModel<typeof scanItems>;

/** What a scan is made of. */
export interface NewScan {
  /** The user who asked; `null` for the install's owner (accounts off) and for scheduled scans. */
  readonly userId: string | null;
  readonly timeframe: Timeframe;
  /** Symbols in the order asked; repeats are dropped. */
  readonly symbols: readonly string[];
  readonly trigger?: ScanTrigger;
}

/** How a symbol of a scan ended: with its signal, or with the error that stopped it. */
export type ScanItemOutcome = { readonly signalId: string } | { readonly error: string };

/** Which scans a caller may see. */
export interface ScanVisibility {
  /** The caller's own scans (`null`: the install owner's). */
  readonly userId: string | null;
  /** Also the scheduler's scans (admins: their symbols are every user's watchlists). */
  readonly scheduled: boolean;
}

const UNFINISHED: ScanStatus[] = ['queued', 'running'];

/** Why a scan whose every symbol failed is failed, not done. */
export const NO_SIGNAL_ERROR = 'no symbol got a signal; each item says why';

/**
 * Scans and their items. Progress moves only through {@link ScanRepository.recordItem}, which takes an
 * item out of `pending` and counts it in the same statement, so any number of workers (and retries of
 * the same job) can report a symbol: it is counted once.
 */
export class ScanRepository {
  constructor(private readonly db: Queryable) {}

  /** Queues a scan with one pending item per distinct symbol (a scan of no symbols is done at once). */
  async create(fields: NewScan, at: Date = new Date()): Promise<Scan> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.insert(scans).values(scanValues(fields, null, at)).returning();
      await insertItems(tx, row);
      return row;
    });
  }

  /**
   * The scan of a schedule slot (`scheduleKey`), created on the first call only: however many nodes or
   * retries ask for the same slot, there is one scan. `created` is false when it existed already.
   */
  async createScheduled(fields: Omit<NewScan, 'trigger' | 'userId'>, scheduleKey: string, at: Date = new Date()): Promise<{ scan: Scan; created: boolean }> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(scans)
        .values(scanValues({ ...fields, userId: null, trigger: 'schedule' }, scheduleKey, at))
        .onConflictDoNothing({ target: scans.scheduleKey })
        .returning();
      if (row !== undefined) {
        await insertItems(tx, row);
        return { scan: row, created: true };
      }
      const [existing] = await tx.select().from(scans).where(eq(scans.scheduleKey, scheduleKey));
      return { scan: existing, created: false };
    });
  }

  /** The scan with this id, or `null`. */
  async byId(id: string): Promise<Scan | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.select().from(scans).where(eq(scans.id, id));
    return row ?? null;
  }

  /** The items of a scan in the order its symbols were asked for. */
  async items(scanId: string): Promise<ScanItem[]> {
    if (!isUuid(scanId)) return [];
    return this.db.select().from(scanItems).where(eq(scanItems.scanId, scanId)).orderBy(asc(scanItems.position));
  }

  /** The symbols of a scan still waiting for their signal, in order. */
  async pendingSymbols(scanId: string): Promise<string[]> {
    if (!isUuid(scanId)) return [];
    const rows = await this.db
      .select({ symbol: scanItems.symbol })
      .from(scanItems)
      .where(and(eq(scanItems.scanId, scanId), eq(scanItems.status, 'pending')))
      .orderBy(asc(scanItems.position));
    return rows.map((row) => row.symbol);
  }

  /** True while a symbol of a scan waits for its signal (a job for an item recorded already has nothing to do). */
  async isPending(scanId: string, symbol: string): Promise<boolean> {
    if (!isUuid(scanId)) return false;
    const [row] = await this.db
      .select({ status: scanItems.status })
      .from(scanItems)
      .where(and(eq(scanItems.scanId, scanId), eq(scanItems.symbol, symbol)));
    return row?.status === 'pending';
  }

  /** The scans a caller may see, newest first. */
  async list(visibility: ScanVisibility, limit = 50): Promise<Scan[]> {
    const own = ownedBy(visibility.userId);
    const where = visibility.scheduled ? or(own, eq(scans.trigger, 'schedule')) : own;
    return this.db.select().from(scans).where(where).orderBy(desc(scans.createdAt), desc(scans.id)).limit(limit);
  }

  /** Scans not finished yet (queued, or running when a process died), oldest first: to resume or re-submit. */
  async unfinished(limit = 1000): Promise<Scan[]> {
    return this.db.select().from(scans).where(inArray(scans.status, UNFINISHED)).orderBy(asc(scans.createdAt), asc(scans.id)).limit(limit);
  }

  /**
   * Marks a queued scan running (a running one stays so: a retried job resumes it) and returns it, or
   * `null` when it is finished or does not exist.
   */
  async start(id: string, at: Date = new Date()): Promise<Scan | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db
      .update(scans)
      .set({ status: 'running', startedAt: sql`coalesce(${scans.startedAt}, ${at.toISOString()}::timestamptz)` })
      .where(and(eq(scans.id, id), inArray(scans.status, UNFINISHED)))
      .returning();
    return row ?? null;
  }

  /**
   * Records how one symbol ended and counts it, both in one statement, only if the item was still
   * pending: true when this call recorded it, false when it was recorded already (a retried job) or is
   * not part of the scan. The last item finishes the scan: done, or failed when no symbol got a signal.
   */
  async recordItem(scanId: string, symbol: string, outcome: ScanItemOutcome, at: Date = new Date()): Promise<boolean> {
    if (!isUuid(scanId)) return false;
    const done = 'signalId' in outcome;
    const [status, signalId, error] = done ? ['done', outcome.signalId, null] : ['failed', null, outcome.error];
    const doneStep = done ? 1 : 0;
    const time = at.toISOString();
    const rows = await executeRows<{ id: string }>(
      this.db,
      sql`WITH item AS (
            UPDATE scan_items SET status = ${status}, signal_id = ${signalId}::uuid, error = ${error}::text, finished_at = ${time}::timestamptz
            WHERE scan_id = ${scanId}::uuid AND symbol = ${symbol} AND status = 'pending'
            RETURNING scan_id
          )
          UPDATE scans SET
            completed = completed + ${doneStep}::integer,
            failed_count = failed_count + ${1 - doneStep}::integer,
            started_at = coalesce(started_at, ${time}::timestamptz),
            status = CASE WHEN completed + failed_count + 1 < total THEN 'running'
                          WHEN completed + ${doneStep}::integer = 0 THEN 'failed' ELSE 'done' END,
            error = CASE WHEN completed + failed_count + 1 >= total AND completed + ${doneStep}::integer = 0 THEN ${NO_SIGNAL_ERROR} ELSE error END,
            finished_at = CASE WHEN completed + failed_count + 1 < total THEN NULL ELSE ${time}::timestamptz END
          WHERE id IN (SELECT scan_id FROM item)
          RETURNING id`,
    );
    return rows.length > 0;
  }

  /**
   * Fails an unfinished scan as a whole (it could not run): its pending items fail with the same
   * error. False when it had finished already.
   */
  async fail(id: string, error: string, at: Date = new Date()): Promise<boolean> {
    if (!isUuid(id)) return false;
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .update(scans)
        .set({ status: 'failed', error, finishedAt: at, failedCount: sql`${scans.total} - ${scans.completed}` })
        .where(and(eq(scans.id, id), inArray(scans.status, UNFINISHED)))
        .returning({ id: scans.id });
      if (row === undefined) return false;
      await tx
        .update(scanItems)
        .set({ status: 'failed', error, finishedAt: at })
        .where(and(eq(scanItems.scanId, id), eq(scanItems.status, 'pending')));
      return true;
    });
  }
}

function distinct(symbols: readonly string[]): string[] {
  return [...new Set(symbols)];
}

function scanValues(fields: NewScan, scheduleKey: string | null, at: Date): typeof scans.$inferInsert {
  const symbols = distinct(fields.symbols);
  const empty = symbols.length === 0;
  return {
    userId: fields.userId,
    timeframe: fields.timeframe,
    symbols,
    trigger: fields.trigger ?? 'manual',
    scheduleKey,
    total: symbols.length,
    createdAt: at,
    ...(empty ? { status: 'done' as const, startedAt: at, finishedAt: at } : {}),
  };
}

async function insertItems(db: Queryable, scan: Scan): Promise<void> {
  if (scan.symbols.length === 0) return;
  await db.insert(scanItems).values(scan.symbols.map((symbol, position) => ({ scanId: scan.id, symbol, position })));
}

function ownedBy(userId: string | null): SQL {
  // The owner's rows have no user, as the scheduler's do: the trigger tells them apart.
  if (userId === null) return and(isNull(scans.userId), eq(scans.trigger, 'manual')) ?? sql`false`;
  return isUuid(userId) ? eq(scans.userId, userId) : sql`false`;
}
