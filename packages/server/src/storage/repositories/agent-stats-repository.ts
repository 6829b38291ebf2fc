import { AccuracyTracker, type AccuracyHistoryPoint, type AccuracyTrackerState, type AgentAccuracy, type SymbolClass, type Timeframe } from '@goldensignals/engine';
import { and, asc, eq, gte, max, sql } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { executeRows } from '../execute-rows.js';
import { accuracyTrackerState } from '../schema/accuracy-tracker-state.js';
import { agentStats } from '../schema/agent-stats.js';
import { agentWeightHistory } from '../schema/agent-weight-history.js';
import { cellKey, statRows, toAgentAccuracy, trackerState, type WeightHistoryRow } from './accuracy-rows.js';
import { mergeLearnedState, sharedStateWithoutHistory } from './agent-stats-repository-merge.js';

/** Rows per INSERT (7 parameters each). */
const CHUNK = 5000;

/** Which weight history to read. */
export interface WeightHistoryQuery {
  readonly symbolClass?: SymbolClass;
  readonly timeframe?: Timeframe;
  /** Epoch ms; only points at or after it. */
  readonly since?: number;
}

/** A point of an agent's weight history with the cell it belongs to. */
export interface AgentWeightPoint extends AccuracyHistoryPoint {
  readonly symbolClass: SymbolClass;
  readonly timeframe: Timeframe;
}

/**
 * The accuracy tracker's state, so agent weights survive restarts and are shared by every process, and
 * every agent's full weight history (the tracker keeps only its newest points).
 */
export class AgentStatsRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Merges what a tracker learned since its last sync (`AccuracyTracker.beginSync().delta`) into the
   * saved state, in one transaction that holds the state row locked, so syncs of several processes
   * add up instead of overwriting each other. Returns the shared state for `complete`: every record's
   * counts, the trade records, and the history points from the delta's on.
   */
  async mergeLearned(delta: AccuracyTrackerState, now: Date = new Date()): Promise<AccuracyTrackerState> {
    return this.db.transaction((tx) => mergeLearnedState(tx, delta, now));
  }

  /** The saved state without history, for a tracker with nothing new to send; `null` before the first save. */
  async shared(): Promise<AccuracyTrackerState | null> {
    return sharedStateWithoutHistory(this.db);
  }

  /**
   * Saves the tracker as the whole state, in one transaction: its options and trade records, every cell
   * (replacing the saved ones), and new history points. What other processes merged meanwhile is lost:
   * processes that share the state use {@link mergeLearned}.
   */
  async save(tracker: AccuracyTracker, now: Date = new Date()): Promise<void> {
    const state = tracker.toJSON();
    const snapshots = new Map(tracker.snapshot().map((snapshot) => [cellKey(snapshot), snapshot]));
    await this.db.transaction(async (tx) => {
      await tx
        .insert(accuracyTrackerState)
        .values({ id: 1, version: state.version, options: state.options, trades: state.trades, updatedAt: now })
        .onConflictDoUpdate({ target: accuracyTrackerState.id, set: { version: state.version, options: state.options, trades: state.trades, updatedAt: now } });
      // Replaced as a whole: a few hundred rows, and the stored set then equals the tracker's exactly.
      await tx.delete(agentStats);
      const rows = statRows(state, snapshots, now);
      for (let start = 0; start < rows.length; start += CHUNK) await tx.insert(agentStats).values(rows.slice(start, start + CHUNK));

      const saved = await tx
        .select({ agent: agentWeightHistory.agent, symbolClass: agentWeightHistory.symbolClass, timeframe: agentWeightHistory.timeframe, last: max(agentWeightHistory.time) })
        .from(agentWeightHistory)
        .groupBy(agentWeightHistory.agent, agentWeightHistory.symbolClass, agentWeightHistory.timeframe);
      const lastSaved = new Map(saved.map((row) => [cellKey(row), row.last?.getTime() ?? -Infinity]));
      const points: WeightHistoryRow[] = [];
      for (const record of state.records) {
        const since = lastSaved.get(cellKey(record)) ?? -Infinity;
        const { time, hitRate, samples, weight } = record.history;
        // The newest saved point may have changed since (votes of more symbols scored at that bar), so it is written again.
        for (let i = 0; i < time.length; i++) {
          if (time[i] >= since) points.push({ agent: record.agent, symbolClass: record.symbolClass, timeframe: record.timeframe, time: new Date(time[i]), hitRate: hitRate[i], samples: samples[i], weight: weight[i] });
        }
      }
      for (let start = 0; start < points.length; start += CHUNK) {
        await tx
          .insert(agentWeightHistory)
          .values(points.slice(start, start + CHUNK))
          .onConflictDoUpdate({
            target: [agentWeightHistory.agent, agentWeightHistory.symbolClass, agentWeightHistory.timeframe, agentWeightHistory.time],
            set: { hitRate: sql`excluded.hit_rate`, samples: sql`excluded.samples`, weight: sql`excluded.weight` },
          });
      }
    });
  }

  /** The saved tracker, marked synced (only what it learns from now on is sent by its next sync), or `null` when none was saved yet. */
  async load(): Promise<AccuracyTracker | null> {
    const [head] = await this.db.select().from(accuracyTrackerState).where(eq(accuracyTrackerState.id, 1));
    if (head === undefined) return null;
    const stats = await this.db.select().from(agentStats);
    const newest = await executeRows<{ agent: string; symbol_class: SymbolClass; timeframe: Timeframe; time_ms: number; hit_rate: number; samples: number; weight: number }>(
      this.db,
      sql`SELECT agent, symbol_class, timeframe, (extract(epoch FROM time) * 1000)::float8 AS time_ms, hit_rate, samples, weight FROM (
            SELECT *, row_number() OVER (PARTITION BY agent, symbol_class, timeframe ORDER BY time DESC) AS age FROM agent_weight_history
          ) h WHERE age <= ${head.options.historyLength} ORDER BY time`,
    );
    const history = new Map<string, WeightHistoryRow[]>();
    for (const row of newest) {
      const point: WeightHistoryRow = { agent: row.agent, symbolClass: row.symbol_class, timeframe: row.timeframe, time: new Date(row.time_ms), hitRate: row.hit_rate, samples: row.samples, weight: row.weight };
      const key = cellKey(point);
      const list = history.get(key);
      if (list === undefined) history.set(key, [point]);
      else list.push(point);
    }
    const tracker = AccuracyTracker.fromJSON(trackerState(head, stats, history));
    tracker.markSynced();
    return tracker;
  }

  /** Every agent's current record as last saved, in the tracker's order. */
  async list(): Promise<AgentAccuracy[]> {
    const rows = await this.db.select().from(agentStats).orderBy(asc(agentStats.ordinal));
    return rows.map(toAgentAccuracy);
  }

  /** An agent's saved weight history, oldest first. */
  async history(agent: string, query: WeightHistoryQuery = {}): Promise<AgentWeightPoint[]> {
    const rows = await this.db
      .select()
      .from(agentWeightHistory)
      .where(
        and(
          eq(agentWeightHistory.agent, agent),
          query.symbolClass === undefined ? undefined : eq(agentWeightHistory.symbolClass, query.symbolClass),
          query.timeframe === undefined ? undefined : eq(agentWeightHistory.timeframe, query.timeframe),
          query.since === undefined ? undefined : gte(agentWeightHistory.time, new Date(query.since)),
        ),
      )
      .orderBy(asc(agentWeightHistory.time), asc(agentWeightHistory.symbolClass), asc(agentWeightHistory.timeframe));
    return rows.map((row) => ({ symbolClass: row.symbolClass, timeframe: row.timeframe, time: row.time.getTime(), hitRate: row.hitRate, samples: row.samples, weight: row.weight }));
  }
}
