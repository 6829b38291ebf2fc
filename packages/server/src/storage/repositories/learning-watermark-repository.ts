import type { Timeframe } from '@goldensignals/engine';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { learningWatermarks } from '../schema/learning-watermarks.js';

/** The last bar (epoch ms) whose votes were learned, for one symbol and timeframe. */
export interface LearningWatermark {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly learnedThrough: number;
}

/** Learning watermarks; save them in the transaction that saves the accuracy tracker. */
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

  /** Every saved watermark. */
  async list(): Promise<LearningWatermark[]> {
    const rows = await this.db.select().from(learningWatermarks);
    return rows.map((row) => ({ symbol: row.symbol, timeframe: row.timeframe, learnedThrough: row.learnedThrough.getTime() }));
  }
}
