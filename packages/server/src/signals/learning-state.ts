import type { AccuracyTracker, Timeframe } from '@goldensignals/engine';
import type { Database } from '../storage/database.js';
import { AgentStatsRepository } from '../storage/repositories/agent-stats-repository.js';
import { LearningWatermarkRepository, type LearningWatermark } from '../storage/repositories/learning-watermark-repository.js';

function keyOf(symbol: string, timeframe: Timeframe): string {
  return `${symbol}|${timeframe}`;
}

/**
 * What the accuracy tracker has learned from, so restarts lose nothing and count nothing twice: the
 * tracker (agent weights) and, per symbol and timeframe, the last bar whose votes it recorded. Both
 * are saved in one transaction, so they always describe the same moment.
 */
export class LearningState {
  private readonly marks = new Map<string, LearningWatermark>();
  private readonly changed = new Set<string>();
  private dirty = false;

  private constructor(marks: readonly LearningWatermark[]) {
    for (const mark of marks) this.marks.set(keyOf(mark.symbol, mark.timeframe), mark);
  }

  /** The saved tracker (`null` on a fresh install) and watermarks. */
  static async load(database: Database): Promise<{ tracker: AccuracyTracker | null; state: LearningState }> {
    const [tracker, marks] = await Promise.all([new AgentStatsRepository(database.db).load(), new LearningWatermarkRepository(database.db).list()]);
    return { tracker, state: new LearningState(marks) };
  }

  /** The last bar start (epoch ms) of a symbol and timeframe whose votes were learned, if any. */
  learnedThrough(symbol: string, timeframe: Timeframe): number | undefined {
    return this.marks.get(keyOf(symbol, timeframe))?.learnedThrough;
  }

  /** Records that the tracker has now learned from every bar up to `time`. */
  advance(symbol: string, timeframe: Timeframe, time: number): void {
    const key = keyOf(symbol, timeframe);
    const known = this.marks.get(key);
    if (known !== undefined && known.learnedThrough >= time) return;
    this.marks.set(key, { symbol, timeframe, learnedThrough: time });
    this.changed.add(key);
    this.dirty = true;
  }

  /** True when something was learned since the last save. */
  get unsaved(): boolean {
    return this.dirty;
  }

  /** Saves the tracker and the moved watermarks in one transaction. */
  async save(database: Database, tracker: AccuracyTracker, now: Date = new Date()): Promise<void> {
    if (!this.dirty) return;
    const moved = [...this.changed].flatMap((key) => this.marks.get(key) ?? []);
    this.changed.clear();
    this.dirty = false;
    try {
      await database.transaction(async (tx) => {
        await new AgentStatsRepository(tx).save(tracker, now);
        await new LearningWatermarkRepository(tx).save(moved, now);
      });
    } catch (error) {
      // Not saved: try again next time.
      for (const mark of moved) this.changed.add(keyOf(mark.symbol, mark.timeframe));
      this.dirty = true;
      throw error;
    }
  }
}
