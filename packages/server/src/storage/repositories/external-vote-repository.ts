import type { SignalAction, Timeframe } from '@goldensignals/engine';
import { and, asc, count, eq, gt, gte, lte, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { externalVotes } from '../schema/external-votes.js';
import { isUuid } from './is-uuid.js';

/** A stored external vote. */
export type StoredExternalVote = InferSelectModel<typeof externalVotes>;

/** An accepted alert to store. */
export interface NewExternalVote {
  readonly userId: string | null;
  readonly hookId: string;
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly action: SignalAction;
  readonly confidence: number;
  readonly price: number | null;
  readonly strategy: string | null;
  readonly comment: string | null;
  readonly barTime: Date;
  readonly receivedAt: Date;
  readonly expiresAt: Date;
}

/** Votes from outside the engine (TradingView alerts). */
export class ExternalVoteRepository {
  constructor(private readonly db: Queryable) {}

  /** Stores a vote. */
  async insert(vote: NewExternalVote): Promise<StoredExternalVote> {
    const [row] = await this.db.insert(externalVotes).values({ ...vote }).returning();
    return row;
  }

  /** How many votes a hook brought at or after `since`: what its rate limit counts. */
  async countForHookSince(hookId: string, since: Date): Promise<number> {
    if (!isUuid(hookId)) return 0;
    const [row] = await this.db
      .select({ count: count() })
      .from(externalVotes)
      .where(and(eq(externalVotes.hookId, hookId), gte(externalVotes.receivedAt, since)));
    return row?.count ?? 0;
  }

  /**
   * The votes of a symbol and timeframe that arrived by `receivedBy` and still counted after `liveAfter` (epoch ms),
   * oldest first: every vote an engine run over bars from `liveAfter` to `receivedBy` may see.
   */
  async forSeries(symbol: string, timeframe: Timeframe, liveAfter: number, receivedBy: number): Promise<StoredExternalVote[]> {
    return this.db
      .select()
      .from(externalVotes)
      .where(
        and(
          eq(externalVotes.symbol, symbol),
          eq(externalVotes.timeframe, timeframe),
          lte(externalVotes.receivedAt, new Date(receivedBy)),
          gt(externalVotes.expiresAt, new Date(liveAfter)),
        ),
      )
      .orderBy(asc(externalVotes.receivedAt), asc(externalVotes.id));
  }
}
