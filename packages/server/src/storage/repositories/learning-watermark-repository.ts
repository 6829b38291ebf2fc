import { parsePendingVotesState, type PendingVotesState, type Timeframe } from '@goldensignals/engine';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { learningWatermarks } from '../schema/learning-watermarks.js';

/** The last bar (epoch ms) whose votes were learned, for one symbol and timeframe. */
export interface LearningWatermark {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly learnedThrough: number;
}

/** Where learning from a symbol and timeframe stands, as a claim finds it. */
export interface LearningClaim {
  /** Start (epoch ms) of the last bar whose votes were learned, by any process; `null`: none yet. */
  readonly learnedThrough: number | null;
  /** The votes of those bars still waiting for their horizon; `null`: none (or unreadable). */
  readonly pendingVotes: PendingVotesState | null;
}

/** What the claimant did: its answer, and whether it learned up to a later bar (stored with its pending votes). */
export interface ClaimOutcome<R> {
  readonly result: R;
  readonly learned: { readonly learnedThrough: number; readonly pendingVotes: PendingVotesState | null } | null;
}

function pendingVotesOf(stored: unknown): PendingVotesState | null {
  if (stored === null || stored === undefined) return null;
  try {
    return parsePendingVotesState(stored);
  } catch {
    // Unreadable (written by another version?): those few votes go unscored rather than block learning.
    return null;
  }
}

/** Learning watermarks: how far each symbol and timeframe has taught the accuracy tracker, and the claims that move them. */
export class LearningWatermarkRepository {
  constructor(private readonly db: Queryable) {}

  /** Inserts or moves the given watermarks. */
  async save(marks: readonly LearningWatermark[], now: Date = new Date()): Promise<void> {
    if (marks.length === 0) return;
    await this.db
      .insert(learningWatermarks)
      .values(marks.map((mark) => ({ symbol: mark.symbol, timeframe: mark.timeframe, learnedThrough: new Date(mark.learnedThrough), updatedAt: now })))
      .onConflictDoUpdate({
        target: [learningWatermarks.symbol, learningWatermarks.timeframe],
        set: { learnedThrough: sql`excluded.learned_through`, updatedAt: sql`excluded.updated_at` },
      });
  }

  /** Every watermark of a symbol that taught the tracker something. */
  async list(): Promise<LearningWatermark[]> {
    const rows = await this.db.select().from(learningWatermarks).where(isNotNull(learningWatermarks.learnedThrough));
    return rows.flatMap((row) => (row.learnedThrough === null ? [] : [{ symbol: row.symbol, timeframe: row.timeframe, learnedThrough: row.learnedThrough.getTime() }]));
  }

  /**
   * Runs `learn` with the symbol's watermark locked (one transaction; a first claim makes the row to
   * lock), and stores where it got to. A process claiming the same symbol and timeframe meanwhile
   * waits, then finds the moved watermark: each bar's votes are learned by one process, once. Keep
   * `learn` short: it holds the lock (and, on PGlite, the database).
   */
  async claim<R>(symbol: string, timeframe: Timeframe, learn: (claim: LearningClaim) => ClaimOutcome<R> | Promise<ClaimOutcome<R>>, now: Date = new Date()): Promise<R> {
    return this.db.transaction(async (tx) => {
      const which = and(eq(learningWatermarks.symbol, symbol), eq(learningWatermarks.timeframe, timeframe));
      const lock = () => tx.select().from(learningWatermarks).where(which).for('update');
      let [row] = await lock();
      if (row === undefined) {
        await tx.insert(learningWatermarks).values({ symbol, timeframe, learnedThrough: null, updatedAt: now }).onConflictDoNothing();
        [row] = await lock();
      }
      const outcome = await learn({ learnedThrough: row?.learnedThrough?.getTime() ?? null, pendingVotes: pendingVotesOf(row?.pendingVotes) });
      if (outcome.learned !== null) {
        await tx
          .update(learningWatermarks)
          .set({ learnedThrough: new Date(outcome.learned.learnedThrough), pendingVotes: outcome.learned.pendingVotes, updatedAt: now })
          .where(which);
      }
      return outcome.result;
    });
  }
}
