import { avg, count, desc, eq, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { feedback } from '../schema/feedback.js';
import { isUuid } from './is-uuid.js';

/** A user's rating of a signal. */
export type Feedback = InferSelectModel<typeof feedback>;

/** Ratings (1–5) and comments on signals. */
export class FeedbackRepository {
  constructor(private readonly db: Queryable) {}

  /** Stores a rating; the database refuses a rating outside 1–5 and an unknown signal. */
  async add(input: { readonly signalId: string; readonly userId?: string | null; readonly rating: number; readonly comment?: string | null }): Promise<Feedback> {
    const [row] = await this.db
      .insert(feedback)
      .values({ signalId: input.signalId, userId: input.userId ?? null, rating: input.rating, comment: input.comment ?? null })
      .returning();
    return row;
  }

  /** A signal's feedback, newest first. */
  async forSignal(signalId: string): Promise<Feedback[]> {
    if (!isUuid(signalId)) return [];
    return this.db.select().from(feedback).where(eq(feedback.signalId, signalId)).orderBy(desc(feedback.createdAt), desc(feedback.id));
  }

  /** How many ratings a signal has and their mean (`null` without ratings). */
  async summary(signalId: string): Promise<{ readonly count: number; readonly averageRating: number | null }> {
    if (!isUuid(signalId)) return { count: 0, averageRating: null };
    const [row] = await this.db.select({ n: count(), mean: avg(feedback.rating) }).from(feedback).where(eq(feedback.signalId, signalId));
    return { count: row.n, averageRating: row.mean === null ? null : Number(row.mean) };
  }
}
