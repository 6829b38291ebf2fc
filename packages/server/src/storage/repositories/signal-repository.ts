import { randomUUID } from 'node:crypto';
import type { Signal, SignalAction, Timeframe } from '@goldensignals/engine';
import { and, asc, avg, count, desc, eq, gte, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { signalVotes } from '../schema/signal-votes.js';
import { signals } from '../schema/signals.js';
import { isUuid } from './is-uuid.js';
import { StorageConflictError } from './storage-conflict-error.js';
import { uniqueViolation } from './unique-violation.js';
import { decodeSignalCursor, encodeSignalCursor } from './signal-cursor.js';
import { signalFilterCondition, type SignalFilters } from './signal-filters.js';
import { signalValues, toSignalVote, toStoredSignal, voteValues, type SaveSignalOptions } from './signal-row.js';
import type { SignalOutcome, StoredSignal, StoredSignalWithVotes } from './stored-signal.js';

/** One page of the signals list and the cursor of the next (`null` on the last page). */
export interface SignalPage {
  readonly items: readonly StoredSignal[];
  readonly nextCursor: string | null;
}

/** How many signals of an action ended one way, and their mean return. */
export interface OutcomeCount {
  readonly action: SignalAction;
  /** The outcome (`target`, `stop`, `expired`), or `null` while followed and for HOLDs. */
  readonly outcome: string | null;
  readonly count: number;
  readonly meanReturn: number | null;
}

const HOUR_MS = 3_600_000;

/** Most rows one read returns, whatever the caller asks. */
export const MAX_SIGNAL_PAGE = 500;

function pageSize(limit: number): number {
  return Math.max(1, Math.min(MAX_SIGNAL_PAGE, Math.floor(limit) || 1));
}

/** Signals and their votes. */
export class SignalRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Stores a signal and all its votes in one transaction: either all of it is written or nothing. A signal for
   * the same symbol, timeframe and bar stored already is a {@link StorageConflictError} (field `time`).
   */
  async save(signal: Signal, options: SaveSignalOptions = {}): Promise<StoredSignalWithVotes> {
    const id = options.id ?? randomUUID();
    const votes = signal.votes;
    const row = await this.db
      .transaction(async (tx) => {
        const [inserted] = await tx
          .insert(signals)
          .values(signalValues(signal, { ...options, id }))
          .returning();
        if (votes.length > 0) await tx.insert(signalVotes).values(voteValues(id, votes));
        return inserted;
      })
      .catch((error: unknown) => {
        if (uniqueViolation(error) === 'signals_bar_key') {
          throw new StorageConflictError('time', `a signal for ${signal.symbol} ${signal.timeframe} at ${signal.time} is stored already`, { cause: error });
        }
        throw error;
      });
    return { ...toStoredSignal(row), votes: votes.map((vote) => ({ ...vote })) };
  }

  /** The most recently stored signals, newest first, optionally only of some symbols. */
  async latest(limit: number, symbols?: readonly string[]): Promise<StoredSignal[]> {
    const rows = await this.db
      .select()
      .from(signals)
      .where(symbols === undefined ? undefined : inArray(signals.symbol, [...symbols]))
      .orderBy(desc(signals.createdAt), desc(signals.id))
      .limit(pageSize(limit));
    return rows.map(toStoredSignal);
  }

  /** A symbol's signals stored in the last `sinceHours` hours, newest first. */
  async bySymbol(symbol: string, sinceHours: number, limit = MAX_SIGNAL_PAGE, now: Date = new Date()): Promise<StoredSignal[]> {
    const since = new Date(now.getTime() - sinceHours * HOUR_MS);
    const rows = await this.db
      .select()
      .from(signals)
      .where(and(eq(signals.symbol, symbol), gte(signals.createdAt, since)))
      .orderBy(desc(signals.createdAt), desc(signals.id))
      .limit(pageSize(limit));
    return rows.map(toStoredSignal);
  }

  /** The signal stored for one bar of a symbol and timeframe (there is at most one), or `null`. */
  async byBar(symbol: string, timeframe: Timeframe, time: number): Promise<StoredSignal | null> {
    const [row] = await this.db
      .select()
      .from(signals)
      .where(and(eq(signals.symbol, symbol), eq(signals.timeframe, timeframe), eq(signals.time, new Date(time))));
    return row === undefined ? null : toStoredSignal(row);
  }

  /** One signal with every vote in registry order, or `null`. */
  async byId(id: string): Promise<StoredSignalWithVotes | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.select().from(signals).where(eq(signals.id, id));
    if (row === undefined) return null;
    const votes = await this.db.select().from(signalVotes).where(eq(signalVotes.signalId, id)).orderBy(asc(signalVotes.ordinal));
    return { ...toStoredSignal(row), votes: votes.map(toSignalVote) };
  }

  /**
   * A page of signals matching `filters`, by signal time, newest first (ties by id, so the order is
   * total and pages never skip or repeat a signal even when new ones arrive). Pass the previous
   * page's `nextCursor` to continue.
   */
  async list(filters: SignalFilters = {}, cursor: string | null = null, limit = 50): Promise<SignalPage> {
    const size = pageSize(limit);
    const after = cursor === null ? undefined : decodeSignalCursor(cursor);
    const rows = await this.db
      .select()
      .from(signals)
      .where(and(signalFilterCondition(filters), after && sql`(${signals.time}, ${signals.id}) < (${after.time}::timestamptz, ${after.id}::uuid)`))
      .orderBy(desc(signals.time), desc(signals.id))
      .limit(size + 1);
    const items = rows.slice(0, size).map(toStoredSignal);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > size && last !== undefined ? encodeSignalCursor(last) : null };
  }

  /** BUY and SELL signals the scorecard is still following (no outcome yet), oldest first; HOLDs are never followed. */
  async open(limit = MAX_SIGNAL_PAGE, symbol?: string, timeframe?: Timeframe): Promise<StoredSignal[]> {
    const rows = await this.db
      .select()
      .from(signals)
      .where(
        and(
          isNull(signals.outcome),
          ne(signals.action, 'HOLD'),
          symbol === undefined ? undefined : eq(signals.symbol, symbol),
          timeframe === undefined ? undefined : eq(signals.timeframe, timeframe),
        ),
      )
      .orderBy(asc(signals.time), asc(signals.id))
      .limit(pageSize(limit));
    return rows.map(toStoredSignal);
  }

  /**
   * Signals with a bar time at or after `since`, counted by action and outcome (`null` = still
   * followed, or a HOLD), with the mean return of those that have one.
   */
  async outcomeCounts(since: Date, symbol?: string): Promise<OutcomeCount[]> {
    const rows = await this.db
      .select({ action: signals.action, outcome: signals.outcome, n: count(), meanReturn: avg(signals.outcomeReturn) })
      .from(signals)
      .where(and(gte(signals.time, since), symbol === undefined ? undefined : eq(signals.symbol, symbol)))
      .groupBy(signals.action, signals.outcome);
    return rows.map((row) => ({ action: row.action, outcome: row.outcome, count: row.n, meanReturn: row.meanReturn === null ? null : Number(row.meanReturn) }));
  }

  /** Records how a signal ended; false when there is no such signal. */
  async setOutcome(id: string, outcome: SignalOutcome): Promise<boolean> {
    if (!isUuid(id)) return false;
    const updated = await this.db
      .update(signals)
      .set({ outcome: outcome.result, outcomeAt: new Date(outcome.at), outcomePrice: outcome.price, outcomeReturn: outcome.return })
      .where(eq(signals.id, id))
      .returning({ id: signals.id });
    return updated.length > 0;
  }
}
